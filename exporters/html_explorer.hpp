// The interactive explorer: one self-contained HTML file (Cytoscape.js and
// the graph data embedded, no network needed) with search, class and
// relation filters, and node and edge details down to every evidence sentence.
#pragma once

#include <ostream>

#include "core/vocabulary.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Writes the explorer for every entity and every relation between entities;
// node positions are laid out in advance (Graphviz sfdp/neato) so a
// 10,000-node graph opens without a layout pass in the browser. `ns` resolves
// evidence documents to their articles. Throws Error when this build lacks
// the embedded explorer files.
void write_html_explorer(const KnowledgeGraph& graph, const vocab::Namespaces& ns, std::ostream& out);

}  // namespace newsgraph
