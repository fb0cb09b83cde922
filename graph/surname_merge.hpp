// Cross-article resolution of lone surnames: a person named only "Guterres"
// in one article is the "António Guterres" of another when no other person
// in the corpus has that surname.
#pragma once

#include <cstddef>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Merges every Person node whose name is one word into the only Person node
// (over the whole graph) whose multi-word name ends in that word; nothing
// happens when two or more full names share the surname. The lone node's
// names, articles and edges move to the full-name node; the graph is rebuilt
// in a deterministic order. Returns the number of nodes merged away.
std::size_t merge_lone_surnames(KnowledgeGraph& graph);

}  // namespace newsgraph
