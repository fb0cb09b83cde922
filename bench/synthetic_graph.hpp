// A deterministic synthetic knowledge graph of a given size, shaped like
// newsgraph's real output (entities of every class, typed relations with
// evidence sentences, co-occurrence and mentions), for export benchmarks.
#pragma once

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// About `edges` edges over edges/5 entities and edges/50 articles.
KnowledgeGraph synthetic_graph(std::size_t edges);

}  // namespace newsgraph
