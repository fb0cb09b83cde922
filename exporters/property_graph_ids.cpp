// Orders, ids and metrics for the property-graph writers.
#include "exporters/property_graph_ids.hpp"

#include <future>

namespace newsgraph {

PropertyGraphLayout property_graph_layout(const KnowledgeGraph& graph, const ExportOptions& options) {
    PropertyGraphLayout layout;
    layout.with_betweenness = graph.node_count() <= kBetweennessNodeLimit;
    auto computing = std::async(options.threads > 1 ? std::launch::async : std::launch::deferred,
                                [&] { return compute_metrics(graph, layout.with_betweenness); });
    layout.vertices = graph.sorted_vertices();
    layout.edges = graph.sorted_edges();
    layout.number.resize(graph.node_count());
    for (std::size_t i = 0; i < layout.vertices.size(); ++i) layout.number[layout.vertices[i]] = i;
    layout.metrics = computing.get();
    return layout;
}

}  // namespace newsgraph
