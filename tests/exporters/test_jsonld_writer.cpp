// Tests for exporters/jsonld_writer: structure of the JSON-LD document.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "exporters/exporter.hpp"
#include "exporters/jsonld_writer.hpp"
#include "tests/exporters/sample_graphs.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

rapidjson::Document parse(const std::string& text) {
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    return doc;
}

const rapidjson::Value* find_node(const rapidjson::Document& doc, const std::string& id) {
    for (const auto& node : doc["@graph"].GetArray())
        if (node["@id"].GetString() == id) return &node;
    return nullptr;
}

}  // namespace

TEST_CASE("JSON-LD writer: embedded prefix context, compact types, typed values", "[exporters]") {
    std::ostringstream out;
    JsonLdWriter writer(out);
    writer.prefix("ex", "http://example.org/ns#");
    writer.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    Term a = Term::iri("http://example.org/id/a");
    writer.triple(a, Term::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                  Term::iri("http://example.org/ns#Thing"));
    writer.triple(a, Term::iri("http://example.org/ns#w"),
                  Term::literal("0.9", "http://www.w3.org/2001/XMLSchema#decimal"));
    writer.triple(a, Term::iri("http://example.org/ns#n"),
                  Term::literal("42", "http://www.w3.org/2001/XMLSchema#integer"));
    writer.triple(a, Term::iri("http://example.org/ns#n2"),
                  Term::literal("007", "http://www.w3.org/2001/XMLSchema#integer"));
    writer.triple(a, Term::iri("http://example.org/ns#t"), Term::literal("hi \"x\"", {}, "en"));
    writer.triple(a, Term::iri("http://example.org/ns#t"), Term::literal("{\"@id\":\"x\"}"));
    writer.triple(a, Term::iri("http://other.org/k"), Term::iri("http://example.org/id/b"));
    writer.triple(Term::iri("http://example.org/id/b"), Term::iri("http://example.org/ns#n"),
                  Term::literal("1", "http://www.w3.org/2001/XMLSchema#integer"));
    writer.finish();
    CHECK(out.str() ==
          "{\"@context\":{\"ex\":\"http://example.org/ns#\",\"xsd\":\"http://www.w3.org/2001/XMLSchema#\"},\"@graph\":["
          "{\"@id\":\"http://example.org/id/"
          "a\",\"@type\":\"ex:Thing\",\"ex:w\":{\"@value\":\"0.9\",\"@type\":\"xsd:decimal\"},"
          "\"ex:n\":42,\"ex:n2\":{\"@value\":\"007\",\"@type\":\"xsd:integer\"},"
          "\"ex:t\":[{\"@value\":\"hi \\\"x\\\"\",\"@language\":\"en\"},\"{\\\"@id\\\":\\\"x\\\"}\"],"
          "\"http://other.org/k\":{\"@id\":\"http://example.org/id/b\"}},"
          "{\"@id\":\"http://example.org/id/b\",\"ex:n\":1}]}\n");
}

TEST_CASE("JSON-LD writer refuses IRIs it would write ambiguously", "[exporters]") {
    std::ostringstream out;
    JsonLdWriter writer(out);
    writer.prefix("ex", "http://example.org/ns#");
    CHECK_THROWS_AS(writer.triple(Term::iri("http://e.org/a"), Term::iri("ex:p"), Term::literal("x")), Error);
    CHECK_THROWS_AS(writer.triple(Term::iri("relative"), Term::iri("http://e.org/p"), Term::literal("x")), Error);
}

TEST_CASE("JSON-LD of the sample graphs", "[exporters]") {
    std::ostringstream out;
    write_graph(Format::JsonLd, testing::small_graph(), ExportOptions{}, out);
    rapidjson::Document doc = parse(out.str());
    const auto& context = doc["@context"];
    REQUIRE(context.IsObject());
    CHECK(context.MemberCount() == 7);
    CHECK(std::string(context["skos"].GetString()) == "http://www.w3.org/2004/02/skos/core#");
    CHECK(std::string(context["schema"].GetString()) == "http://schema.org/");
    CHECK(std::string(context["ng"].GetString()) == "https://w3id.org/newsgraph/ontology#");
    const rapidjson::Value* ada = find_node(doc, "https://w3id.org/newsgraph/id/person/ada-lovelace");
    REQUIRE(ada);
    CHECK(std::string((*ada)["@type"].GetString()) == "ng:Person");
    CHECK(std::string((*ada)["ng:confidence"]["@value"].GetString()) == "0.95");
    CHECK(std::string((*ada)["ng:confidence"]["@type"].GetString()) == "xsd:decimal");
    CHECK((*ada)["schema:alternateName"].Size() == 2);
    CHECK(std::string((*ada)["ng:holdsPosition"]["@id"].GetString()) ==
          "https://w3id.org/newsgraph/id/organization/acme-corp");
    bool found_statement = false;
    for (const auto& node : doc["@graph"].GetArray()) {
        if (!node.HasMember("ng:startOffset")) continue;
        found_statement = true;
        CHECK(std::string(node["@type"].GetString()) == "rdf:Statement");
        CHECK(node["ng:startOffset"].IsInt64());
        CHECK(std::string(node["ng:evidence"]["@language"].GetString()) == "en");
    }
    CHECK(found_statement);

    std::ostringstream evil;
    write_graph(Format::JsonLd, testing::adversarial_graph(), ExportOptions{}, evil);
    rapidjson::Document evil_doc = parse(evil.str());
    const rapidjson::Value* json_like = find_node(evil_doc, "https://w3id.org/newsgraph/id/organization/id-x");
    REQUIRE(json_like);
    CHECK(std::string((*json_like)["schema:name"].GetString()) == "{\"@id\":\"x\"}");
    CHECK(evil.str().find("\\u0001") == std::string::npos);
}

// Strings that need no escape are copied in one piece; the rest go through
// RapidJSON's escaping. Either way the bytes must be RapidJSON's own: every ASCII
// byte and a non-ASCII character, in the first and in a later eight-byte word.
TEST_CASE("JSON-LD writer copies strings exactly as RapidJSON escapes them", "[exporters]") {
    std::vector<std::string> values = {"", "plain", "say \"hi\"", "back\\slash", "tab\tnl\n"};
    for (int byte = 1; byte < 0x80; ++byte)
        for (std::string value : {"ab", "abcdefghijklmnop"})
            values.push_back(value + static_cast<char>(byte) + "qrstuvwxyz");
    values.push_back("abcdefghijklmnop\xC3\xA9qrstuvwxyz");

    const std::string ns = "http://example.org/ns#", id = "http://example.org/id/a";
    std::ostringstream out;
    JsonLdWriter writer(out);
    writer.prefix("ex", ns);
    for (const std::string& value : values) writer.triple(Term::iri(id), Term::iri(ns + "t"), Term::literal(value));
    writer.finish();

    rapidjson::StringBuffer expected;
    rapidjson::Writer<rapidjson::StringBuffer> json(expected);
    json.StartObject();
    json.Key("@context");
    json.StartObject();
    json.Key("ex");
    json.String(ns.c_str());
    json.EndObject();
    json.Key("@graph");
    json.StartArray();
    json.StartObject();
    json.Key("@id");
    json.String(id.c_str());
    json.Key("ex:t");
    json.StartArray();
    for (const std::string& value : values) json.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    json.EndArray();
    json.EndObject();
    json.EndArray();
    json.EndObject();
    CHECK(out.str() == std::string(expected.GetString()) + "\n");
}
