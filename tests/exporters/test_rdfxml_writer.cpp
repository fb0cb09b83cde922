// Tests for exporters/rdfxml_writer and the N-Triples writer's escaping.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <sstream>

#include "core/error.hpp"
#include "exporters/exporter.hpp"
#include "exporters/ntriples_writer.hpp"
#include "exporters/rdfxml_writer.hpp"
#include "tests/exporters/sample_graphs.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";

std::string write(const KnowledgeGraph& graph, Format format) {
    std::ostringstream out;
    write_graph(format, graph, ExportOptions{}, out);
    return out.str();
}

// Parses with libxml2 in strict mode; true when the text is well-formed, namespace-correct XML.
bool well_formed(const std::string& text) {
    xmlDocPtr doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "x.xml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    bool ok = doc != nullptr;
    xmlFreeDoc(doc);
    return ok;
}

}  // namespace

TEST_CASE("RDF/XML writer groups a subject in one rdf:Description", "[exporters]") {
    std::ostringstream out;
    RdfXmlWriter writer(out);
    writer.prefix("ex", "http://example.org/ns#");
    Term s = Term::iri("http://example.org/id/a");
    writer.triple(s, Term::iri("http://example.org/ns#name"), Term::literal("A & <B>", {}, "en"));
    writer.triple(s, Term::iri("http://example.org/ns#score"), Term::literal("0.5", kXsd + "decimal"));
    writer.triple(s, Term::iri("http://other.org/v/knows"), Term::iri("http://example.org/id/b?x=1&y=2"));
    writer.finish();
    CHECK(out.str() ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/ns#\">\n"
          "  <rdf:Description rdf:about=\"http://example.org/id/a\">\n"
          "    <ex:name xml:lang=\"en\">A &amp; &lt;B&gt;</ex:name>\n"
          "    <ex:score rdf:datatype=\"http://www.w3.org/2001/XMLSchema#decimal\">0.5</ex:score>\n"
          "    <ns0:knows xmlns:ns0=\"http://other.org/v/\" rdf:resource=\"http://example.org/id/b?x=1&amp;y=2\"/>\n"
          "  </rdf:Description>\n"
          "</rdf:RDF>\n");
}

TEST_CASE("RDF/XML writer refuses a predicate without an NCName local part", "[exporters]") {
    std::ostringstream out;
    RdfXmlWriter writer(out);
    CHECK_THROWS_WITH(
        writer.triple(Term::iri("http://example.org/a"), Term::iri("http://example.org/p/123"), Term::literal("x")),
        Catch::Contains("http://example.org/p/123") && Catch::Contains("NCName"));
    CHECK_THROWS_AS(
        writer.triple(Term::iri("http://example.org/a"), Term::iri("http://example.org/p/"), Term::literal("x")),
        Error);
    CHECK_THROWS_AS(writer.triple(Term::iri("not absolute"), Term::iri("http://example.org/p#q"), Term::literal("x")),
                    Error);
    CHECK_THROWS_AS(writer.prefix("1bad", "http://example.org/"), Error);
    CHECK(split_qname("http://example.org/p#1abc") ==
          std::make_pair(std::string_view("http://example.org/p#1"), std::string_view("abc")));
    CHECK(split_qname("https://w3id.org/newsgraph/ontology#holdsPosition").second == "holdsPosition");
}

TEST_CASE("RDF/XML of the sample graphs is well-formed and complete", "[exporters]") {
    std::string small = write(testing::small_graph(), Format::RdfXml);
    CHECK(well_formed(small));
    CHECK(small.find("<rdf:Description rdf:about=\"https://w3id.org/newsgraph/id/person/ada-lovelace\">") !=
          std::string::npos);
    CHECK(small.find("<ng:confidence rdf:datatype=\"http://www.w3.org/2001/XMLSchema#decimal\">0.95</ng:confidence>") !=
          std::string::npos);
    CHECK(small.find("<ng:holdsPosition rdf:resource=\"https://w3id.org/newsgraph/id/organization/acme-corp\"/>") !=
          std::string::npos);
    CHECK(small.find("<ng:text xml:lang=\"en\">We will grow</ng:text>") != std::string::npos);
    CHECK(small.find("<schema:url rdf:datatype=\"http://www.w3.org/2001/XMLSchema#anyURI\">"
                     "https://news.example/acme?id=1&amp;lang=en</schema:url>") != std::string::npos);

    std::string evil = write(testing::adversarial_graph(), Format::RdfXml);
    CHECK(well_formed(evil));
    CHECK(evil.find('\x01') == std::string::npos);
    CHECK(evil.find("\xEF\xBF\xBE") == std::string::npos);
    CHECK(evil.find("\xEF\xBF\xBF") == std::string::npos);
    CHECK(evil.find("<a href") == std::string::npos);  // markup in names stays text
    CHECK(evil.find("&lt;a href=&quot;x&quot;&gt;Bob &amp; 'Alice'&lt;/a&gt;") != std::string::npos);
    CHECK(evil.find("]]&gt;") != std::string::npos);
    CHECK(evil.find(std::string(2000, 'x')) != std::string::npos);
}

TEST_CASE("N-Triples writer escapes literals per the grammar", "[exporters]") {
    std::ostringstream out;
    NTriplesWriter writer(out);
    writer.triple(Term::iri("http://e.org/a"), Term::iri("http://e.org/p"),
                  Term::literal("q\"b\\s\x01\x7f\t\n\r\xC3\xA9"));
    writer.triple(Term::iri("http://e.org/a"), Term::iri("http://e.org/p"),
                  Term::literal("s", "http://www.w3.org/2001/XMLSchema#string"));
    writer.triple(Term::iri("http://e.org/a"), Term::iri("http://e.org/p"), Term::literal("hi", {}, "en-GB"));
    writer.finish();
    CHECK(out.str() ==
          "<http://e.org/a> <http://e.org/p> \"q\\\"b\\\\s\\u0001\\u007F\\t\\n\\r\xC3\xA9\" .\n"
          "<http://e.org/a> <http://e.org/p> \"s\" .\n"
          "<http://e.org/a> <http://e.org/p> \"hi\"@en-GB .\n");
    CHECK_THROWS_AS(writer.triple(Term::iri("http://e.org/a b"), Term::iri("http://e.org/p"), Term::literal("x")),
                    Error);
    CHECK_THROWS_AS(
        writer.triple(Term::iri("http://e.org/a"), Term::iri("http://e.org/p"), Term::literal("x", {}, "en_US")),
        Error);
}
