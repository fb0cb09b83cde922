// GEXF writer over XmlStream; values formatted here, escaped by libxml2.
#include "exporters/gexf_writer.hpp"

#include "core/iri.hpp"
#include "exporters/property_graph_ids.hpp"
#include "exporters/xml_chunks.hpp"
#include "exporters/xml_stream.hpp"
#include "graph/metrics.hpp"

#include <algorithm>
#include <future>
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
    // With threads to spare, the metrics are computed while both orders are sorted.
    auto computing = std::async(options.threads > 1 ? std::launch::async : std::launch::deferred,
                                [&] { return compute_metrics(graph, with_betweenness); });
    const std::vector<VertexId> vertices = graph.sorted_vertices();
    const std::vector<EdgeId> edges = graph.sorted_edges();
    std::vector<std::string> days(graph.node_count());
    bool dated = false;
    for (VertexId v : vertices) dated |= !(days[v] = first_day(graph, graph.node(v))).empty();
    const std::vector<NodeMetrics> metrics = computing.get();
    double top_rank = 0;
    for (const auto& m : metrics) top_rank = std::max(top_rank, m.pagerank);

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
    std::vector<std::size_t> number(graph.node_count());  // vertex -> its n<number> id
    for (std::size_t i = 0; i < vertices.size(); ++i) number[vertices[i]] = i;
    xml.start("nodes");
    xml.attribute("count", std::to_string(vertices.size()));
    struct NoState {};
    write_xml_items<NoState>(xml, vertices.size(), options, [&](XmlStream& out, NoState&, std::size_t i) {
        const VertexId v = vertices[i];
        const Node& node = graph.node(v);
        const NodeMetrics& m = metrics[v];
        const EntityClassInfo& cls = info(node.cls);
        out.raw("      <node id=\"n");
        out.raw_integer(i);
        out.raw("\" label=\"");
        out.raw_attribute(node.name);
        if (!days[v].empty()) {
            out.raw("\" start=\"");
            out.raw_attribute(days[v]);
        }
        out.raw("\">\n        <attvalues>\n");
        escaped_value(out, "type", classes[static_cast<std::size_t>(node.cls)]);
        value(out, "iri", node.iri);
        value(out, "aliases", joined_aliases(node));
        decimal_value(out, "confidence", node.confidence);
        integer_value(out, "degree", m.degree);
        decimal_value(out, "weighted_degree", m.weighted_degree);
        decimal_value(out, "pagerank", m.pagerank);
        if (with_betweenness) decimal_value(out, "betweenness", m.betweenness);
        integer_value(out, "mentions", m.mentions);
        out.raw("        </attvalues>\n        <viz:color r=\"");
        out.raw_integer(cls.colour.r);
        out.raw("\" g=\"");
        out.raw_integer(cls.colour.g);
        out.raw("\" b=\"");
        out.raw_integer(cls.colour.b);
        out.raw("\"/>\n        <viz:size value=\"");
        double size = 4.0 + (top_rank > 0 ? 36.0 * m.pagerank / top_rank : 0.0);
        out.raw_decimal(static_cast<double>(static_cast<long long>(size * 100 + 0.5)) / 100);
        out.raw("\"/>\n      </node>\n");
    });
    xml.end();

    xml.start("edges");
    xml.attribute("count", std::to_string(edges.size()));
    using Articles = std::unordered_map<std::string, std::string>;  // document id -> article IRI, escaped
    write_xml_items<Articles>(xml, edges.size(), options, [&](XmlStream& out, Articles& articles, std::size_t i) {
        const EdgeId e = edges[i];
        const Edge& edge = graph.edge(e);
        const PredicateText& predicate = predicates[static_cast<std::size_t>(edge.predicate)];
        out.raw("      <edge id=\"e");
        out.raw_integer(i);
        out.raw("\" source=\"n");
        out.raw_integer(number[boost::source(e, g)]);
        out.raw("\" target=\"n");
        out.raw_integer(number[boost::target(e, g)]);
        out.raw("\" label=\"");
        out.raw(predicate.label);
        out.raw("\" weight=\"");
        out.raw_decimal(edge.weight);
        out.raw("\">\n        <attvalues>\n");
        escaped_value(out, "relation", predicate.relation);
        value(out, "role", edge.role);
        decimal_value(out, "confidence", edge.confidence);
        if (!edge.evidence.empty()) {
            const Evidence& first = edge.evidence.front();
            auto found = articles.find(first.document);
            if (found == articles.end())
                found = articles.emplace(first.document, out.escape_attribute(article_iri(options.ns, first.document))).first;
            value(out, "evidence", first.sentence);
            integer_value(out, "evidence_count", edge.evidence.size());
            escaped_value(out, "source_doc", found->second);
        }
        out.raw("        </attvalues>\n      </edge>\n");
    });
    xml.end();
    xml.end();  // graph
    xml.end_document();
}

}  // namespace newsgraph
