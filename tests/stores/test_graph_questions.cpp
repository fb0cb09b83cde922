// Graph questions (look-up, neighbours, paths, rankings, quotes, threats) and the
// Neo4j CSV writer on a small hand-built graph whose answers are known.
#include <algorithm>
#include <sstream>

#include "core/error.hpp"
#include "exporters/neo4j_writer.hpp"
#include "query/graph_questions.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

struct World {
    KnowledgeGraph graph;
    VertexId ana, unodc, un, cyber, quote, other_ana, article, bob;

    VertexId add(const std::string& iri, const std::string& name, EntityClass cls, std::set<std::string> aliases = {}) {
        Node node;
        node.iri = iri;
        node.name = name;
        node.cls = cls;
        node.aliases = std::move(aliases);
        return graph.add_node(node);
    }
    static Evidence said_in(const std::string& sentence, std::size_t at) {
        Evidence e;
        e.document = "doc-1";
        e.sentence = sentence;
        e.span = {at, at + sentence.size()};
        e.confidence = 0.9;
        e.extractor = "test";
        e.rule = "hand";
        return e;
    }

    World() {
        ana = add("id/person/ana-lopez", "Ana López", EntityClass::Person, {"Dr López"});
        other_ana = add("id/person/ana-lopez-garcia", "Ana López García", EntityClass::Person);
        bob = add("id/person/bob-stone", "Bob Stone", EntityClass::Person);
        unodc = add("id/organization/unodc", "United Nations Office on Drugs and Crime", EntityClass::Organization,
                    {"UNODC"});
        un = add("id/organization/un", "United Nations", EntityClass::Organization);
        cyber = add("id/threat/cybercrime", "cybercrime", EntityClass::Threat);
        quote = add("id/quote/doc-1-40", "No time to waste", EntityClass::Quote);
        graph.storage()[quote].text = "No time to waste";
        article = add("id/article/doc-1", "Headline", EntityClass::Article);
        graph.storage()[article].meta.title = "UN fights cybercrime";
        graph.storage()[article].meta.date = "2026-03-04";
        graph.add_edge(ana, Predicate::HoldsPosition, unodc, "Executive Director",
                       said_in("Ana López, Executive Director of UNODC, spoke.", 0));
        graph.add_edge(unodc, Predicate::PartOf, un, "", said_in("UNODC is part of the United Nations.", 60));
        graph.add_edge(ana, Predicate::Counters, cyber, "", said_in("López vowed to fight cybercrime.", 100));
        graph.add_edge(ana, Predicate::Said, quote, "", said_in("\"No time to waste,\" López said.", 40));
        graph.add_edge(bob, Predicate::Targets, cyber, "", said_in("Bob Stone targets cybercrime.", 150));
        graph.add_weight(ana, Predicate::CoOccursWith, un, 3.0);
        graph.add_weight(article, Predicate::Mentions, ana, 1.0);
        graph.add_weight(article, Predicate::Mentions, unodc, 1.0);
    }
};

}  // namespace

TEST_CASE("entities are found by name or alias, ignoring case and accents", "[questions]") {
    World w;
    CHECK(find_entities(w.graph, "ana lopez") == std::vector<VertexId>{w.ana});
    CHECK(find_entities(w.graph, "DR LOPEZ") == std::vector<VertexId>{w.ana});
    CHECK(find_entities(w.graph, "unodc") == std::vector<VertexId>{w.unodc});
    CHECK(find_entities(w.graph, "id/threat/cybercrime") == std::vector<VertexId>{w.cyber});
    // No exact name: whole-word matches, here two people, so the look-up is ambiguous.
    CHECK(find_entities(w.graph, "López").size() == 2);
    CHECK(find_entities(w.graph, "Lop").empty());  // not a whole word
    CHECK(resolve_entity(w.graph, "Bob") == w.bob);
    try {
        resolve_entity(w.graph, "lopez");
        FAIL("an ambiguous name must not resolve");
    } catch (const Error& error) {
        std::string text = error.what();
        CHECK(text.find("ambiguous") != std::string::npos);
        CHECK(text.find("Ana López García") != std::string::npos);
        CHECK(text.find("id/person/ana-lopez\n") != std::string::npos);
    }
    CHECK_THROWS_AS(resolve_entity(w.graph, "nobody"), Error);
}

TEST_CASE("neighbours leave out article mentions, heaviest first", "[questions]") {
    World w;
    auto found = neighbors(w.graph, w.ana);
    REQUIRE(found.size() == 4);          // holdsPosition, counters, said, coOccursWith
    CHECK(found.front().other == w.un);  // co-occurrence weight 3
    // Symmetric co-occurrence is stored with the smaller IRI as subject; the rest leave Ana.
    for (const auto& n : found) CHECK(n.outgoing == (w.graph.edge(n.edge).predicate != Predicate::CoOccursWith));
    auto of_unodc = neighbors(w.graph, w.unodc);
    REQUIRE(of_unodc.size() == 2);
    CHECK_FALSE(of_unodc[0].outgoing == of_unodc[1].outgoing);
}

TEST_CASE("shortest paths walk edges both ways and prefer typed edges", "[questions]") {
    World w;
    auto paths = shortest_paths(w.graph, w.bob, w.unodc);
    REQUIRE(paths.size() == 1);  // bob -targets-> cybercrime <-counters- ana -holdsPosition-> unodc
    REQUIRE(paths[0].size() == 3);
    CHECK(paths[0][0].to == w.cyber);
    CHECK(paths[0][1].to == w.ana);
    CHECK(w.graph.edge(paths[0][2].edge).predicate == Predicate::HoldsPosition);
    // Ana and the UN are linked directly only by co-occurrence: one hop.
    auto direct = shortest_paths(w.graph, w.ana, w.un);
    REQUIRE(direct.size() == 1);
    CHECK(direct[0].size() == 1);
    CHECK(shortest_paths(w.graph, w.other_ana, w.un).empty());
    std::ostringstream out;
    print_paths(w.graph, w.bob, w.unodc, out);
    CHECK(out.str().find("Bob Stone -[targets]-> cybercrime") != std::string::npos);
    CHECK(out.str().find("cybercrime <-[counters]- Ana López") != std::string::npos);
    CHECK(out.str().find("\"López vowed to fight cybercrime.\" (UN fights cybercrime, 2026-03-04)") !=
          std::string::npos);
}

TEST_CASE("rankings, quotes and what concerns a threat", "[questions]") {
    World w;
    auto by_degree = top_entities(w.graph, 2, Ranking::Degree);
    REQUIRE(by_degree.size() == 2);
    CHECK(by_degree[0].vertex == w.ana);  // unodc, un, cybercrime (the quote counts too)
    CHECK(by_degree[0].score == 4);
    auto by_mentions = top_entities(w.graph, 10, Ranking::Mentions);
    CHECK(by_mentions[0].score == 1);
    for (const auto& r : by_mentions) CHECK(w.graph.node(r.vertex).cls != EntityClass::Article);
    CHECK_THROWS_AS(ranking_from_name("fame"), Error);

    auto quotes = said_by(w.graph, w.ana);
    REQUIRE(quotes.size() == 1);
    std::ostringstream said;
    print_said_by(w.graph, w.ana, said);
    CHECK(said.str().find("\"No time to waste\"") != std::string::npos);
    CHECK(said.str().find("López said.") != std::string::npos);

    auto concerns = about(w.graph, w.cyber);
    REQUIRE(concerns.size() == 3);  // counters, targets, and Ana's position in UNODC
    std::ostringstream text;
    print_about(w.graph, w.cyber, text);
    CHECK(text.str().find(
              "Ana López -[holdsPosition]-> United Nations Office on Drugs and Crime (role: Executive Director)") !=
          std::string::npos);
}

TEST_CASE("neo4j CSV quotes fields and keeps one record per line", "[neo4j]") {
    World w;
    w.graph.storage()[w.quote].text = "line one\nline \"two\", three; four";
    std::ostringstream nodes, rels, cypher;
    write_neo4j_nodes(w.graph, nodes);
    write_neo4j_relationships(w.graph, ExportOptions{}, rels);
    write_neo4j_cypher(w.graph, ExportOptions{}, cypher);
    const std::string node_text = nodes.str(), rel_text = rels.str();
    CHECK(nodes.str().rfind("iri:ID,:LABEL,name,aliases:string[],confidence:double,", 0) == 0);
    CHECK(nodes.str().find("\"line one line \"\"two\"\", three; four\"") != std::string::npos);
    CHECK(nodes.str().find("\"Entity;Person\"") != std::string::npos);
    CHECK(std::count(node_text.begin(), node_text.end(), '\n') == 1 + static_cast<long>(w.graph.node_count()));
    CHECK(rels.str().rfind(":START_ID,:END_ID,:TYPE,predicate,role,weight:double,", 0) == 0);
    CHECK(rels.str().find("\"id/person/ana-lopez\",\"id/organization/unodc\",HOLDS_POSITION,\"holdsPosition\","
                          "\"Executive Director\",1,0.9,") != std::string::npos);
    CHECK(std::count(rel_text.begin(), rel_text.end(), '\n') == 1 + static_cast<long>(w.graph.edge_count()));
    CHECK(cypher.str().find("CREATE (:Entity:Quote {iri: 'id/quote/doc-1-40', name: 'No time to waste'") !=
          std::string::npos);
    CHECK(cypher.str().find("text: 'line one line \"two\", three; four'") != std::string::npos);
    CHECK(is_neo4j_path("out/kg.neo4j"));
    CHECK(is_neo4j_path("kg.neo4j/"));
    CHECK_FALSE(is_neo4j_path("kg.nt"));
}
