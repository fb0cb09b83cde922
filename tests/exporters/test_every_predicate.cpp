// Every relation of the predicate table survives each export: GraphML and the Neo4j CSV write its relationship
// type and ontology name; RDF/XML, JSON-LD and N-Triples read back into the same typed edge with its evidence.
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "core/iri.hpp"
#include "exporters/exporter.hpp"
#include "exporters/neo4j_writer.hpp"
#include "graph/rdf_import.hpp"
#include "readers/rdf_input.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;

namespace {

// Whether the relation is written with evidence (mentions and co-occurrence are weights only).
bool with_evidence(Predicate predicate) {
    return predicate != Predicate::Mentions && predicate != Predicate::CoOccursWith;
}

Node person_or_place(EntityClass cls, const std::string& name) {
    Node node;
    node.cls = cls;
    node.name = name;
    node.iri = entity_iri(vocab::Namespaces{}, cls, name);
    node.confidence = 0.9;
    return node;
}

// One edge of every predicate written with evidence, each between a person and a place of its own ("From bornIn",
// "To bornIn"), its rule the predicate's name.
KnowledgeGraph one_edge_each() {
    KnowledgeGraph graph;
    for (const PredicateInfo& row : kPredicates) {
        if (!with_evidence(row.predicate)) continue;
        const std::string name(row.local_name);
        VertexId from = graph.add_node(person_or_place(EntityClass::Person, "From " + name));
        VertexId to = graph.add_node(person_or_place(EntityClass::Place, "To " + name));
        Evidence evidence;
        evidence.document = "doc-1";
        evidence.sentence = "A sentence stating " + name + ".";
        evidence.span = {0, evidence.sentence.size()};
        evidence.confidence = 0.8;
        evidence.extractor = "dependency";
        evidence.rule = name;
        graph.add_edge(from, row.predicate, to, "", evidence);
    }
    return graph;
}

// "From NAME -[predicate]-> To NAME (rule)" for every edge of `graph`.
std::set<std::string> edge_lines(const KnowledgeGraph& graph) {
    std::set<std::string> lines;
    for (EdgeId e : graph.sorted_edges()) {
        const Edge& edge = graph.edge(e);
        const std::string rule = edge.evidence.empty() ? "" : edge.evidence.front().rule;
        lines.insert(graph.node(boost::source(e, graph.storage())).name + " -[" +
                     std::string(info(edge.predicate).local_name) + "]-> " +
                     graph.node(boost::target(e, graph.storage())).name + " (" + rule + ")");
    }
    return lines;
}

// The graph read back from `format` written to a file of `extension`.
KnowledgeGraph round_trip(const KnowledgeGraph& graph, Format format, const std::string& extension) {
    TempDir dir;
    const std::string path = dir.path("graph." + extension);
    write_graph_file(format, graph, ExportOptions{}, path);
    RdfGraphImporter importer{vocab::Namespaces{}};
    read_rdf_file(path, [&](const Term& s, const Term& p, const Term& o) { importer.triple(s, p, o); });
    KnowledgeGraph read;
    importer.flush_into(read);
    return read;
}

}  // namespace

TEST_CASE("every predicate survives RDF/XML, JSON-LD and N-Triples and is read back", "[exporters][predicates]") {
    const KnowledgeGraph graph = one_edge_each();
    const std::set<std::string> written = edge_lines(graph);
    REQUIRE(written.size() == kPredicates.size() - 2);
    CHECK(written.count("From bornIn -[bornIn]-> To bornIn (bornIn)") == 1);
    for (const auto& [format, extension] :
         {std::pair{Format::RdfXml, "rdf"}, std::pair{Format::JsonLd, "jsonld"}, std::pair{Format::NTriples, "nt"}}) {
        INFO(extension);
        CHECK(edge_lines(round_trip(graph, format, extension)) == written);
    }
}

TEST_CASE("every predicate has its relationship type in GraphML and the Neo4j CSV", "[exporters][predicates]") {
    const KnowledgeGraph graph = one_edge_each();
    std::ostringstream graphml, neo4j;
    write_graph(Format::GraphML, graph, ExportOptions{}, graphml);
    write_neo4j_relationships(graph, ExportOptions{}, neo4j);
    for (const PredicateInfo& row : kPredicates) {
        if (!with_evidence(row.predicate)) continue;
        INFO(row.local_name);
        const std::string type(row.graph_type);
        CHECK(graphml.str().find(">" + type + "</data>") != std::string::npos);
        CHECK(neo4j.str().find("," + type + ",") != std::string::npos);
    }
    CHECK(graphml.str().find(">BORN_IN</data>") != std::string::npos);
}
