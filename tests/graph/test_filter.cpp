// Filtering keeps what was asked for and drops dangling edges.
#include "graph/filter.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {
struct Fixture {
    KnowledgeGraph graph;
    VertexId person, org, threat;
    Fixture() {
        person = add("p", EntityClass::Person, 0.9);
        org = add("o", EntityClass::Organization, 0.4);
        threat = add("t", EntityClass::Threat, 0.9);
        Evidence strong;
        strong.confidence = 0.9;
        graph.add_edge(person, Predicate::HoldsPosition, org, "chief", strong);
        graph.add_edge(person, Predicate::Counters, threat, "", strong);
        graph.add_weight(person, Predicate::CoOccursWith, threat, 3.0);
    }
    VertexId add(const std::string& iri, EntityClass cls, double confidence) {
        Node node;
        node.iri = iri;
        node.name = iri;
        node.cls = cls;
        node.confidence = confidence;
        return graph.add_node(node);
    }
};

std::multiset<Predicate> predicates(const KnowledgeGraph& graph) {
    std::multiset<Predicate> out;
    for (EdgeId e : graph.sorted_edges()) out.insert(graph.edge(e).predicate);
    return out;
}
}  // namespace

TEST_CASE("filter by class drops the nodes and their edges") {
    Fixture f;
    GraphFilter filter;
    filter.classes = {EntityClass::Person, EntityClass::Threat};
    KnowledgeGraph out = filter_graph(f.graph, filter);
    CHECK(out.node_count() == 2);
    CHECK(predicates(out) == std::multiset<Predicate>{Predicate::Counters, Predicate::CoOccursWith});
}

TEST_CASE("min confidence drops weak nodes; typed-only and co-occurrence-only split the edges") {
    Fixture f;
    GraphFilter confident;
    confident.min_confidence = 0.5;
    CHECK(filter_graph(f.graph, confident).node_count() == 2);
    GraphFilter typed;
    typed.typed_only = true;
    CHECK(predicates(filter_graph(f.graph, typed)) ==
          std::multiset<Predicate>{Predicate::HoldsPosition, Predicate::Counters});
    GraphFilter cooccurrence;
    cooccurrence.cooccurrence_only = true;
    CHECK(predicates(filter_graph(f.graph, cooccurrence)) == std::multiset<Predicate>{Predicate::CoOccursWith});
    GraphFilter heavy;
    heavy.min_weight = 2.0;
    CHECK(predicates(filter_graph(f.graph, heavy)) == std::multiset<Predicate>{Predicate::CoOccursWith});
}

TEST_CASE("filtering keeps roles, evidence and weights") {
    Fixture f;
    KnowledgeGraph out = filter_graph(f.graph, GraphFilter{});
    CHECK(out.edge_count() == f.graph.edge_count());
    for (EdgeId e : out.sorted_edges()) {
        if (out.edge(e).predicate == Predicate::HoldsPosition) CHECK(out.edge(e).role == "chief");
        if (out.edge(e).predicate == Predicate::CoOccursWith) CHECK(out.edge(e).weight == 3.0);
    }
}
