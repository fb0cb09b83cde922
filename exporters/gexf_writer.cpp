// GEXF writer over XmlStream; values formatted here, escaped by libxml2.
#include "exporters/gexf_writer.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/iri.hpp"
#include "exporters/concept_codes.hpp"
#include "exporters/graph_prefetch.hpp"
#include "exporters/property_graph_ids.hpp"
#include "exporters/value_lines.hpp"
#include "exporters/xml_chunks.hpp"
#include "exporters/xml_stream.hpp"

namespace newsgraph {

namespace {

struct Attribute {
    const char* id;
    const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"},      {"iri", "string"},
    {"aliases", "string"},   {"sdg_code", "string"},
    {"iccs_code", "string"}, {"parent", "string"},
    {"iso_code", "string"},  {"confidence", "double"},
    {"degree", "integer"},   {"weighted_degree", "double"},
    {"pagerank", "double"},  {"betweenness", "double"},
    {"mentions", "integer"},
};
constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"},        {"role", "string"},       {"confidence", "double"}, {"evidence", "string"},
    {"evidence_count", "integer"}, {"source_doc", "string"},
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
constexpr ValueMarkup kAttvalue{"          <attvalue for=\"", "\" value=\"", "\"/>\n", true};

// Escaped once per class (its name) and per predicate (relationship type, ontology name).
std::vector<std::string> class_names(XmlStream& xml) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < kEntityClasses.size(); ++i)
        names.push_back(xml.escape_attribute(info(static_cast<EntityClass>(i)).local_name));
    return names;
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
    const PropertyGraphLayout layout = property_graph_layout(graph, options);
    const std::vector<VertexId>& vertices = layout.vertices;
    const std::vector<EdgeId>& edges = layout.edges;
    const std::vector<std::size_t>& number = layout.number;
    const std::vector<NodeMetrics>& metrics = layout.metrics;
    const bool with_betweenness = layout.with_betweenness;
    std::vector<std::string> days(graph.node_count());
    bool dated = false;
    for (VertexId v : vertices) dated |= !(days[v] = first_day(graph, graph.node(v))).empty();
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
    const std::vector<PredicateText> predicates =
        predicate_texts([&](std::string_view text) { return xml.escape_attribute(text); });
    xml.start("nodes");
    xml.attribute("count", std::to_string(vertices.size()));
    const GraphPrefetch fetch(graph);
    struct NoState {};
    write_xml_items<NoState>(xml, vertices.size(), options, [&](XmlStream& stream, NoState&, std::size_t i) {
        fetch.ahead(vertices, i);
        const VertexId v = vertices[i];
        const Node& node = graph.node(v);
        const NodeMetrics& m = metrics[v];
        const EntityClassInfo& cls = info(node.cls);
        stream.raw("      <node id=\"n");
        stream.raw_integer(i);
        stream.raw("\" label=\"");
        stream.raw_attribute(node.name);
        if (!days[v].empty()) {
            stream.raw("\" start=\"");
            stream.raw_attribute(days[v]);
        }
        stream.raw("\">\n        <attvalues>\n");
        escaped_line(stream, kAttvalue, "type", classes[static_cast<std::size_t>(node.cls)]);
        text_line(stream, kAttvalue, "iri", node.iri);
        text_line(stream, kAttvalue, "aliases", joined_aliases(node));
        const NodeCodes codes = node_codes(node, options.ns);
        text_line(stream, kAttvalue, "sdg_code", codes.sdg_code);
        text_line(stream, kAttvalue, "iccs_code", codes.iccs_code);
        text_line(stream, kAttvalue, "parent", codes.parent);
        text_line(stream, kAttvalue, "iso_code", codes.iso_code);
        decimal_line(stream, kAttvalue, "confidence", node.confidence);
        integer_line(stream, kAttvalue, "degree", m.degree);
        decimal_line(stream, kAttvalue, "weighted_degree", m.weighted_degree);
        decimal_line(stream, kAttvalue, "pagerank", m.pagerank);
        if (with_betweenness) decimal_line(stream, kAttvalue, "betweenness", m.betweenness);
        integer_line(stream, kAttvalue, "mentions", m.mentions);
        stream.raw("        </attvalues>\n        <viz:color r=\"");
        stream.raw_integer(cls.colour.r);
        stream.raw("\" g=\"");
        stream.raw_integer(cls.colour.g);
        stream.raw("\" b=\"");
        stream.raw_integer(cls.colour.b);
        stream.raw("\"/>\n        <viz:size value=\"");
        double size = 4.0 + (top_rank > 0 ? 36.0 * m.pagerank / top_rank : 0.0);
        stream.raw_decimal(static_cast<double>(static_cast<long long>(size * 100 + 0.5)) / 100);
        stream.raw("\"/>\n      </node>\n");
    });
    xml.end();

    xml.start("edges");
    xml.attribute("count", std::to_string(edges.size()));
    using Articles = std::unordered_map<std::string, std::string>;  // document id -> article IRI, escaped
    write_xml_items<Articles>(xml, edges.size(), options, [&](XmlStream& stream, Articles& articles, std::size_t i) {
        fetch.ahead(edges, i);
        const EdgeId e = edges[i];
        const Edge& edge = graph.edge(e);
        const PredicateText& predicate = predicates[static_cast<std::size_t>(edge.predicate)];
        stream.raw("      <edge id=\"e");
        stream.raw_integer(i);
        stream.raw("\" source=\"n");
        stream.raw_integer(number[boost::source(e, g)]);
        stream.raw("\" target=\"n");
        stream.raw_integer(number[boost::target(e, g)]);
        stream.raw("\" label=\"");
        stream.raw(predicate.type);
        stream.raw("\" weight=\"");
        stream.raw_decimal(edge.weight);
        stream.raw("\">\n        <attvalues>\n");
        escaped_line(stream, kAttvalue, "relation", predicate.name);
        text_line(stream, kAttvalue, "role", edge.role);
        decimal_line(stream, kAttvalue, "confidence", edge.confidence);
        if (!edge.evidence.empty()) {
            const Evidence& first = edge.evidence.front();
            auto found = articles.find(first.document);
            if (found == articles.end())
                found =
                    articles.emplace(first.document, stream.escape_attribute(article_iri(options.ns, first.document)))
                        .first;
            text_line(stream, kAttvalue, "evidence", first.sentence);
            integer_line(stream, kAttvalue, "evidence_count", edge.evidence.size());
            escaped_line(stream, kAttvalue, "source_doc", found->second);
        }
        stream.raw("        </attvalues>\n      </edge>\n");
    });
    xml.end();
    xml.end();  // graph
    xml.end_document();
}

}  // namespace newsgraph
