// Knowledge graph storage: merge-on-insert by IRI and by edge key.
#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <tuple>

namespace newsgraph {

VertexId KnowledgeGraph::add_node(const Node& node) {
    auto found = index_.find(node.iri);
    if (found == index_.end()) {
        VertexId v = boost::add_vertex(node, graph_);
        index_.emplace(node.iri, v);
        return v;
    }
    Node& existing = graph_[found->second];
    // The fuller name wins as canonical; the other becomes an alias.
    if (node.name.size() > existing.name.size()) {
        existing.aliases.insert(existing.name);
        existing.name = node.name;
    } else if (node.name != existing.name) {
        existing.aliases.insert(node.name);
    }
    existing.aliases.insert(node.aliases.begin(), node.aliases.end());
    existing.aliases.erase(existing.name);
    existing.articles.insert(node.articles.begin(), node.articles.end());
    existing.confidence = std::max(existing.confidence, node.confidence);
    if (existing.text.empty()) existing.text = node.text;
    if (existing.currency.empty()) {
        existing.currency = node.currency;
        existing.value = node.value;
    }
    return found->second;
}

EdgeId KnowledgeGraph::upsert_edge(VertexId subject, Predicate predicate, VertexId object, const std::string& role) {
    if (info(predicate).symmetric && graph_[object].iri < graph_[subject].iri) std::swap(subject, object);
    EdgeKey key{subject, predicate, object, role};
    auto found = edge_index_.find(key);
    if (found != edge_index_.end()) return found->second;
    Edge edge;
    edge.predicate = predicate;
    edge.role = role;
    EdgeId e = boost::add_edge(subject, object, edge, graph_).first;
    edge_index_.emplace(key, e);
    return e;
}

EdgeId KnowledgeGraph::add_edge(VertexId subject, Predicate predicate, VertexId object, const std::string& role,
                                const Evidence& evidence) {
    EdgeId e = upsert_edge(subject, predicate, object, role);
    Edge& edge = graph_[e];
    edge.weight += 1.0;
    edge.confidence = std::max(edge.confidence, evidence.confidence);
    edge.evidence.push_back(evidence);
    return e;
}

EdgeId KnowledgeGraph::add_weight(VertexId subject, Predicate predicate, VertexId object, double weight) {
    EdgeId e = upsert_edge(subject, predicate, object, {});
    Edge& edge = graph_[e];
    edge.weight += weight;
    edge.confidence = 1.0;
    return e;
}

std::optional<VertexId> KnowledgeGraph::find(const std::string& iri) const {
    auto found = index_.find(iri);
    if (found == index_.end()) return std::nullopt;
    return found->second;
}

std::vector<VertexId> KnowledgeGraph::sorted_vertices() const {
    std::vector<VertexId> out;
    out.reserve(node_count());
    for (auto v : boost::make_iterator_range(boost::vertices(graph_))) out.push_back(v);
    std::sort(out.begin(), out.end(), [&](VertexId a, VertexId b) { return graph_[a].iri < graph_[b].iri; });
    return out;
}

std::vector<EdgeId> KnowledgeGraph::sorted_edges() const {
    std::vector<EdgeId> out;
    out.reserve(edge_count());
    for (auto e : boost::make_iterator_range(boost::edges(graph_))) out.push_back(e);
    auto key = [&](EdgeId e) {
        return std::tie(graph_[boost::source(e, graph_)].iri, info(graph_[e].predicate).local_name,
                        graph_[boost::target(e, graph_)].iri, graph_[e].role);
    };
    std::sort(out.begin(), out.end(), [&](EdgeId a, EdgeId b) { return key(a) < key(b); });
    return out;
}

}  // namespace newsgraph
