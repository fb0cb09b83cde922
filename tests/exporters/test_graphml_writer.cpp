// Tests for exporters/graphml_writer: XSD validity, keys, ids and values.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "exporters/exporter.hpp"
#include "tests/exporters/sample_graphs.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

std::string graphml(const KnowledgeGraph& graph) {
    std::ostringstream out;
    write_graph(Format::GraphML, graph, ExportOptions{}, out);
    return out.str();
}

// Validates against the GraphML 1.0 XSD copied into tests/data/graphml-schema.
bool schema_valid(const std::string& text) {
    std::string xsd = std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/data/graphml-schema/graphml.xsd";
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(xsd.c_str());
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    REQUIRE(schema);
    xmlDocPtr doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "x.graphml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    bool ok = false;
    if (doc) {
        xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema);
        xmlSchemaSetValidErrors(validator, nullptr, nullptr, nullptr);
        ok = xmlSchemaValidateDoc(validator, doc) == 0;
        xmlSchemaFreeValidCtxt(validator);
    }
    xmlFreeDoc(doc);
    xmlSchemaFree(schema);
    return ok;
}

std::string attr(xmlNodePtr node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    std::string out = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return out;
}

std::string content(xmlNodePtr node) {
    xmlChar* value = xmlNodeGetContent(node);
    std::string out = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return out;
}

bool named(xmlNodePtr node, const char* name) {
    return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

struct Parsed {
    std::map<std::string, std::pair<std::string, std::string>> keys;  // id -> (for, attr.type)
    std::vector<std::map<std::string, std::string>> nodes, edges;     // "id"/"source"/"target" plus data by key
};

Parsed parse(const std::string& text) {
    Parsed parsed;
    std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
        xmlReadMemory(text.data(), static_cast<int>(text.size()), "x.graphml", nullptr, XML_PARSE_NONET), xmlFreeDoc);
    REQUIRE(doc);
    for (xmlNodePtr child = xmlDocGetRootElement(doc.get())->children; child; child = child->next) {
        if (named(child, "key")) parsed.keys[attr(child, "id")] = {attr(child, "for"), attr(child, "attr.type")};
        if (!named(child, "graph")) continue;
        for (xmlNodePtr item = child->children; item; item = item->next) {
            if (!named(item, "node") && !named(item, "edge")) continue;
            std::map<std::string, std::string> values{{"id", attr(item, "id")}};
            if (named(item, "edge")) {
                values["source"] = attr(item, "source");
                values["target"] = attr(item, "target");
            }
            for (xmlNodePtr d = item->children; d; d = d->next)
                if (named(d, "data")) values[attr(d, "key")] = content(d);
            (named(item, "node") ? parsed.nodes : parsed.edges).push_back(values);
        }
    }
    return parsed;
}

bool is_integer(const std::string& text) {
    if (text.empty()) return false;
    for (std::size_t i = text[0] == '-' ? 1 : 0; i < text.size(); ++i)
        if (text[i] < '0' || text[i] > '9') return false;
    return true;
}

bool is_double(const std::string& text) {
    try {
        std::size_t used = 0;
        std::stod(text, &used);
        return used == text.size();
    } catch (...) {
        return false;
    }
}

}  // namespace

TEST_CASE("GraphML of the small graph: keys, ids and values", "[exporters]") {
    std::string text = graphml(testing::small_graph());
    CHECK(schema_valid(text));
    Parsed g = parse(text);
    CHECK(g.keys.at("n_label") == std::make_pair(std::string("node"), std::string("string")));
    CHECK(g.keys.at("labels").first == "node");
    CHECK(g.keys.at("label") == std::make_pair(std::string("edge"), std::string("string")));
    CHECK(g.keys.at("weight") == std::make_pair(std::string("edge"), std::string("double")));
    CHECK(g.keys.at("start_offset").second == "long");
    CHECK(g.keys.at("r").second == "int");
    CHECK(g.keys.count("d3") == 0);
    CHECK(g.keys.count("d7") == 0);
    for (const auto& [id, key] : g.keys) CHECK((key.first == "node" || key.first == "edge"));

    REQUIRE(g.nodes.size() == 6);
    for (std::size_t i = 0; i < g.nodes.size(); ++i)
        CHECK(g.nodes[i]["id"] == std::string(1, 'n').append(std::to_string(i)));
    for (std::size_t i = 1; i < g.nodes.size(); ++i) CHECK(g.nodes[i - 1]["iri"] < g.nodes[i]["iri"]);
    auto ada = std::find_if(g.nodes.begin(), g.nodes.end(), [](auto& n) { return n["n_label"] == "Ada Lovelace"; });
    REQUIRE(ada != g.nodes.end());
    CHECK((*ada)["labels"] == ":Person");
    CHECK((*ada)["type"] == "Person");
    CHECK((*ada)["aliases"] == "Ada | Lovelace");
    CHECK((*ada)["n_confidence"] == "0.95");
    CHECK((*ada)["r"] == "31");
    CHECK((*ada)["g"] == "119");
    CHECK((*ada)["b"] == "180");

    REQUIRE(g.edges.size() == 6);
    auto holds = std::find_if(g.edges.begin(), g.edges.end(), [](auto& e) { return e["label"] == "HOLDS_POSITION"; });
    REQUIRE(holds != g.edges.end());
    CHECK((*holds)["source"] == (*ada)["id"]);
    CHECK((*holds)["predicate"] == "holdsPosition");
    CHECK((*holds)["role"] == "CEO");
    CHECK((*holds)["weight"] == "2");
    CHECK((*holds)["confidence"] == "0.9");
    CHECK((*holds)["evidence"] == "Acme named Ada Lovelace its CEO.");
    CHECK((*holds)["evidence_count"] == "2");
    CHECK((*holds)["start_offset"] == "0");
    CHECK((*holds)["end_offset"] == "32");
    CHECK((*holds)["source_doc"] == "https://w3id.org/newsgraph/id/article/doc-1");
    CHECK((*holds)["rule"] == "appositive-title");
    std::set<std::string> edge_ids;
    for (auto& e : g.edges) edge_ids.insert(e["id"]);
    CHECK(edge_ids.size() == g.edges.size());
}

TEST_CASE("GraphML of the adversarial graph is valid and values match their types", "[exporters]") {
    std::string text = graphml(testing::adversarial_graph());
    CHECK(schema_valid(text));
    CHECK(text.find('\x01') == std::string::npos);
    CHECK(text.find("\xEF\xBF\xBE") == std::string::npos);
    Parsed g = parse(text);
    REQUIRE(g.nodes.size() == 9);
    CHECK(g.edges.size() == 11);
    CHECK(g.nodes[0]["iri"] == "http://evil/#x");  // "http:" sorts before "https:"
    for (auto* items : {&g.nodes, &g.edges})
        for (auto& item : *items)
            for (auto& [key, value] : item) {
                if (key == "id" || key == "source" || key == "target") continue;
                const std::string& type = g.keys.at(key).second;
                if (type == "int" || type == "long") CHECK(is_integer(value));
                if (type == "double") CHECK(is_double(value));
            }
    auto xml_like = std::find_if(g.nodes.begin(), g.nodes.end(), [](auto& n) { return n["type"] == "Person"; });
    REQUIRE(xml_like != g.nodes.end());
    CHECK((*xml_like)["n_label"] == "<a href=\"x\">Bob & 'Alice'</a>");
    CHECK((*xml_like)["aliases"].find("ctrlcharsfffe") != std::string::npos);
    CHECK(text.find(std::string(2000, 'x')) != std::string::npos);
}
