// Graphviz pictures and the HTML explorer: selection, labels, SVG/PNG/HTML output.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include <chrono>
#include <sstream>

#include "bench/synthetic_graph.hpp"
#include "core/iri.hpp"
#include "corpus/corpus_build.hpp"
#include "exporters/graphviz_renderer.hpp"
#include "exporters/html_explorer.hpp"
#include "exporters/visual_selection.hpp"
#include "extractors/registry.hpp"
#include "graph/metrics.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

const KnowledgeGraph& seed_graph() {
    static const KnowledgeGraph graph = [] {
        std::vector<std::string> inputs{std::string(NEWSGRAPH_SOURCE_DIR) + "/samples/un-cybercrime.md"};
        return build_corpus(inputs, default_pipeline(), CorpusOptions{}, [](const Diagnostic&) {}).graph;
    }();
    return graph;
}

VertexId add(KnowledgeGraph& graph, EntityClass cls, const std::string& name) {
    Node node;
    node.cls = cls;
    node.name = name;
    node.iri = entity_iri(vocab::Namespaces{}, cls, name);
    return graph.add_node(node);
}

std::string picture(const KnowledgeGraph& graph, PictureFormat format, std::size_t max_nodes = 150) {
    std::ostringstream out;
    write_picture(graph, PictureOptions{format, max_nodes}, out);
    return out.str();
}

std::string explorer(const KnowledgeGraph& graph) {
    std::ostringstream out;
    write_html_explorer(graph, vocab::Namespaces{}, out);
    return out.str();
}

// The JSON held by <script id="graph-data">, as the browser's JSON.parse sees it.
rapidjson::Document explorer_data(const std::string& html) {
    const std::string open = "<script type=\"application/json\" id=\"graph-data\">";
    auto begin = html.find(open);
    REQUIRE(begin != std::string::npos);
    begin += open.size();
    auto end = html.find("</script>", begin);
    REQUIRE(end != std::string::npos);
    rapidjson::Document doc;
    doc.Parse(html.data() + begin, end - begin);
    REQUIRE_FALSE(doc.HasParseError());
    return doc;
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// Width and height from a PNG's IHDR chunk; {0, 0} when it is not a PNG.
std::pair<unsigned, unsigned> png_size(const std::string& png) {
    if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || png.compare(12, 4, "IHDR") != 0)
        return {0, 0};
    auto be32 = [&](std::size_t at) {
        unsigned value = 0;
        for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(png[at + i]);
        return value;
    };
    return {be32(16), be32(20)};
}

}  // namespace

TEST_CASE("wrap_label wraps at word boundaries and truncates with an ellipsis", "[visual]") {
    CHECK(wrap_label("António Guterres", 18, 3) == std::vector<std::string>{"António Guterres"});
    CHECK(wrap_label("United Nations Office on Drugs and Crime", 18, 3) ==
          std::vector<std::string>{"United Nations", "Office on Drugs", "and Crime"});
    CHECK(wrap_label("one two three four five six seven eight nine ten", 9, 2) ==
          std::vector<std::string>{"one two", "three…"});
    // A long word is cut on a character boundary, never inside "é".
    auto cut = wrap_label("ééééééééééé", 4, 3);
    REQUIRE(cut.size() == 1);
    CHECK(cut[0] == "éééé…");
}

TEST_CASE("pictures leave out articles and co-occurrence when typed relations exist", "[visual]") {
    KnowledgeGraph graph;
    VertexId article = add(graph, EntityClass::Article, "Article");
    VertexId a = add(graph, EntityClass::Person, "Ann Lee");
    VertexId b = add(graph, EntityClass::Organization, "Acme");
    VertexId c = add(graph, EntityClass::Place, "Lisbon");
    graph.add_weight(article, Predicate::Mentions, a, 1);
    graph.add_weight(a, Predicate::CoOccursWith, c, 1);
    graph.add_edge(a, Predicate::PartOf, b, "", Evidence{});
    auto metrics = compute_metrics(graph);

    VisualGraph typed = select_for_picture(graph, metrics, 150);
    CHECK(typed.nodes.size() == 2);  // Lisbon only co-occurs
    REQUIRE(typed.edges.size() == 1);
    CHECK(graph.edge(typed.edges[0]).predicate == Predicate::PartOf);
    CHECK_FALSE(typed.cooccurrence);

    VisualGraph explorer_view = select_for_explorer(graph);
    CHECK(explorer_view.nodes.size() == 3);
    CHECK(explorer_view.edges.size() == 2);  // partOf and coOccursWith, never mentions

    CHECK(select_for_picture(graph, metrics, 1).nodes.size() == 1);
}

TEST_CASE("pictures draw co-occurrence when there is no typed relation", "[visual]") {
    KnowledgeGraph graph;
    VertexId a = add(graph, EntityClass::Person, "Ann Lee");
    VertexId b = add(graph, EntityClass::Place, "Lisbon");
    graph.add_weight(a, Predicate::CoOccursWith, b, 3);
    VisualGraph view = select_for_picture(graph, compute_metrics(graph), 150);
    CHECK(view.cooccurrence);
    CHECK(view.nodes.size() == 2);
    CHECK(view.edges.size() == 1);
    if (graphviz_available())
        CHECK(picture(graph, PictureFormat::Svg).find("(no typed relation)") != std::string::npos);
}

TEST_CASE("SVG of the seed article is XML with the legend and the Secretary-General", "[visual]") {
    if (!graphviz_available()) return;
    const std::string svg = picture(seed_graph(), PictureFormat::Svg);
    xmlDocPtr doc = xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "graph.svg", nullptr, XML_PARSE_NONET);
    REQUIRE(doc != nullptr);
    CHECK(std::string(reinterpret_cast<const char*>(xmlDocGetRootElement(doc)->name)) == "svg");
    xmlFreeDoc(doc);
    CHECK(svg.find(">Legend<") != std::string::npos);
    CHECK(svg.find(">Person<") != std::string::npos);
    CHECK(svg.find(">Organization<") != std::string::npos);
    CHECK(svg.find("António Guterres") != std::string::npos);
    CHECK(svg.find("holdsPosition") != std::string::npos);
    CHECK(svg.find(">mentions<") == std::string::npos);
    CHECK(svg == picture(seed_graph(), PictureFormat::Svg));  // deterministic
}

TEST_CASE("PNG of the seed article has sane dimensions and is deterministic", "[visual]") {
    if (!graphviz_available()) return;
    const std::string png = picture(seed_graph(), PictureFormat::Png);
    auto [width, height] = png_size(png);
    CHECK(width >= 200);
    CHECK(height >= 100);
    CHECK(width <= 3840);
    CHECK(height <= 3840);
    CHECK(png == picture(seed_graph(), PictureFormat::Png));
}

TEST_CASE("the HTML explorer embeds the library and script-safe JSON of every entity", "[visual]") {
    const KnowledgeGraph& graph = seed_graph();
    const std::string html = explorer(graph);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("cytoscape") != std::string::npos);
    CHECK(html.find("<!--NEWSGRAPH:") == std::string::npos);
    CHECK(count(html, "</script>") == 3);  // library, data, app: nothing closes early

    auto data = explorer_data(html);
    std::size_t entities = 0;
    for (VertexId v : graph.sorted_vertices()) entities += graph.node(v).cls != EntityClass::Article;
    CHECK(data["nodes"].Size() == entities);
    bool guterres = false;
    for (const auto& node : data["nodes"].GetArray())
        guterres = guterres || std::string(node["name"].GetString()) == "António Guterres";
    CHECK(guterres);
    bool evidence = false;
    for (const auto& edge : data["edges"].GetArray())
        evidence = evidence || (edge["evidence"].Size() > 0 && edge["evidence"][0]["sentence"].GetStringLength() > 0);
    CHECK(evidence);
    CHECK(html == explorer(graph));  // deterministic
}

TEST_CASE("the explorer's JSON cannot close its script element", "[visual]") {
    KnowledgeGraph graph;
    VertexId a = add(graph, EntityClass::Person, "</script><script>alert(1)</script>");
    VertexId b = add(graph, EntityClass::Place, "<!-- Lisbon");
    Evidence evidence;
    evidence.sentence = "He wrote </SCRIPT> and <!--<script> here.";
    graph.add_edge(a, Predicate::LocatedIn, b, "", evidence);
    const std::string html = explorer(graph);
    CHECK(count(html, "</script>") == 3);
    auto data = explorer_data(html);
    CHECK(std::string(data["nodes"][0]["name"].GetString()) == "</script><script>alert(1)</script>");
    CHECK(std::string(data["edges"][0]["evidence"][0]["sentence"].GetString()) ==
          "He wrote </SCRIPT> and <!--<script> here.");
}

// Registered on its own in tests/visual/CMakeLists.txt (takes tens of seconds).
TEST_CASE("a 10,000-entity graph renders to SVG, PNG and HTML", "[.][visual-large]") {
    const KnowledgeGraph graph = synthetic_graph(50000);
    std::size_t entities = 0;
    for (VertexId v : graph.sorted_vertices()) entities += graph.node(v).cls != EntityClass::Article;
    REQUIRE(entities >= 10000);
    auto timed = [](auto&& work) {
        auto start = std::chrono::steady_clock::now();
        work();
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    if (graphviz_available()) {
        std::string svg, png;
        double svg_seconds = timed([&] { svg = picture(graph, PictureFormat::Svg); });
        double png_seconds = timed([&] { png = picture(graph, PictureFormat::Png); });
        CHECK(svg.find("top 150 of " + std::to_string(entities) + " entities by PageRank") != std::string::npos);
        auto [width, height] = png_size(png);
        CHECK(width > 0);
        CHECK(height <= 3840);
        CHECK(svg_seconds < 60);
        CHECK(png_seconds < 60);
    }
    std::string html;
    double html_seconds = timed([&] { html = explorer(graph); });
    CHECK(explorer_data(html)["nodes"].Size() == entities);
    CHECK(html_seconds < 180);
}
