// GEXF writer over XmlStream; values formatted here, escaped by libxml2.
#include "exporters/gexf_writer.hpp"

#include "core/iri.hpp"
#include "exporters/property_graph_ids.hpp"
#include "exporters/xml_stream.hpp"
#include "graph/metrics.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace newsgraph {

namespace {

struct Attribute {
    const char* id;
    const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"},   {"iri", "string"},          {"aliases", "string"},  {"confidence", "double"},
    {"degree", "integer"}, {"weighted_degree", "double"}, {"pagerank", "double"}, {"betweenness", "double"},
    {"mentions", "integer"},
};
constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"}, {"role", "string"},           {"confidence", "double"},
    {"evidence", "string"}, {"evidence_count", "integer"}, {"source_doc", "string"},
};

void declare(XmlStream& xml, const char* cls, const auto& attributes) {
    xml.start("attributes");
    xml.attribute("class", cls);
    for (const Attribute& a : attributes) {
        xml.start("attribute");
        xml.attribute("id", a.id);
        xml.attribute("title", a.id);
        xml.attribute("type", a.type);
        xml.end();
    }
    xml.end();
}

// Nodes and edges are written as raw markup: fixed tags with every value escaped
// by libxml2, indented as the writer indents (see XmlStream).
constexpr std::string_view kValueOpen = "          <attvalue for=\"";

// One <attvalue> whose value libxml2 escapes here.
void value(XmlStream& xml, std::string_view id, std::string_view text) {
    if (text.empty()) return;
    xml.raw(kValueOpen);
    xml.raw(id);
    xml.raw("\" value=\"");
    xml.raw_attribute(text);
    xml.raw("\"/>\n");
}

// One <attvalue> whose value libxml2 escaped earlier (escape_attribute).
void escaped_value(XmlStream& xml, std::string_view id, const std::string& escaped) {
    if (escaped.empty()) return;
    xml.raw(kValueOpen);
    xml.raw(id);
    xml.raw("\" value=\"");
    xml.raw(escaped);
    xml.raw("\"/>\n");
}

// Numbers need no escaping (see XmlStream::raw_decimal).
void decimal_value(XmlStream& xml, std::string_view id, double number) {
    xml.raw(kValueOpen);
    xml.raw(id);
    xml.raw("\" value=\"");
    xml.raw_decimal(number);
    xml.raw("\"/>\n");
}

template <typename Integer>
void integer_value(XmlStream& xml, std::string_view id, Integer number) {
    xml.raw(kValueOpen);
    xml.raw(id);
    xml.raw("\" value=\"");
    xml.raw_integer(number);
    xml.raw("\"/>\n");
}

// Escaped once per class (its name) and per predicate (relationship type, ontology name).
std::vector<std::string> class_names(XmlStream& xml) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < kEntityClasses.size(); ++i)
        names.push_back(xml.escape_attribute(info(static_cast<EntityClass>(i)).local_name));
    return names;
}

struct PredicateText {
    std::string label, relation;
};

std::vector<PredicateText> predicate_texts(XmlStream& xml) {
    std::vector<PredicateText> texts;
    for (std::size_t i = 0; i < kPredicates.size(); ++i) {
        const PredicateInfo& predicate = info(static_cast<Predicate>(i));
        texts.push_back({xml.escape_attribute(predicate.graph_type), xml.escape_attribute(predicate.local_name)});
    }
    return texts;
}

// "YYYY-MM-DD" from the start of an ISO date, or "" when it is not one.
std::string iso_day(const std::string& date) {
    if (date.size() < 10) return {};
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (date[i] < '0' || date[i] > '9') return {};
    return date[4] == '-' && date[7] == '-' ? date.substr(0, 10) : std::string();
}

// Earliest day among the articles that mention the node (its own date for an article).
std::string first_day(const KnowledgeGraph& graph, const Node& node) {
    if (node.cls == EntityClass::Article) return iso_day(node.meta.date);
    std::string first;
    for (const std::string& iri : node.articles) {
        auto v = graph.find(iri);
        std::string day = v ? iso_day(graph.node(*v).meta.date) : "";
        if (!day.empty() && (first.empty() || day < first)) first = day;
    }
    return first;
}

}  // namespace

void write_gexf(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) {
    const auto& g = graph.storage();
    const bool with_betweenness = graph.node_count() <= kBetweennessNodeLimit;
    std::vector<NodeMetrics> metrics = compute_metrics(graph, with_betweenness);
    double top_rank = 0;
    for (const auto& m : metrics) top_rank = std::max(top_rank, m.pagerank);
    std::vector<VertexId> vertices = graph.sorted_vertices();
    std::vector<std::string> days(graph.node_count());
    bool dated = false;
    for (VertexId v : vertices) dated |= !(days[v] = first_day(graph, graph.node(v))).empty();

    XmlStream xml(out);
    xml.start_document();
    xml.start("gexf");
    xml.attribute("xmlns", "http://gexf.net/1.3");
    xml.attribute("xmlns:viz", "http://gexf.net/1.3/viz");
    xml.attribute("version", "1.3");
    xml.start("meta");
    xml.start("creator");
    xml.text("newsgraph");
    xml.end();
    xml.start("description");
    xml.text("Knowledge graph of news articles; ontology " + options.ns.ontology);
    xml.end();
    xml.end();
    xml.start("graph");
    xml.attribute("defaultedgetype", "directed");
    xml.attribute("mode", dated ? "dynamic" : "static");
    if (dated) xml.attribute("timeformat", "date");
    declare(xml, "node", kNodeAttributes);
    declare(xml, "edge", kEdgeAttributes);

    const std::vector<std::string> classes = class_names(xml);
    const std::vector<PredicateText> predicates = predicate_texts(xml);
    std::vector<std::size_t> number(graph.node_count());
    xml.start("nodes");
    xml.attribute("count", std::to_string(vertices.size()));
    std::size_t next = 0;
    for (VertexId v : vertices) {
        number[v] = next;
        const Node& node = graph.node(v);
        const NodeMetrics& m = metrics[v];
        const EntityClassInfo& cls = info(node.cls);
        xml.raw("      <node id=\"n");
        xml.raw_integer(next++);
        xml.raw("\" label=\"");
        xml.raw_attribute(node.name);
        if (!days[v].empty()) {
            xml.raw("\" start=\"");
            xml.raw_attribute(days[v]);
        }
        xml.raw("\">\n        <attvalues>\n");
        escaped_value(xml, "type", classes[static_cast<std::size_t>(node.cls)]);
        value(xml, "iri", node.iri);
        value(xml, "aliases", joined_aliases(node));
        decimal_value(xml, "confidence", node.confidence);
        integer_value(xml, "degree", m.degree);
        decimal_value(xml, "weighted_degree", m.weighted_degree);
        decimal_value(xml, "pagerank", m.pagerank);
        if (with_betweenness) decimal_value(xml, "betweenness", m.betweenness);
        integer_value(xml, "mentions", m.mentions);
        xml.raw("        </attvalues>\n        <viz:color r=\"");
        xml.raw_integer(cls.colour.r);
        xml.raw("\" g=\"");
        xml.raw_integer(cls.colour.g);
        xml.raw("\" b=\"");
        xml.raw_integer(cls.colour.b);
        xml.raw("\"/>\n        <viz:size value=\"");
        double size = 4.0 + (top_rank > 0 ? 36.0 * m.pagerank / top_rank : 0.0);
        xml.raw_decimal(static_cast<double>(static_cast<long long>(size * 100 + 0.5)) / 100);
        xml.raw("\"/>\n      </node>\n");
    }
    xml.end();

    std::unordered_map<std::string, std::string> articles;  // document id -> article IRI, escaped
    xml.start("edges");
    xml.attribute("count", std::to_string(graph.edge_count()));
    next = 0;
    for (EdgeId e : graph.sorted_edges()) {
        const Edge& edge = graph.edge(e);
        const PredicateText& predicate = predicates[static_cast<std::size_t>(edge.predicate)];
        xml.raw("      <edge id=\"e");
        xml.raw_integer(next++);
        xml.raw("\" source=\"n");
        xml.raw_integer(number[boost::source(e, g)]);
        xml.raw("\" target=\"n");
        xml.raw_integer(number[boost::target(e, g)]);
        xml.raw("\" label=\"");
        xml.raw(predicate.label);
        xml.raw("\" weight=\"");
        xml.raw_decimal(edge.weight);
        xml.raw("\">\n        <attvalues>\n");
        escaped_value(xml, "relation", predicate.relation);
        value(xml, "role", edge.role);
        decimal_value(xml, "confidence", edge.confidence);
        if (!edge.evidence.empty()) {
            const Evidence& first = edge.evidence.front();
            auto found = articles.find(first.document);
            if (found == articles.end())
                found = articles.emplace(first.document, xml.escape_attribute(article_iri(options.ns, first.document))).first;
            value(xml, "evidence", first.sentence);
            integer_value(xml, "evidence_count", edge.evidence.size());
            escaped_value(xml, "source_doc", found->second);
        }
        xml.raw("        </attvalues>\n      </edge>\n");
    }
    xml.end();
    xml.end();  // graph
    xml.end_document();
}

}  // namespace newsgraph
