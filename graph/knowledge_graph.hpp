// The corpus-level knowledge graph: one vertex per entity IRI, one edge per
// (subject, predicate, object), every edge keeping all its evidence.
// Built on boost::adjacency_list so BGL algorithms apply directly.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "core/entity_class.hpp"
#include "core/predicate.hpp"

namespace newsgraph {

struct Node {
    std::string iri;
    EntityClass cls = EntityClass::Person;
    std::string name;                // canonical name
    std::set<std::string> aliases;   // every other surface form seen
    double confidence = 0.0;         // highest seen
    std::set<std::string> articles;  // article IRIs that mention it
    // Class-specific values (see Entity).
    std::string text;
    double value = 0.0;
    std::string currency;
    std::string date;  // Event: when it happened, ISO 8601 (the first one seen)
    // Article metadata (cls == Article).
    DocumentMeta meta;
};

struct Edge {
    Predicate predicate = Predicate::CoOccursWith;
    std::string role;                // holdsPosition title
    double weight = 0.0;             // times seen
    double confidence = 0.0;         // highest evidence confidence
    std::vector<Evidence> evidence;  // every occurrence, in input order
};

using GraphStorage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using VertexId = GraphStorage::vertex_descriptor;
using EdgeId = GraphStorage::edge_descriptor;

// Not thread-safe for writes; build it from one thread (documents are merged in input order).
class KnowledgeGraph {
public:
    // Returns the vertex for node.iri, creating it or merging names, aliases
    // and articles into the existing one.
    VertexId add_node(Node node);
    // Adds one occurrence of subject -predicate-> object: creates the edge or
    // appends evidence and bumps its weight. Symmetric predicates are stored
    // with the smaller IRI as subject.
    EdgeId add_edge(VertexId subject, Predicate predicate, VertexId object, const std::string& role, Evidence evidence);
    // Like add_edge but without evidence (mentions, co-occurrence counts).
    EdgeId add_weight(VertexId subject, Predicate predicate, VertexId object, double weight);
    // Folds a whole edge from another graph in: weights add up, evidence is appended.
    EdgeId merge_edge(VertexId subject, VertexId object, const Edge& edge);

    std::optional<VertexId> find(const std::string& iri) const;
    std::size_t node_count() const { return boost::num_vertices(graph_); }
    std::size_t edge_count() const { return boost::num_edges(graph_); }

    const GraphStorage& storage() const { return graph_; }
    GraphStorage& storage() { return graph_; }
    const Node& node(VertexId v) const { return graph_[v]; }
    const Edge& edge(EdgeId e) const { return graph_[e]; }

    // Vertices ordered by IRI: the order every exporter writes in.
    std::vector<VertexId> sorted_vertices() const;
    // Edges ordered by (subject IRI, predicate name, object IRI, role).
    std::vector<EdgeId> sorted_edges() const;

private:
    struct EdgeKey {
        VertexId subject;
        Predicate predicate;
        VertexId object;
        std::string role;
    };
    // The same key borrowing its role: look-ups need no copy of the role.
    struct EdgeKeyView {
        VertexId subject;
        Predicate predicate;
        VertexId object;
        std::string_view role;
        bool operator==(const EdgeKeyView&) const = default;
    };
    static EdgeKeyView view(const EdgeKey& key) { return {key.subject, key.predicate, key.object, key.role}; }
    static EdgeKeyView view(const EdgeKeyView& key) { return key; }
    struct EdgeKeyHash {
        using is_transparent = void;
        std::size_t operator()(const EdgeKeyView& key) const;
        std::size_t operator()(const EdgeKey& key) const { return (*this)(view(key)); }
    };
    struct EdgeKeyEqual {
        using is_transparent = void;
        template <typename A, typename B>
        bool operator()(const A& a, const B& b) const {
            return view(a) == view(b);
        }
    };
    EdgeId upsert_edge(VertexId subject, Predicate predicate, VertexId object, const std::string& role);

    GraphStorage graph_;
    std::unordered_map<std::string, VertexId> index_;
    std::unordered_map<EdgeKey, EdgeId, EdgeKeyHash, EdgeKeyEqual> edge_index_;
};

}  // namespace newsgraph
