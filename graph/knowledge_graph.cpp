// Knowledge graph storage: merge-on-insert by IRI and by edge key.
#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

namespace newsgraph {

VertexId KnowledgeGraph::add_node(Node node) {
    auto found = index_.find(node.iri);
    if (found == index_.end()) {
        std::string iri = node.iri;
        VertexId v = boost::add_vertex(node, graph_);  // Boost copies the bundle in any case
        index_.emplace(std::move(iri), v);
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
    existing.aliases.merge(node.aliases);
    existing.aliases.erase(existing.name);
    existing.articles.merge(node.articles);
    existing.confidence = std::max(existing.confidence, node.confidence);
    if (existing.text.empty()) existing.text = std::move(node.text);
    if (existing.date.empty()) existing.date = std::move(node.date);
    if (existing.currency.empty()) {
        existing.currency = std::move(node.currency);
        existing.value = node.value;
    }
    return found->second;
}

std::size_t KnowledgeGraph::EdgeKeyHash::operator()(const EdgeKeyView& key) const {
    std::size_t h = std::hash<std::string_view>{}(key.role);
    for (std::size_t part : {key.subject, static_cast<std::size_t>(key.predicate), key.object})
        h ^= part + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

EdgeId KnowledgeGraph::upsert_edge(VertexId subject, Predicate predicate, VertexId object, const std::string& role) {
    if (info(predicate).symmetric && graph_[object].iri < graph_[subject].iri) std::swap(subject, object);
    auto found = edge_index_.find(EdgeKeyView{subject, predicate, object, role});
    if (found != edge_index_.end()) return found->second;
    Edge edge;
    edge.predicate = predicate;
    edge.role = role;
    EdgeId e = boost::add_edge(subject, object, edge, graph_).first;  // Boost copies the bundle
    edge_index_.emplace(EdgeKey{subject, predicate, object, role}, e);
    return e;
}

EdgeId KnowledgeGraph::add_edge(VertexId subject, Predicate predicate, VertexId object, const std::string& role,
                                Evidence evidence) {
    EdgeId e = upsert_edge(subject, predicate, object, role);
    Edge& edge = graph_[e];
    edge.weight += 1.0;
    edge.confidence = std::max(edge.confidence, evidence.confidence);
    edge.evidence.push_back(std::move(evidence));
    return e;
}

EdgeId KnowledgeGraph::add_weight(VertexId subject, Predicate predicate, VertexId object, double weight) {
    EdgeId e = upsert_edge(subject, predicate, object, {});
    Edge& edge = graph_[e];
    edge.weight += weight;
    edge.confidence = 1.0;
    return e;
}

EdgeId KnowledgeGraph::merge_edge(VertexId subject, VertexId object, const Edge& edge) {
    EdgeId e = upsert_edge(subject, edge.predicate, object, edge.role);
    Edge& existing = graph_[e];
    existing.weight += edge.weight;
    existing.confidence = std::max(existing.confidence, edge.confidence);
    existing.evidence.insert(existing.evidence.end(), edge.evidence.begin(), edge.evidence.end());
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
    // Sorting on numbers instead of strings: vertices numbered in IRI order (equal
    // IRIs share a number) and predicates in local-name order give the same order
    // as comparing the strings; roles are compared only between otherwise equal keys.
    std::vector<std::size_t> vertex_rank(node_count());
    std::size_t rank = 0;
    const std::string* previous = nullptr;
    for (VertexId v : sorted_vertices()) {
        if (previous && *previous != graph_[v].iri) ++rank;
        vertex_rank[v] = rank;
        previous = &graph_[v].iri;
    }
    static const auto predicate_rank = [] {
        std::array<std::size_t, kPredicates.size()> ranks{};
        for (std::size_t i = 0; i < kPredicates.size(); ++i)
            for (const PredicateInfo& other : kPredicates)
                if (other.local_name < kPredicates[i].local_name) ++ranks[i];
        return ranks;
    }();
    struct Keyed {
        std::size_t source, predicate, target;
        const std::string* role;
        EdgeId e;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(edge_count());
    for (auto e : boost::make_iterator_range(boost::edges(graph_)))
        keyed.push_back({vertex_rank[boost::source(e, graph_)],
                         predicate_rank[static_cast<std::size_t>(graph_[e].predicate)],
                         vertex_rank[boost::target(e, graph_)], &graph_[e].role, e});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.source != b.source) return a.source < b.source;
        if (a.predicate != b.predicate) return a.predicate < b.predicate;
        if (a.target != b.target) return a.target < b.target;
        return *a.role < *b.role;
    });
    std::vector<EdgeId> out;
    out.reserve(keyed.size());
    for (const Keyed& k : keyed) out.push_back(k.e);
    return out;
}

}  // namespace newsgraph
