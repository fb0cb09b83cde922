// Questions by code: "--about 16.4" or "--about 'ICCS 09'" finds the goals and
// threats the code names and every one below it in the taxonomy.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Goal and threat nodes whose concept carries `code` or sits below one that does, ordered by IRI
// ("ICCS 09" finds ransomware through cybercrime and ICCS 0903). Empty when `code` is no known code.
std::vector<VertexId> nodes_with_code(const KnowledgeGraph& graph, std::string_view code);

// Prints what `code` names, then what is known about each node found (see print_about); false, printing
// nothing, when `code` is no code of the taxonomy.
bool print_about_code(const KnowledgeGraph& graph, std::string_view code, std::ostream& out);

// Prints what is known about each goal or threat node below `v` in the taxonomy (ransomware below cybercrime),
// after a line naming `v`; nothing when there is none.
void print_about_below(const KnowledgeGraph& graph, VertexId v, std::ostream& out);

}  // namespace newsgraph
