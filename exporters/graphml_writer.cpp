// GraphML writer: key declarations, then nodes, then edges, each value
// formatted here and escaped by libxml2.
#include "exporters/graphml_writer.hpp"

#include "core/iri.hpp"
#include "exporters/number_format.hpp"
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

void data(XmlStream& xml, std::string_view key, std::string_view value) {
    if (value.empty()) return;  // NetworkX drops empty strings anyway; absence reads the same everywhere
    xml.start("data");
    xml.attribute("key", key);
    xml.text(value);
    xml.end();
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
    std::vector<std::size_t> number(graph.node_count());
    std::size_t next = 0;
    for (VertexId v : graph.sorted_vertices()) {
        number[v] = next;
        const Node& node = graph.node(v);
        const EntityClassInfo& cls = info(node.cls);
        xml.start("node");
        xml.attribute("id", element_id('n', next++));
        data(xml, "n_label", node.name);
        std::string labels(1, ':');
        labels += cls.local_name;
        data(xml, "labels", labels);
        data(xml, "type", cls.local_name);
        data(xml, "iri", node.iri);
        data(xml, "aliases", joined_aliases(node));
        data(xml, "n_confidence", format_decimal(node.confidence));
        const NodeMetrics& m = metrics[v];
        data(xml, "degree", std::to_string(m.degree));
        data(xml, "weighted_degree", format_decimal(m.weighted_degree));
        data(xml, "pagerank", format_decimal(m.pagerank));
        data(xml, "betweenness", with_betweenness ? format_decimal(m.betweenness) : std::string());
        data(xml, "mentions", std::to_string(m.mentions));
        data(xml, "r", std::to_string(cls.colour.r));
        data(xml, "g", std::to_string(cls.colour.g));
        data(xml, "b", std::to_string(cls.colour.b));
        xml.end();
    }

    std::unordered_map<std::string, std::string> articles;  // document id -> article IRI
    next = 0;
    for (EdgeId e : graph.sorted_edges()) {
        const Edge& edge = graph.edge(e);
        const PredicateInfo& predicate = info(edge.predicate);
        xml.start("edge");
        xml.attribute("id", element_id('e', next++));
        xml.attribute("source", element_id('n', number[boost::source(e, g)]));
        xml.attribute("target", element_id('n', number[boost::target(e, g)]));
        data(xml, "label", predicate.graph_type);
        data(xml, "weight", format_decimal(edge.weight));
        data(xml, "predicate", predicate.local_name);
        data(xml, "role", edge.role);
        data(xml, "confidence", format_decimal(edge.confidence));
        if (!edge.evidence.empty()) {
            const Evidence& first = edge.evidence.front();
            auto found = articles.find(first.document);
            if (found == articles.end())
                found = articles.emplace(first.document, article_iri(options.ns, first.document)).first;
            data(xml, "evidence", first.sentence);
            data(xml, "evidence_count", std::to_string(edge.evidence.size()));
            data(xml, "start_offset", std::to_string(first.span.begin));
            data(xml, "end_offset", std::to_string(first.span.end));
            data(xml, "source_doc", found->second);
            data(xml, "extractor", first.extractor);
            data(xml, "rule", first.rule);
        }
        xml.end();
    }
    xml.end();  // graph
    xml.end_document();
}

}  // namespace newsgraph
