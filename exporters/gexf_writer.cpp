// GEXF writer over XmlStream; values formatted here, escaped by libxml2.
#include "exporters/gexf_writer.hpp"

#include "core/iri.hpp"
#include "exporters/number_format.hpp"
#include "exporters/property_graph_ids.hpp"
#include "exporters/xml_stream.hpp"
#include "graph/metrics.hpp"

#include <algorithm>
#include <string>
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

void value(XmlStream& xml, std::string_view id, std::string_view text) {
    if (text.empty()) return;
    xml.start("attvalue");
    xml.attribute("for", id);
    xml.attribute("value", text);
    xml.end();
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

    std::vector<std::size_t> number(graph.node_count());
    xml.start("nodes");
    xml.attribute("count", std::to_string(vertices.size()));
    std::size_t next = 0;
    for (VertexId v : vertices) {
        number[v] = next;
        const Node& node = graph.node(v);
        const NodeMetrics& m = metrics[v];
        const EntityClassInfo& cls = info(node.cls);
        xml.start("node");
        xml.attribute("id", element_id('n', next++));
        xml.attribute("label", node.name);
        if (!days[v].empty()) xml.attribute("start", days[v]);
        xml.start("attvalues");
        value(xml, "type", cls.local_name);
        value(xml, "iri", node.iri);
        value(xml, "aliases", joined_aliases(node));
        value(xml, "confidence", format_decimal(node.confidence));
        value(xml, "degree", std::to_string(m.degree));
        value(xml, "weighted_degree", format_decimal(m.weighted_degree));
        value(xml, "pagerank", format_decimal(m.pagerank));
        value(xml, "betweenness", with_betweenness ? format_decimal(m.betweenness) : std::string());
        value(xml, "mentions", std::to_string(m.mentions));
        xml.end();
        xml.start("viz:color");
        xml.attribute("r", std::to_string(cls.colour.r));
        xml.attribute("g", std::to_string(cls.colour.g));
        xml.attribute("b", std::to_string(cls.colour.b));
        xml.end();
        xml.start("viz:size");
        double size = 4.0 + (top_rank > 0 ? 36.0 * m.pagerank / top_rank : 0.0);
        xml.attribute("value", format_decimal(static_cast<double>(static_cast<long long>(size * 100 + 0.5)) / 100));
        xml.end();
        xml.end();
    }
    xml.end();

    xml.start("edges");
    xml.attribute("count", std::to_string(graph.edge_count()));
    next = 0;
    for (EdgeId e : graph.sorted_edges()) {
        const Edge& edge = graph.edge(e);
        const PredicateInfo& predicate = info(edge.predicate);
        xml.start("edge");
        xml.attribute("id", element_id('e', next++));
        xml.attribute("source", element_id('n', number[boost::source(e, g)]));
        xml.attribute("target", element_id('n', number[boost::target(e, g)]));
        xml.attribute("label", predicate.graph_type);
        xml.attribute("weight", format_decimal(edge.weight));
        xml.start("attvalues");
        value(xml, "relation", predicate.local_name);
        value(xml, "role", edge.role);
        value(xml, "confidence", format_decimal(edge.confidence));
        if (!edge.evidence.empty()) {
            value(xml, "evidence", edge.evidence.front().sentence);
            value(xml, "evidence_count", std::to_string(edge.evidence.size()));
            value(xml, "source_doc", article_iri(options.ns, edge.evidence.front().document));
        }
        xml.end();
        xml.end();
    }
    xml.end();
    xml.end();  // graph
    xml.end_document();
}

}  // namespace newsgraph
