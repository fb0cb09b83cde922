// Graph filtering by copying what is kept.
#include "graph/filter.hpp"

namespace newsgraph {

namespace {

bool keeps_node(const Node& node, const GraphFilter& filter) {
    if (node.cls == EntityClass::Article) return true;
    if (!filter.classes.empty() && !filter.classes.count(node.cls)) return false;
    return node.confidence >= filter.min_confidence;
}

bool keeps_edge(const Edge& edge, const GraphFilter& filter) {
    bool cooccurrence = edge.predicate == Predicate::CoOccursWith;
    if (filter.typed_only && cooccurrence) return false;
    if (filter.cooccurrence_only && !cooccurrence && edge.predicate != Predicate::Mentions) return false;
    if (!filter.predicates.empty() && !filter.predicates.count(edge.predicate)) return false;
    return edge.weight >= filter.min_weight && edge.confidence >= filter.min_confidence;
}

}  // namespace

KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const GraphFilter& filter) {
    KnowledgeGraph out;
    const GraphStorage& g = graph.storage();
    std::vector<std::optional<VertexId>> copied(graph.node_count());
    for (VertexId v : graph.sorted_vertices())
        if (keeps_node(graph.node(v), filter)) copied[v] = out.add_node(graph.node(v));
    for (EdgeId e : graph.sorted_edges()) {
        const Edge& edge = graph.edge(e);
        auto source = copied[boost::source(e, g)], target = copied[boost::target(e, g)];
        if (!source || !target || !keeps_edge(edge, filter)) continue;
        if (edge.evidence.empty()) {
            out.add_weight(*source, edge.predicate, *target, edge.weight);
            continue;
        }
        for (const Evidence& evidence : edge.evidence)
            out.add_edge(*source, edge.predicate, *target, edge.role, evidence);
    }
    return out;
}

}  // namespace newsgraph
