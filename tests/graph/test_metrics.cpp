// Centrality measures on small graphs whose answers are known by hand.
#include "graph/metrics.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {
VertexId add(KnowledgeGraph& graph, const std::string& iri, EntityClass cls = EntityClass::Person) {
    Node node;
    node.iri = iri;
    node.name = iri;
    node.cls = cls;
    return graph.add_node(node);
}
}  // namespace

TEST_CASE("a path a-b-c: b is the bridge") {
    KnowledgeGraph graph;
    VertexId a = add(graph, "a"), b = add(graph, "b"), c = add(graph, "c");
    VertexId article = add(graph, "art", EntityClass::Article);
    graph.add_weight(a, Predicate::CoOccursWith, b, 2.0);
    graph.add_weight(b, Predicate::CoOccursWith, c, 1.0);
    graph.add_weight(article, Predicate::Mentions, a, 1.0);
    graph.add_weight(article, Predicate::Mentions, b, 1.0);
    auto metrics = compute_metrics(graph);
    CHECK(metrics[b].degree == 2);
    CHECK(metrics[a].degree == 1);
    CHECK(metrics[b].weighted_degree == 3.0);
    CHECK(metrics[article].degree == 0);  // mentions are not part of the entity network
    CHECK(metrics[a].mentions == 1);
    CHECK(metrics[c].mentions == 0);
    // Betweenness normalized like NetworkX: b lies on the only a-c path.
    CHECK(metrics[b].betweenness == Approx(1.0));
    CHECK(metrics[a].betweenness == Approx(0.0));
    CHECK(metrics[b].pagerank > metrics[a].pagerank);
    CHECK(metrics[a].pagerank == Approx(metrics[c].pagerank));
}

TEST_CASE("parallel typed and co-occurrence edges count as one neighbour") {
    KnowledgeGraph graph;
    VertexId a = add(graph, "a"), b = add(graph, "b");
    Evidence evidence;
    graph.add_edge(a, Predicate::HoldsPosition, b, "chief", evidence);
    graph.add_weight(a, Predicate::CoOccursWith, b, 1.0);
    auto metrics = compute_metrics(graph);
    CHECK(metrics[a].degree == 1);
    CHECK(metrics[a].weighted_degree == 2.0);
}
