// Entity selection shared by the Graphviz pictures and the HTML explorer.
#include "exporters/visual_selection.hpp"

#include <algorithm>

namespace newsgraph {

namespace {

bool is_entity(const KnowledgeGraph& graph, VertexId v) { return graph.node(v).cls != EntityClass::Article; }

bool links_entities(const KnowledgeGraph& graph, EdgeId e) {
    const auto& g = graph.storage();
    return graph.edge(e).predicate != Predicate::Mentions && is_entity(graph, boost::source(e, g)) &&
           is_entity(graph, boost::target(e, g));
}

// Edges of `candidates` whose ends are both in `keep` (indexed by VertexId).
std::vector<EdgeId> edges_within(const KnowledgeGraph& graph, const std::vector<EdgeId>& candidates,
                                 const std::vector<bool>& keep) {
    const auto& g = graph.storage();
    std::vector<EdgeId> out;
    for (EdgeId e : candidates)
        if (keep[boost::source(e, g)] && keep[boost::target(e, g)]) out.push_back(e);
    return out;
}

}  // namespace

bool is_typed_relation(Predicate predicate) {
    return predicate != Predicate::Mentions && predicate != Predicate::CoOccursWith;
}

VisualGraph select_for_picture(const KnowledgeGraph& graph, const std::vector<NodeMetrics>& metrics,
                               std::size_t max_nodes) {
    const auto& g = graph.storage();
    std::vector<EdgeId> typed, cooccurrence;
    for (EdgeId e : graph.sorted_edges()) {
        if (!links_entities(graph, e)) continue;
        (is_typed_relation(graph.edge(e).predicate) ? typed : cooccurrence).push_back(e);
    }
    VisualGraph out;
    out.cooccurrence = typed.empty() && !cooccurrence.empty();
    const std::vector<EdgeId>& drawn = out.cooccurrence ? cooccurrence : typed;

    std::vector<bool> linked(graph.node_count(), false);
    for (EdgeId e : drawn) linked[boost::source(e, g)] = linked[boost::target(e, g)] = true;
    std::vector<VertexId> ranked;
    for (VertexId v : graph.sorted_vertices())
        if (is_entity(graph, v) && (drawn.empty() || linked[v])) ranked.push_back(v);
    // sorted_vertices is in IRI order, so a stable sort breaks PageRank ties by IRI.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](VertexId a, VertexId b) { return metrics[a].pagerank > metrics[b].pagerank; });
    if (ranked.size() > max_nodes) ranked.resize(max_nodes);

    std::vector<bool> keep(graph.node_count(), false);
    for (VertexId v : ranked) keep[v] = true;
    for (VertexId v : graph.sorted_vertices())
        if (keep[v]) out.nodes.push_back(v);
    out.edges = edges_within(graph, drawn, keep);
    return out;
}

VisualGraph select_for_explorer(const KnowledgeGraph& graph) {
    VisualGraph out;
    for (VertexId v : graph.sorted_vertices())
        if (is_entity(graph, v)) out.nodes.push_back(v);
    bool typed = false;
    for (EdgeId e : graph.sorted_edges()) {
        if (!links_entities(graph, e)) continue;
        typed = typed || is_typed_relation(graph.edge(e).predicate);
        out.edges.push_back(e);
    }
    out.cooccurrence = !typed && !out.edges.empty();
    return out;
}

}  // namespace newsgraph
