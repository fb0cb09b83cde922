// Streams the explorer template with the library and the graph's JSON spliced in.
#include "exporters/html_explorer.hpp"

#include <rapidjson/writer.h>

#include <cmath>
#include <map>
#include <string>

#include "core/error.hpp"
#include "core/iri.hpp"
#include "exporters/explorer_assets.hpp"
#include "exporters/graphviz_renderer.hpp"
#include "exporters/visual_selection.hpp"
#include "graph/metrics.hpp"

namespace newsgraph {

namespace {

constexpr std::string_view kLibraryMarker = "<!--NEWSGRAPH:LIBRARY-->";
constexpr std::string_view kDataMarker = "<!--NEWSGRAPH:DATA-->";

// RapidJSON output stream into an std::ostream that writes every '<' as
// \u003c: '<' only occurs inside JSON strings, so the JSON stays equal while
// no "</script>" or "<!--" can end or confuse the <script> element holding it.
class ScriptSafeStream {
public:
    using Ch = char;
    explicit ScriptSafeStream(std::ostream& out) : out_(out) {}
    void Put(char c) {
        if (c == '<')
            out_ << "\\u003c";
        else
            out_.put(c);
    }
    void Flush() { out_.flush(); }

private:
    std::ostream& out_;
};

using JsonWriter = rapidjson::Writer<ScriptSafeStream>;

void string(JsonWriter& json, std::string_view text) {
    json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

// Rounded so the file is smaller and byte-for-byte stable.
void number(JsonWriter& json, double value, double scale) { json.Double(std::round(value * scale) / scale); }

std::string_view shape_of(EntityClass cls) {
    switch (cls) {
        case EntityClass::Person:
            return "ellipse";
        case EntityClass::Organization:
            return "round-rectangle";
        case EntityClass::Place:
            return "triangle";
        case EntityClass::Goal:
            return "octagon";
        case EntityClass::Threat:
            return "hexagon";
        case EntityClass::Event:
            return "rhomboid";
        case EntityClass::Quote:
            return "tag";
        case EntityClass::Amount:
            return "diamond";
        case EntityClass::Article:
            return "rectangle";
    }
    return "ellipse";
}

void write_data(const KnowledgeGraph& graph, const vocab::Namespaces& ns, std::ostream& out) {
    const auto& g = graph.storage();
    const VisualGraph selection = select_for_explorer(graph);
    const auto metrics = compute_metrics(graph, false);  // PageRank and degree only: betweenness is O(V*E)
    const auto positions = layout_positions(graph, selection);

    std::map<std::string, int> article_index;  // article IRI -> position in "articles"
    std::vector<VertexId> articles;
    for (VertexId v : graph.sorted_vertices()) {
        if (graph.node(v).cls != EntityClass::Article) continue;
        article_index.emplace(graph.node(v).iri, static_cast<int>(articles.size()));
        articles.push_back(v);
    }
    std::vector<int> node_index(graph.node_count(), -1);
    for (std::size_t i = 0; i < selection.nodes.size(); ++i) node_index[selection.nodes[i]] = static_cast<int>(i);

    ScriptSafeStream stream(out);
    JsonWriter json(stream);
    json.StartObject();
    json.Key("classes");
    json.StartArray();
    for (const auto& row : kEntityClasses) {
        json.StartObject();
        json.Key("name");
        string(json, row.local_name);
        json.Key("colour");
        char colour[8];
        std::snprintf(colour, sizeof colour, "#%02x%02x%02x", row.colour.r, row.colour.g, row.colour.b);
        string(json, colour);
        json.Key("shape");
        string(json, shape_of(row.cls));
        json.EndObject();
    }
    json.EndArray();
    json.Key("predicates");
    json.StartArray();
    for (const auto& row : kPredicates) {
        json.StartObject();
        json.Key("name");
        string(json, row.local_name);
        json.Key("symmetric");
        json.Bool(row.symmetric);
        json.Key("typed");
        json.Bool(is_typed_relation(row.predicate));
        json.EndObject();
    }
    json.EndArray();
    json.Key("cooccurrenceOnly");
    json.Bool(selection.cooccurrence);

    json.Key("articles");
    json.StartArray();
    for (VertexId v : articles) {
        const Node& node = graph.node(v);
        json.StartObject();
        json.Key("iri");
        string(json, node.iri);
        json.Key("title");
        string(json, node.meta.title.empty() ? node.name : node.meta.title);
        json.Key("date");
        string(json, node.meta.date);
        json.Key("url");
        string(json, node.meta.url);
        json.EndObject();
    }
    json.EndArray();

    json.Key("nodes");
    json.StartArray();
    for (std::size_t i = 0; i < selection.nodes.size(); ++i) {
        const VertexId v = selection.nodes[i];
        const Node& node = graph.node(v);
        json.StartObject();
        json.Key("iri");
        string(json, node.iri);
        json.Key("name");
        string(json, node.name);
        json.Key("cls");
        json.Int(static_cast<int>(node.cls));
        json.Key("aliases");
        json.StartArray();
        for (const auto& alias : node.aliases) string(json, alias);
        json.EndArray();
        json.Key("articles");
        json.StartArray();
        for (const auto& iri : node.articles)
            if (auto it = article_index.find(iri); it != article_index.end()) json.Int(it->second);
        json.EndArray();
        if (!node.text.empty()) {
            json.Key("text");
            string(json, node.text);
        }
        json.Key("pagerank");
        number(json, metrics[v].pagerank, 1e6);
        json.Key("degree");
        json.Int(metrics[v].degree);
        json.Key("x");
        number(json, positions[i].x, 10);
        json.Key("y");
        number(json, positions[i].y, 10);
        json.EndObject();
    }
    json.EndArray();

    json.Key("edges");
    json.StartArray();
    for (EdgeId e : selection.edges) {
        const Edge& edge = graph.edge(e);
        json.StartObject();
        json.Key("s");
        json.Int(node_index[boost::source(e, g)]);
        json.Key("t");
        json.Int(node_index[boost::target(e, g)]);
        json.Key("p");
        json.Int(static_cast<int>(edge.predicate));
        if (!edge.role.empty()) {
            json.Key("role");
            string(json, edge.role);
        }
        json.Key("weight");
        number(json, edge.weight, 1e3);
        json.Key("evidence");
        json.StartArray();
        for (const Evidence& evidence : edge.evidence) {
            json.StartObject();
            json.Key("sentence");
            string(json, evidence.sentence);
            json.Key("article");
            auto it = article_index.find(article_iri(ns, evidence.document));
            json.Int(it == article_index.end() ? -1 : it->second);
            json.Key("document");
            string(json, evidence.document);
            json.Key("confidence");
            number(json, evidence.confidence, 1e3);
            json.Key("rule");
            string(json, evidence.extractor.empty() ? evidence.rule : evidence.extractor + "/" + evidence.rule);
            json.EndObject();
        }
        json.EndArray();
        json.EndObject();
    }
    json.EndArray();
    json.EndObject();
}

}  // namespace

void write_html_explorer(const KnowledgeGraph& graph, const vocab::Namespaces& ns, std::ostream& out) {
    const std::string_view page = explorer_asset("explorer.html");
    const std::string_view library = explorer_asset("cytoscape.min.js");
    const auto library_at = page.find(kLibraryMarker);
    const auto data_at = page.find(kDataMarker);
    if (page.empty() || library.empty() || library_at == std::string_view::npos || data_at == std::string_view::npos ||
        data_at < library_at)
        throw Error("this newsgraph was built without the HTML explorer files (exporters/explorer/)");
    // The library sits inside <script>; it must not close that element itself.
    if (library.find("</script") != std::string_view::npos)
        throw Error("the embedded explorer library contains \"</script\" and cannot be inlined");

    out << page.substr(0, library_at);
    out << "<script>" << library << "</script>";
    out << page.substr(library_at + kLibraryMarker.size(), data_at - library_at - kLibraryMarker.size());
    out << "<script type=\"application/json\" id=\"graph-data\">";
    write_data(graph, ns, out);
    out << "</script>";
    out << page.substr(data_at + kDataMarker.size());
}

}  // namespace newsgraph
