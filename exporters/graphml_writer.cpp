// GraphML writer: key declarations, then nodes, then edges, each value
// formatted here and escaped by libxml2.
#include "exporters/graphml_writer.hpp"

#include "core/iri.hpp"
#include "exporters/property_graph_ids.hpp"
#include "exporters/xml_chunks.hpp"
#include "exporters/xml_stream.hpp"
#include "graph/metrics.hpp"

#include <future>
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
    // With threads to spare, the metrics are computed while both orders are sorted.
    auto computing = std::async(options.threads > 1 ? std::launch::async : std::launch::deferred,
                                [&] { return compute_metrics(graph, with_betweenness); });
    const std::vector<ClassText> classes = class_texts(xml);
    const std::vector<PredicateText> predicates = predicate_texts(xml);
    const std::vector<VertexId> vertices = graph.sorted_vertices();
    const std::vector<EdgeId> edges = graph.sorted_edges();
    std::vector<std::size_t> number(graph.node_count());  // vertex -> its n<number> id
    for (std::size_t i = 0; i < vertices.size(); ++i) number[vertices[i]] = i;
    const std::vector<NodeMetrics> metrics = computing.get();

    struct NoState {};
    write_xml_items<NoState>(xml, vertices.size(), options, [&](XmlStream& out, NoState&, std::size_t i) {
        const VertexId v = vertices[i];
        const Node& node = graph.node(v);
        const ClassText& cls = classes[static_cast<std::size_t>(node.cls)];
        out.raw("    <node id=\"n");
        out.raw_integer(i);
        out.raw("\">\n");
        data(out, "n_label", node.name);
        escaped_data(out, "labels", cls.labels);
        escaped_data(out, "type", cls.type);
        data(out, "iri", node.iri);
        data(out, "aliases", joined_aliases(node));
        decimal_data(out, "n_confidence", node.confidence);
        const NodeMetrics& m = metrics[v];
        integer_data(out, "degree", m.degree);
        decimal_data(out, "weighted_degree", m.weighted_degree);
        decimal_data(out, "pagerank", m.pagerank);
        if (with_betweenness) decimal_data(out, "betweenness", m.betweenness);
        integer_data(out, "mentions", m.mentions);
        escaped_data(out, "r", cls.r);
        escaped_data(out, "g", cls.g);
        escaped_data(out, "b", cls.b);
        out.raw("    </node>\n");
    });

    using Articles = std::unordered_map<std::string, std::string>;  // document id -> article IRI, escaped
    write_xml_items<Articles>(xml, edges.size(), options, [&](XmlStream& out, Articles& articles, std::size_t i) {
        const EdgeId e = edges[i];
        const Edge& edge = graph.edge(e);
        const PredicateText& predicate = predicates[static_cast<std::size_t>(edge.predicate)];
        out.raw("    <edge id=\"e");
        out.raw_integer(i);
        out.raw("\" source=\"n");
        out.raw_integer(number[boost::source(e, g)]);
        out.raw("\" target=\"n");
        out.raw_integer(number[boost::target(e, g)]);
        out.raw("\">\n");
        escaped_data(out, "label", predicate.label);
        decimal_data(out, "weight", edge.weight);
        escaped_data(out, "predicate", predicate.predicate);
        data(out, "role", edge.role);
        decimal_data(out, "confidence", edge.confidence);
        if (!edge.evidence.empty()) {
            const Evidence& first = edge.evidence.front();
            auto found = articles.find(first.document);
            if (found == articles.end())
                found = articles.emplace(first.document, out.escape_text(article_iri(options.ns, first.document))).first;
            data(out, "evidence", first.sentence);
            integer_data(out, "evidence_count", edge.evidence.size());
            integer_data(out, "start_offset", first.span.begin);
            integer_data(out, "end_offset", first.span.end);
            escaped_data(out, "source_doc", found->second);
            data(out, "extractor", first.extractor);
            data(out, "rule", first.rule);
        }
        out.raw("    </edge>\n");
    });
    xml.end();  // graph
    xml.end_document();
}

}  // namespace newsgraph
