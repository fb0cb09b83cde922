// Centrality measures Gephi users would otherwise compute by hand, from Boost.Graph.
// Computed on the entity network: every edge between two entities (typed
// relations and co-occurrence) counts as an undirected link; articles and
// their `mentions` edges are left out.
#pragma once

#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

struct NodeMetrics {
    int degree = 0;              // distinct neighbours
    double weighted_degree = 0;  // sum of link weights
    double pagerank = 0;         // damping 0.85; articles get 0
    double betweenness = 0;      // Brandes, normalized to [0, 1]
    int mentions = 0;            // articles mentioning the entity
};

// Exact betweenness costs O(V*E): above this many nodes the writers leave it
// out (Gephi computes it, or filter the graph first).
inline constexpr std::size_t kBetweennessNodeLimit = 5000;

// One entry per vertex of `graph`, indexed by VertexId. Betweenness (O(V*E))
// is left at 0 when `with_betweenness` is false, e.g. to rank by PageRank only.
std::vector<NodeMetrics> compute_metrics(const KnowledgeGraph& graph, bool with_betweenness = true);

}  // namespace newsgraph
