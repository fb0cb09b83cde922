// Tests for exporters/rdf_mapping and the N-Triples writer: exact triples.
#include <array>
#include <set>
#include <sstream>
#include <vector>

#include "core/iri.hpp"
#include "exporters/exporter.hpp"
#include "exporters/ntriples_writer.hpp"
#include "exporters/rdf_mapping.hpp"
#include "tests/exporters/sample_graphs.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

// Records every event so tests can look at the stream itself.
struct RecordingSink : TripleSink {
    std::vector<std::pair<std::string, std::string>> prefixes;
    std::vector<std::array<Term, 3>> triples;
    int finished = 0;
    void prefix(std::string_view name, std::string_view iri) override { prefixes.emplace_back(name, iri); }
    void triple(const Term& s, const Term& p, const Term& o) override { triples.push_back({s, p, o}); }
    void finish() override { ++finished; }
};

const std::string kNg = "https://w3id.org/newsgraph/ontology#";
const std::string kId = "https://w3id.org/newsgraph/id/";

// The IRI of the `index`th rdf:Statement of an edge, from the functions the mapping uses.
std::string statement_iri(const std::string& subject, std::string_view predicate, const std::string& object,
                          std::string_view role, std::size_t index) {
    std::string scratch, iri = statement_iri_prefix(vocab::Namespaces{});
    append_statement_iri(iri, statement_hash(scratch, subject, predicate, object, role), index);
    return iri;
}

std::string nt(const KnowledgeGraph& graph, const ExportOptions& options = {}) {
    std::ostringstream out;
    NTriplesWriter writer(out);
    emit_triples(graph, options, writer);
    return out.str();
}

}  // namespace

TEST_CASE("one edge maps to exact N-Triples", "[exporters]") {
    KnowledgeGraph graph;
    Node ada;
    ada.iri = kId + "person/ada";
    ada.cls = EntityClass::Person;
    ada.name = "Ada \"the\" Lovelace";
    ada.aliases = {"Ada", "A\\L"};
    ada.confidence = 0.95;
    Node acme;
    acme.iri = kId + "organization/acme";
    acme.cls = EntityClass::Organization;
    acme.name = "Acme\nCorp";
    acme.confidence = 1;
    Evidence evidence;
    evidence.document = "d1";
    evidence.span = {4, 20};
    evidence.sentence = "Ada leads Acme.";
    evidence.confidence = 0.9;
    evidence.extractor = "relations";
    evidence.rule = "r1";
    graph.add_edge(graph.add_node(ada), Predicate::HoldsPosition, graph.add_node(acme), "CEO", evidence);

    std::string st = statement_iri(ada.iri, "holdsPosition", acme.iri, "CEO", 0);
    std::string expected =
        "<" + kId + "organization/acme> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + kNg +
        "Organization> .\n"
        "<" +
        kId +
        "organization/acme> <http://www.w3.org/2000/01/rdf-schema#label> \"Acme\\nCorp\" .\n"
        "<" +
        kId +
        "organization/acme> <http://schema.org/name> \"Acme\\nCorp\" .\n"
        "<" +
        kId + "organization/acme> <" + kNg +
        "confidence> \"1\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"
        "<" +
        kId + "person/ada> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + kNg +
        "Person> .\n"
        "<" +
        kId +
        "person/ada> <http://www.w3.org/2000/01/rdf-schema#label> \"Ada \\\"the\\\" Lovelace\" .\n"
        "<" +
        kId +
        "person/ada> <http://schema.org/name> \"Ada \\\"the\\\" Lovelace\" .\n"
        "<" +
        kId +
        "person/ada> <http://schema.org/alternateName> \"A\\\\L\" .\n"
        "<" +
        kId +
        "person/ada> <http://schema.org/alternateName> \"Ada\" .\n"
        "<" +
        kId + "person/ada> <" + kNg +
        "confidence> \"0.95\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"
        "<" +
        kId + "person/ada> <" + kNg + "holdsPosition> <" + kId +
        "organization/acme> .\n"
        "<" +
        st +
        "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .\n"
        "<" +
        st + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <" + kId +
        "person/ada> .\n"
        "<" +
        st + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <" + kNg +
        "holdsPosition> .\n"
        "<" +
        st + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <" + kId +
        "organization/acme> .\n"
        "<" +
        st + "> <" + kNg +
        "role> \"CEO\" .\n"
        "<" +
        st + "> <" + kNg +
        "confidence> \"0.9\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"
        "<" +
        st + "> <" + kNg +
        "weight> \"1\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"
        "<" +
        st + "> <" + kNg +
        "evidence> \"Ada leads Acme.\"@en .\n"
        "<" +
        st + "> <" + kNg +
        "startOffset> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
        "<" +
        st + "> <" + kNg +
        "endOffset> \"20\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
        "<" +
        st + "> <http://www.w3.org/ns/prov#wasDerivedFrom> <" + kId +
        "article/d1> .\n"
        "<" +
        st + "> <" + kNg +
        "extractor> \"relations\" .\n"
        "<" +
        st + "> <" + kNg + "rule> \"r1\" .\n";
    CHECK(nt(graph) == expected);

    ExportOptions bare;
    bare.provenance = false;
    std::string without = nt(graph, bare);
    CHECK(without.find("Statement") == std::string::npos);
    CHECK(without == expected.substr(0, expected.find("<" + st + ">")));
}

TEST_CASE("the mapping groups subjects and predicates and sorts subjects", "[exporters]") {
    RecordingSink sink;
    emit_triples(testing::small_graph(), ExportOptions{}, sink);
    CHECK(sink.finished == 1);
    REQUIRE(sink.prefixes.size() == 7);
    CHECK(sink.prefixes[0] == std::make_pair(std::string("ng"), kNg));

    // Each subject forms one run; within a run each predicate forms one run.
    std::set<std::string> seen_subjects;
    std::string previous_subject;
    std::set<std::string> seen_predicates;
    std::string previous_predicate;
    std::vector<std::string> entity_subjects;
    for (const auto& [s, p, o] : sink.triples) {
        if (s.value != previous_subject) {
            CHECK(seen_subjects.insert(s.value).second);
            if (s.value.find("/statement/") == std::string::npos) {
                CHECK(previous_subject.find("/statement/") == std::string::npos);  // statements come last
                entity_subjects.push_back(s.value);
            }
            previous_subject = s.value;
            seen_predicates.clear();
            previous_predicate.clear();
        }
        if (p.value != previous_predicate) {
            CHECK(seen_predicates.insert(p.value).second);
            previous_predicate = p.value;
        }
    }
    CHECK(std::is_sorted(entity_subjects.begin(), entity_subjects.end()));
    CHECK(entity_subjects.size() == 6);
}

TEST_CASE("class-specific values, article metadata and weight-only statements", "[exporters]") {
    std::string out = nt(testing::small_graph());
    const std::string amount = "<" + kId + "amount/doc-1-200>";
    CHECK(out.find(amount + " <" + kNg + "value> \"1500000000000\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n") !=
          std::string::npos);
    CHECK(out.find(amount + " <" + kNg + "currency> \"USD\" .\n") != std::string::npos);
    CHECK(out.find("<" + kNg + "text> \"We will grow\"@en .\n") != std::string::npos);
    const std::string article = "<" + kId + "article/doc-1>";
    CHECK(out.find(article +
                   " <http://schema.org/datePublished> \"2024-05-01\"^^<http://www.w3.org/2001/XMLSchema#date> .\n") !=
          std::string::npos);
    CHECK(out.find(article +
                   " <http://schema.org/url> "
                   "\"https://news.example/acme?id=1&lang=en\"^^<http://www.w3.org/2001/XMLSchema#anyURI> .\n") !=
          std::string::npos);
    CHECK(out.find(article + " <" + kNg + "sourcePath> \"samples/doc-1.md\" .\n") != std::string::npos);
    CHECK(out.find(article + " <" + kNg + "mentions> <" + kId + "person/ada-lovelace> .\n") != std::string::npos);

    // Two pieces of evidence give statements -0 and -1; a mentions edge gives one with its weight only.
    std::string holds =
        statement_iri(kId + "person/ada-lovelace", "holdsPosition", kId + "organization/acme-corp", "CEO", 0);
    std::string holds_1 =
        statement_iri(kId + "person/ada-lovelace", "holdsPosition", kId + "organization/acme-corp", "CEO", 1);
    CHECK(out.find("<" + holds_1 + "> <" + kNg + "rule> \"title-of-org\" .\n") != std::string::npos);
    CHECK(out.find("<" + holds + "> <" + kNg + "weight> \"2\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n") !=
          std::string::npos);
    std::string mentions = statement_iri(kId + "article/doc-1", "mentions", kId + "person/ada-lovelace", "", 0);
    CHECK(out.find("<" + mentions + "> <" + kNg + "weight> \"3\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n") !=
          std::string::npos);
    CHECK(out.find("<" + mentions + "> <" + kNg + "confidence>") == std::string::npos);
    CHECK(out.find("<" + statement_iri(kId + "article/doc-1", "mentions", kId + "person/ada-lovelace", "", 1) + ">") ==
          std::string::npos);
    // Deterministic: same graph, same bytes.
    CHECK(out == nt(testing::small_graph()));
}

TEST_CASE("adversarial literals are cleaned once for every writer", "[exporters]") {
    std::string out = nt(testing::adversarial_graph());
    CHECK(out.find('\x01') == std::string::npos);
    CHECK(out.find("\\u0001") == std::string::npos);       // stripped before writing, not escaped
    CHECK(out.find("\xEF\xBF\xBE") == std::string::npos);  // U+FFFE stripped
    CHECK(out.find("tab\\there\\nnewline\\r\\ncrlf") != std::string::npos);
    CHECK(out.find("\"back\\\\slash \\\"dq\\\"\"") != std::string::npos);
    CHECK(out.find("\"{\\\"@id\\\":\\\"x\\\"}\"") != std::string::npos);
    CHECK(out.find(std::string(2000, 'x')) != std::string::npos);
    CHECK(out.find("\xF0\x9F\x94\xA5") != std::string::npos);  // emoji kept as UTF-8
    // Non-date metadata stays a plain string.
    CHECK(out.find("\"yesterday <morning>\" .\n") != std::string::npos);
    // Every line is one triple.
    std::size_t lines = 0;
    for (char c : out) lines += c == '\n';
    RecordingSink sink;
    emit_triples(testing::adversarial_graph(), ExportOptions{}, sink);
    CHECK(lines == sink.triples.size());
}

TEST_CASE("make_rdf_writer gives a sink for each RDF format and none for the others", "[exporters]") {
    const KnowledgeGraph graph = testing::adversarial_graph();
    for (const FormatInfo& row : kFormats) {
        std::ostringstream out;
        std::unique_ptr<TripleSink> sink = make_rdf_writer(row.format, out, vocab::Namespaces{});
        bool rdf = row.format == Format::JsonLd || row.format == Format::RdfXml || row.format == Format::NTriples ||
                   row.format == Format::NQuads || row.format == Format::Turtle;
        INFO(row.name);
        REQUIRE((sink != nullptr) == rdf);
        if (!sink) continue;
        // The sink write_graph uses writes what write_graph writes.
        emit_triples(graph, ExportOptions{}, *sink);
        sink.reset();
        std::ostringstream direct;
        write_graph(row.format, graph, ExportOptions{}, direct);
        CHECK(out.str() == direct.str());
        CHECK(!out.str().empty());
    }
}

TEST_CASE("an event's date is its schema:startDate, typed by its precision", "[exporters]") {
    KnowledgeGraph graph;
    Node arrest;
    arrest.iri = kId + "event/arrest-of-ada";
    arrest.cls = EntityClass::Event;
    arrest.name = "arrest of Ada";
    arrest.date = "2024-03-01";
    Node raid;
    raid.iri = kId + "event/raid-on-acme";
    raid.cls = EntityClass::Event;
    raid.name = "raid on Acme";
    raid.date = "2019";
    Node undated;
    undated.iri = kId + "event/signing";
    undated.cls = EntityClass::Event;
    undated.name = "signing";
    graph.add_node(arrest);
    graph.add_node(raid);
    graph.add_node(undated);
    const std::string triples = nt(graph);
    CHECK(triples.find("<" + kId +
                       "event/arrest-of-ada> <http://schema.org/startDate> \"2024-03-01\"^^"
                       "<http://www.w3.org/2001/XMLSchema#date> .") != std::string::npos);
    CHECK(triples.find("<" + kId +
                       "event/raid-on-acme> <http://schema.org/startDate> \"2019\"^^"
                       "<http://www.w3.org/2001/XMLSchema#gYear> .") != std::string::npos);
    CHECK(triples.find("<" + kId + "event/signing> <http://schema.org/startDate>") == std::string::npos);
}
