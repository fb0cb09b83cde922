// GraphML writer: key declarations, then nodes, then edges, each value
// formatted here and escaped by libxml2.
#include "exporters/graphml_writer.hpp"

#include "core/iri.hpp"
#include "exporters/property_graph_ids.hpp"
#include "exporters/xml_stream.hpp"
#include "graph/metrics.hpp"

#include <string>
#include <unordered_map>
#include <vector>

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
constexpr std::string_view kDataOpen = "      <data key=\"";

// One <data> line whose value libxml2 escapes here.
void data(XmlStream& xml, std::string_view key, std::string_view value) {
    if (value.empty()) return;  // NetworkX drops empty strings anyway; absence reads the same everywhere
    xml.raw(kDataOpen);
    xml.raw(key);
    xml.raw("\">");
    xml.raw_text(value);
    xml.raw("</data>\n");
}

// One <data> line whose value libxml2 escaped earlier (escape_text): vocabulary and IRIs that repeat.
void escaped_data(XmlStream& xml, std::string_view key, const std::string& escaped) {
    if (escaped.empty()) return;
    xml.raw(kDataOpen);
    xml.raw(key);
    xml.raw("\">");
    xml.raw(escaped);
    xml.raw("</data>\n");
}

// A numeric <data> line: numbers need no escaping (see XmlStream::raw_decimal).
void decimal_data(XmlStream& xml, std::string_view key, double value) {
    xml.raw(kDataOpen);
    xml.raw(key);
    xml.raw("\">");
    xml.raw_decimal(value);
    xml.raw("</data>\n");
}

template <typename Integer>
void integer_data(XmlStream& xml, std::string_view key, Integer value) {
    xml.raw(kDataOpen);
    xml.raw(key);
    xml.raw("\">");
    xml.raw_integer(value);
    xml.raw("</data>\n");
}

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

// Escaped once per predicate: its relationship type and its ontology name.
struct PredicateText {
    std::string label, predicate;
};

std::vector<PredicateText> predicate_texts(XmlStream& xml) {
    std::vector<PredicateText> texts;
    for (std::size_t i = 0; i < kPredicates.size(); ++i) {
        const PredicateInfo& predicate = info(static_cast<Predicate>(i));
        texts.push_back({xml.escape_text(predicate.graph_type), xml.escape_text(predicate.local_name)});
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

    const bool with_betweenness = graph.node_count() <= kBetweennessNodeLimit;
    const std::vector<NodeMetrics> metrics = compute_metrics(graph, with_betweenness);
    const std::vector<ClassText> classes = class_texts(xml);
    const std::vector<PredicateText> predicates = predicate_texts(xml);
    std::vector<std::size_t> number(graph.node_count());
    std::size_t next = 0;
    for (VertexId v : graph.sorted_vertices()) {
        number[v] = next;
        const Node& node = graph.node(v);
        const ClassText& cls = classes[static_cast<std::size_t>(node.cls)];
        xml.raw("    <node id=\"n");
        xml.raw_integer(next++);
        xml.raw("\">\n");
        data(xml, "n_label", node.name);
        escaped_data(xml, "labels", cls.labels);
        escaped_data(xml, "type", cls.type);
        data(xml, "iri", node.iri);
        data(xml, "aliases", joined_aliases(node));
        decimal_data(xml, "n_confidence", node.confidence);
        const NodeMetrics& m = metrics[v];
        integer_data(xml, "degree", m.degree);
        decimal_data(xml, "weighted_degree", m.weighted_degree);
        decimal_data(xml, "pagerank", m.pagerank);
        if (with_betweenness) decimal_data(xml, "betweenness", m.betweenness);
        integer_data(xml, "mentions", m.mentions);
        escaped_data(xml, "r", cls.r);
        escaped_data(xml, "g", cls.g);
        escaped_data(xml, "b", cls.b);
        xml.raw("    </node>\n");
    }

    std::unordered_map<std::string, std::string> articles;  // document id -> article IRI, escaped
    next = 0;
    for (EdgeId e : graph.sorted_edges()) {
        const Edge& edge = graph.edge(e);
        const PredicateText& predicate = predicates[static_cast<std::size_t>(edge.predicate)];
        xml.raw("    <edge id=\"e");
        xml.raw_integer(next++);
        xml.raw("\" source=\"n");
        xml.raw_integer(number[boost::source(e, g)]);
        xml.raw("\" target=\"n");
        xml.raw_integer(number[boost::target(e, g)]);
        xml.raw("\">\n");
        escaped_data(xml, "label", predicate.label);
        decimal_data(xml, "weight", edge.weight);
        escaped_data(xml, "predicate", predicate.predicate);
        data(xml, "role", edge.role);
        decimal_data(xml, "confidence", edge.confidence);
        if (!edge.evidence.empty()) {
            const Evidence& first = edge.evidence.front();
            auto found = articles.find(first.document);
            if (found == articles.end())
                found = articles.emplace(first.document, xml.escape_text(article_iri(options.ns, first.document))).first;
            data(xml, "evidence", first.sentence);
            integer_data(xml, "evidence_count", edge.evidence.size());
            integer_data(xml, "start_offset", first.span.begin);
            integer_data(xml, "end_offset", first.span.end);
            escaped_data(xml, "source_doc", found->second);
            data(xml, "extractor", first.extractor);
            data(xml, "rule", first.rule);
        }
        xml.raw("    </edge>\n");
    }
    xml.end();  // graph
    xml.end_document();
}

}  // namespace newsgraph
