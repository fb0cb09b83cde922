// GEXF 1.3, Gephi's own format: class colours (viz:color), node size from
// PageRank (viz:size), centrality attributes, and the earliest article date
// as each node's start time so Gephi's timeline works without configuration.
#pragma once

#include <ostream>

#include "exporters/export_options.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Nodes n0.. in IRI order, edges e0.. in sorted edge order (the same ids as GraphML).
void write_gexf(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out);

}  // namespace newsgraph
