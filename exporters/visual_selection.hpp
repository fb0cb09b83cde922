// Which vertices and edges a picture or the HTML explorer shows: entities
// only (no articles, no `mentions`), typed relations by default and
// co-occurrence only when no typed relation links the entities shown.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "graph/metrics.hpp"

namespace newsgraph {

struct VisualGraph {
    std::vector<VertexId> nodes;  // sorted by IRI
    std::vector<EdgeId> edges;    // drawn edges between `nodes`, in KnowledgeGraph::sorted_edges order
    bool cooccurrence = false;    // true when `edges` are coOccursWith links (no typed relation was left)
};

// True for relations drawn by default: every predicate but mentions and coOccursWith.
bool is_typed_relation(Predicate predicate);

// The entities of a static picture: those with a drawn edge (every entity when
// no edge is drawn), the `max_nodes` with the highest PageRank (ties by IRI).
VisualGraph select_for_picture(const KnowledgeGraph& graph, const std::vector<NodeMetrics>& metrics,
                               std::size_t max_nodes);

// Every entity and every edge between entities (typed and co-occurrence) for
// the explorer; `cooccurrence` tells whether co-occurrence is the default view.
VisualGraph select_for_explorer(const KnowledgeGraph& graph);

}  // namespace newsgraph
