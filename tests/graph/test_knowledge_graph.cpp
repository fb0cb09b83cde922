// Graph storage and the document-to-graph mapping.
#include "core/iri.hpp"
#include "graph/graph_builder.hpp"
#include "graph/knowledge_graph.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {
Node named(const std::string& iri, const std::string& name) {
    Node node;
    node.iri = iri;
    node.name = name;
    return node;
}

Evidence evidence(const std::string& doc, std::size_t begin) {
    Evidence e;
    e.document = doc;
    e.span = {begin, begin + 10};
    e.sentence = "sentence";
    e.confidence = 0.8;
    e.extractor = "test";
    e.rule = "r1";
    return e;
}

// A hand-built document: two people, one organization, two sentences.
Document sample_document(const std::string& id) {
    Document doc;
    doc.id = id;
    doc.text = "Ann Lee leads Acme. Lee met Bo Chan.";
    doc.sentences = {{{0, 19}, {}, false}, {{20, 36}, {}, false}};
    doc.entities = {{EntityClass::Person, "Ann Lee", {"Lee"}, 0.9, {0, 2}, "", "", 0, "", {}, ""},
                    {EntityClass::Organization, "Acme", {}, 0.8, {1}, "", "", 0, "", {}, ""},
                    {EntityClass::Person, "Bo Chan", {}, 0.9, {3}, "", "", 0, "", {}, ""}};
    doc.mentions = {{{0, 7}, EntityClass::Person, "Ann Lee", 0.9, "t", "", 0},
                    {{14, 18}, EntityClass::Organization, "Acme", 0.8, "t", "", 1},
                    {{20, 23}, EntityClass::Person, "Lee", 0.9, "t", "", 0},
                    {{28, 35}, EntityClass::Person, "Bo Chan", 0.9, "t", "", 2}};
    doc.relations = {{0, Predicate::HoldsPosition, 1, "leader", evidence(id, 0)}};
    return doc;
}
}  // namespace

TEST_CASE("nodes merge by IRI; the fuller name becomes canonical") {
    KnowledgeGraph graph;
    VertexId a = graph.add_node(named("x:guterres", "Guterres"));
    VertexId b = graph.add_node(named("x:guterres", "António Guterres"));
    CHECK(a == b);
    CHECK(graph.node_count() == 1);
    CHECK(graph.node(a).name == "António Guterres");
    CHECK(graph.node(a).aliases == std::set<std::string>{"Guterres"});
}

TEST_CASE("an edge seen twice keeps both pieces of evidence and weight 2") {
    KnowledgeGraph graph;
    VertexId a = graph.add_node(named("x:a", "A"));
    VertexId b = graph.add_node(named("x:b", "B"));
    graph.add_edge(a, Predicate::Counters, b, "", evidence("d1", 0));
    EdgeId e = graph.add_edge(a, Predicate::Counters, b, "", evidence("d2", 5));
    CHECK(graph.edge_count() == 1);
    CHECK(graph.edge(e).weight == 2.0);
    REQUIRE(graph.edge(e).evidence.size() == 2);
    CHECK(graph.edge(e).evidence[1].document == "d2");
}

TEST_CASE("symmetric relations are stored once whatever the order") {
    KnowledgeGraph graph;
    VertexId a = graph.add_node(named("x:a", "A"));
    VertexId b = graph.add_node(named("x:b", "B"));
    graph.add_edge(b, Predicate::PartnerOf, a, "", evidence("d", 0));
    graph.add_edge(a, Predicate::PartnerOf, b, "", evidence("d", 9));
    REQUIRE(graph.edge_count() == 1);
    EdgeId e = graph.sorted_edges()[0];
    CHECK(graph.node(boost::source(e, graph.storage())).iri == "x:a");
}

TEST_CASE("a document becomes article, entity, mention, relation and co-occurrence edges") {
    KnowledgeGraph graph;
    vocab::Namespaces ns;
    add_fragment(graph, prepare_fragment(sample_document("story"), ns));
    CHECK(graph.node_count() == 4);  // article + 3 entities
    auto article = graph.find(article_iri(ns, "story"));
    REQUIRE(article);
    auto person = graph.find(entity_iri(ns, EntityClass::Person, "Ann Lee"));
    REQUIRE(person);
    std::map<std::string, int> by_predicate;
    for (EdgeId e : graph.sorted_edges()) ++by_predicate[std::string(info(graph.edge(e).predicate).local_name)];
    CHECK(by_predicate["mentions"] == 3);
    CHECK(by_predicate["holdsPosition"] == 1);
    CHECK(by_predicate["coOccursWith"] == 2);  // Lee-Acme, Lee-Chan
    // Same entities from a second article merge into the same nodes.
    add_fragment(graph, prepare_fragment(sample_document("other"), ns));
    CHECK(graph.node_count() == 5);
    CHECK(graph.node(*person).articles.size() == 2);
}
