// Lone surnames joined across articles to the one full name that carries them.
#include "core/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/surname_merge.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {
Node person(const std::string& name, const std::string& article) {
    Node node;
    node.iri = "https://example.org/person/" + name;
    node.cls = EntityClass::Person;
    node.name = name;
    node.confidence = 0.8;
    node.articles.insert(article);
    return node;
}

Evidence evidence(const std::string& doc) {
    Evidence e;
    e.document = doc;
    e.span = {0, 10};
    e.sentence = std::string("sentence");
    e.confidence = 0.7;
    e.extractor = std::string("test");
    e.rule = std::string("r");
    return e;
}

const Node* named(const KnowledgeGraph& graph, const std::string& name) {
    for (VertexId v : graph.sorted_vertices())
        if (graph.node(v).name == name) return &graph.node(v);
    return nullptr;
}
}  // namespace

TEST_CASE("a lone surname joins the only full name with that surname", "[graph][surname]") {
    KnowledgeGraph graph;
    VertexId full = graph.add_node(person("Ana Quell", "a1"));
    VertexId lone = graph.add_node(person("Quell", "a2"));
    Node org;
    org.iri = "https://example.org/org/acme";
    org.cls = EntityClass::Organization;
    org.name = "Acme";
    VertexId acme = graph.add_node(org);
    graph.add_edge(lone, Predicate::HoldsPosition, acme, "chair", evidence("a2"));
    graph.add_edge(full, Predicate::HoldsPosition, acme, "chair", evidence("a1"));

    CHECK(merge_lone_surnames(graph) == 1);
    CHECK(graph.node_count() == 2);
    const Node* merged = named(graph, "Ana Quell");
    REQUIRE(merged);
    CHECK(merged->aliases.count("Quell") == 1);
    CHECK(merged->articles == std::set<std::string>{"a1", "a2"});
    REQUIRE(graph.edge_count() == 1);
    const Edge& edge = graph.edge(graph.sorted_edges().front());
    CHECK(edge.weight == 2.0);
    CHECK(edge.evidence.size() == 2);
}

TEST_CASE("a surname shared by two full names stays apart", "[graph][surname]") {
    KnowledgeGraph graph;
    graph.add_node(person("Ngozi Okafor", "a1"));
    graph.add_node(person("Chidinma Okafor", "a2"));
    graph.add_node(person("Okafor", "a3"));
    CHECK(merge_lone_surnames(graph) == 0);
    CHECK(graph.node_count() == 3);
    CHECK(named(graph, "Okafor"));
}

TEST_CASE("only people merge, and only on the last word", "[graph][surname]") {
    KnowledgeGraph graph;
    graph.add_node(person("Ana Quell", "a1"));
    graph.add_node(person("Ana", "a2"));  // a first name alone is not attached
    Node place;
    place.iri = "https://example.org/place/quell";
    place.cls = EntityClass::Place;
    place.name = "Quell";
    graph.add_node(place);
    CHECK(merge_lone_surnames(graph) == 0);
    CHECK(graph.node_count() == 3);
}
