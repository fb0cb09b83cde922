// GraphML writer: key declarations, then nodes, then edges, each value
// formatted here and escaped by libxml2.
#include "exporters/graphml_writer.hpp"

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

struct Key {
    const char* id;
    const char* domain;  // node | edge
    const char* name;
    const char* type;
};

// Key ids are unique in the document; node and edge keys sharing attr.name get a prefix.
constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string"},
    {"labels", "node", "labels", "string"},
    {"type", "node", "type", "string"},
    {"iri", "node", "iri", "string"},
    {"aliases", "node", "aliases", "string"},
    {"sdg_code", "node", "sdg_code", "string"},
    {"iccs_code", "node", "iccs_code", "string"},
    {"parent", "node", "parent", "string"},
    {"iso_code", "node", "iso_code", "string"},
    {"date", "node", "date", "string"},
    {"n_confidence", "node", "confidence", "double"},
    {"degree", "node", "degree", "int"},
    {"weighted_degree", "node", "weighted_degree", "double"},
    {"pagerank", "node", "pagerank", "double"},
    {"betweenness", "node", "betweenness", "double"},
    {"mentions", "node", "mentions", "int"},
    {"r", "node", "r", "int"},
    {"g", "node", "g", "int"},
    {"b", "node", "b", "int"},
    {"label", "edge", "label", "string"},
    {"weight", "edge", "weight", "double"},
    {"predicate", "edge", "predicate", "string"},
    {"role", "edge", "role", "string"},
    {"confidence", "edge", "confidence", "double"},
    {"evidence", "edge", "evidence", "string"},
    {"evidence_count", "edge", "evidence_count", "int"},
    {"start_offset", "edge", "start_offset", "long"},
    {"end_offset", "edge", "end_offset", "long"},
    {"source_doc", "edge", "source_doc", "string"},
    {"extractor", "edge", "extractor", "string"},
    {"rule", "edge", "rule", "string"},
};

// Nodes and edges are written as raw markup: fixed tags with every value escaped
// by libxml2, indented as the writer indents (see XmlStream).
constexpr ValueMarkup kData{"      <data key=\"", "\">", "</data>\n", false};

// Escaped once per class: the class name, its ":Label" and its colour.
struct ClassText {
    std::string labels, type, r, g, b;
};

std::vector<ClassText> class_texts(XmlStream& xml) {
    std::vector<ClassText> texts;
    for (std::size_t i = 0; i < kEntityClasses.size(); ++i) {
        const EntityClassInfo& cls = info(static_cast<EntityClass>(i));
        std::string labels(1, ':');
        labels += cls.local_name;
        texts.push_back({xml.escape_text(labels), xml.escape_text(cls.local_name),
                         xml.escape_text(std::to_string(cls.colour.r)), xml.escape_text(std::to_string(cls.colour.g)),
                         xml.escape_text(std::to_string(cls.colour.b))});
    }
    return texts;
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) {
    const auto& g = graph.storage();
    XmlStream xml(out);
    xml.start_document();
    xml.start("graphml");
    xml.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
    xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml.attribute("xsi:schemaLocation",
                  "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    for (const Key& key : kKeys) {
        xml.start("key");
        xml.attribute("id", key.id);
        xml.attribute("for", key.domain);
        xml.attribute("attr.name", key.name);
        xml.attribute("attr.type", key.type);
        xml.end();
    }
    xml.start("graph");
    xml.attribute("id", "G");
    xml.attribute("edgedefault", "directed");

    const PropertyGraphLayout layout = property_graph_layout(graph, options);
    const std::vector<VertexId>& vertices = layout.vertices;
    const std::vector<EdgeId>& edges = layout.edges;
    const std::vector<std::size_t>& number = layout.number;
    const std::vector<NodeMetrics>& metrics = layout.metrics;
    const bool with_betweenness = layout.with_betweenness;
    const std::vector<ClassText> classes = class_texts(xml);
    const std::vector<PredicateText> predicates =
        predicate_texts([&](std::string_view text) { return xml.escape_text(text); });

    const GraphPrefetch fetch(graph);
    struct NoState {};
    write_xml_items<NoState>(xml, vertices.size(), options, [&](XmlStream& stream, NoState&, std::size_t i) {
        fetch.ahead(vertices, i);
        const VertexId v = vertices[i];
        const Node& node = graph.node(v);
        const ClassText& cls = classes[static_cast<std::size_t>(node.cls)];
        stream.raw("    <node id=\"n");
        stream.raw_integer(i);
        stream.raw("\">\n");
        text_line(stream, kData, "n_label", node.name);
        escaped_line(stream, kData, "labels", cls.labels);
        escaped_line(stream, kData, "type", cls.type);
        text_line(stream, kData, "iri", node.iri);
        text_line(stream, kData, "aliases", joined_aliases(node));
        const NodeCodes codes = node_codes(node, options.ns);
        text_line(stream, kData, "sdg_code", codes.sdg_code);
        text_line(stream, kData, "iccs_code", codes.iccs_code);
        text_line(stream, kData, "parent", codes.parent);
        text_line(stream, kData, "iso_code", codes.iso_code);
        text_line(stream, kData, "date", node.date);
        decimal_line(stream, kData, "n_confidence", node.confidence);
        const NodeMetrics& m = metrics[v];
        integer_line(stream, kData, "degree", m.degree);
        decimal_line(stream, kData, "weighted_degree", m.weighted_degree);
        decimal_line(stream, kData, "pagerank", m.pagerank);
        if (with_betweenness) decimal_line(stream, kData, "betweenness", m.betweenness);
        integer_line(stream, kData, "mentions", m.mentions);
        escaped_line(stream, kData, "r", cls.r);
        escaped_line(stream, kData, "g", cls.g);
        escaped_line(stream, kData, "b", cls.b);
        stream.raw("    </node>\n");
    });

    using Articles = std::unordered_map<std::string, std::string>;  // document id -> article IRI, escaped
    write_xml_items<Articles>(xml, edges.size(), options, [&](XmlStream& stream, Articles& articles, std::size_t i) {
        fetch.ahead(edges, i);
        const EdgeId e = edges[i];
        const Edge& edge = graph.edge(e);
        const PredicateText& predicate = predicates[static_cast<std::size_t>(edge.predicate)];
        stream.raw("    <edge id=\"e");
        stream.raw_integer(i);
        stream.raw("\" source=\"n");
        stream.raw_integer(number[boost::source(e, g)]);
        stream.raw("\" target=\"n");
        stream.raw_integer(number[boost::target(e, g)]);
        stream.raw("\">\n");
        escaped_line(stream, kData, "label", predicate.type);
        decimal_line(stream, kData, "weight", edge.weight);
        escaped_line(stream, kData, "predicate", predicate.name);
        text_line(stream, kData, "role", edge.role);
        decimal_line(stream, kData, "confidence", edge.confidence);
        if (!edge.evidence.empty()) {
            const Evidence& first = edge.evidence.front();
            auto found = articles.find(first.document);
            if (found == articles.end())
                found =
                    articles.emplace(first.document, stream.escape_text(article_iri(options.ns, first.document))).first;
            text_line(stream, kData, "evidence", first.sentence);
            integer_line(stream, kData, "evidence_count", edge.evidence.size());
            integer_line(stream, kData, "start_offset", first.span.begin);
            integer_line(stream, kData, "end_offset", first.span.end);
            escaped_line(stream, kData, "source_doc", found->second);
            text_line(stream, kData, "extractor", first.extractor);
            text_line(stream, kData, "rule", first.rule);
        }
        stream.raw("    </edge>\n");
    });
    xml.end();  // graph
    xml.end_document();
}

}  // namespace newsgraph
