// The only file that talks to Graphviz (cgraph + gvc); everything else sees
// PictureOptions and LayoutPoint.
#include "exporters/graphviz_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>

#include "core/error.hpp"
#include "graph/metrics.hpp"

#ifdef NEWSGRAPH_HAVE_GRAPHVIZ
#include <gvc.h>
#endif

namespace newsgraph {

namespace {

constexpr const char* kFont = "Helvetica,Arial,sans-serif";

// Byte length of the UTF-8 sequence starting with `lead` (1 for stray continuation bytes).
std::size_t utf8_length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

// The longest prefix of `text` of at most `limit` bytes that ends on a character boundary.
std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
    std::size_t end = 0;
    while (end < text.size()) {
        std::size_t next = end + utf8_length(static_cast<unsigned char>(text[end]));
        if (next > limit) break;
        end = next;
    }
    return text.substr(0, std::min(end, text.size()));
}

std::string hex_colour(const Rgb& c) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r, c.g, c.b);
    return buffer;
}

std::string_view shape_of(EntityClass cls) {
    switch (cls) {
        case EntityClass::Person:
            return "ellipse";
        case EntityClass::Organization:
            return "box";
        case EntityClass::Place:
            return "house";
        case EntityClass::Goal:
            return "octagon";
        case EntityClass::Threat:
            return "hexagon";
        case EntityClass::Event:
            return "parallelogram";
        case EntityClass::Quote:
            return "note";
        case EntityClass::Amount:
            return "cds";
        case EntityClass::Article:
            return "tab";
    }
    return "ellipse";
}

#ifdef NEWSGRAPH_HAVE_GRAPHVIZ

// Graphviz reads backslash sequences (\n, \N, \G...) in plain labels: double
// every backslash so names print as written, then join lines with "\n".
std::string graphviz_label(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i) out += "\\n";
        for (char c : lines[i]) {
            if (c == '\\') out += '\\';
            out += c;
        }
    }
    return out;
}

// cgraph takes char* everywhere; these copies keep our strings const.
void set(void* object, const std::string& name, const std::string& value) {
    std::string key = name, copy = value, fallback;
    agsafeset(object, key.data(), copy.data(), fallback.data());
}

void set_html(Agraph_t* g, void* object, const std::string& name, const std::string& html) {
    std::string copy = html;
    char* label = agstrdup_html(g, copy.data());
    std::string key = name, fallback;
    agsafeset(object, key.data(), label, fallback.data());
    agstrfree(g, label);
}

// Owns a Graphviz context and one graph; frees the layout, the graph and the
// context in that order, and keeps Graphviz's warnings off stderr meanwhile.
class GraphvizSession {
public:
    explicit GraphvizSession(bool directed) : previous_level_(agseterr(AGERR)), gvc_(gvContext()) {
        if (!gvc_) throw Error("Graphviz could not start (no context)");
        std::string name = "newsgraph";
        graph_ = agopen(name.data(), directed ? Agdirected : Agundirected, nullptr);
    }
    ~GraphvizSession() {
        if (laid_out_) gvFreeLayout(gvc_, graph_);
        if (graph_) agclose(graph_);
        gvFreeContext(gvc_);
        agseterr(previous_level_);
    }
    GraphvizSession(const GraphvizSession&) = delete;
    GraphvizSession& operator=(const GraphvizSession&) = delete;

    Agraph_t* graph() const { return graph_; }
    Agnode_t* node(const std::string& name) {
        std::string copy = name;
        return agnode(graph_, copy.data(), 1);
    }
    Agedge_t* edge(Agnode_t* tail, Agnode_t* head) { return agedge(graph_, tail, head, nullptr, 1); }
    void layout(const char* engine) {
        if (gvLayout(gvc_, graph_, engine) != 0) throw Error(std::string("Graphviz ") + engine + " layout failed");
        laid_out_ = true;
    }
    void render(const char* format, std::ostream& out) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc_, graph_, format, &data, &length) != 0 || !data)
            throw Error(std::string("Graphviz could not render ") + format + " (is its cairo plugin installed?)");
        out.write(data, static_cast<std::streamsize>(length));
        gvFreeRenderData(data);
    }

private:
    agerrlevel_t previous_level_;
    GVC_t* gvc_ = nullptr;
    Agraph_t* graph_ = nullptr;
    bool laid_out_ = false;
};

// dot's layered drawing reads best for small graphs; force-directed layouts scale.
const char* engine_for(std::size_t nodes) {
    if (nodes <= 30) return "dot";
    if (nodes <= 300) return "neato";
    return "sfdp";
}

// A plain-text HTML-like table: class swatches and what the picture leaves out.
std::string legend_html(const std::vector<EntityClass>& classes, bool cooccurrence, std::size_t shown,
                        std::size_t total) {
    std::string html =
        "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
        "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
    for (EntityClass cls : classes) {
        const auto& row = info(cls);
        html += "<TR><TD BGCOLOR=\"" + hex_colour(row.colour) + "\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">" +
                std::string(row.local_name) + "</TD></TR>";
    }
    html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">edges: ";
    html += cooccurrence ? "co-occurrence (no typed relation)" : "typed relations";
    html += "</TD></TR>";
    if (shown < total)
        html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">top " + std::to_string(shown) + " of " + std::to_string(total) +
                " entities by PageRank</TD></TR>";
    return html + "</TABLE>";
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

// Black or white text, whichever reads better on `c`.
std::string text_colour(const Rgb& c) {
    double luminance = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
    return luminance > 150 ? "#000000" : "#ffffff";
}

#endif

}  // namespace

std::vector<std::string> wrap_label(std::string_view text, std::size_t width, std::size_t lines) {
    std::vector<std::string> out;
    std::string current;
    bool truncated = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t space = text.find(' ', pos);
        std::string_view word =
            text.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
        pos = space == std::string_view::npos ? text.size() : space + 1;
        if (word.empty()) continue;
        if (word.size() > 2 * width) {
            word = utf8_prefix(word, 2 * width);
            truncated = true;
        }
        if (!current.empty() && current.size() + 1 + word.size() > width) {
            out.push_back(current);
            current.clear();
            if (out.size() == lines) {
                truncated = true;
                break;
            }
        }
        if (!current.empty()) current += ' ';
        current += word;
        if (truncated) break;
    }
    if (!current.empty() && out.size() < lines) out.push_back(current);
    if (truncated && !out.empty()) out.back() += "…";
    return out;
}

#ifdef NEWSGRAPH_HAVE_GRAPHVIZ

bool graphviz_available() { return true; }

void write_picture(const KnowledgeGraph& graph, const PictureOptions& options, std::ostream& out) {
    const auto metrics = compute_metrics(graph, false);  // PageRank only: betweenness is O(V*E)
    const VisualGraph selection = select_for_picture(graph, metrics, options.max_nodes);
    const auto& g = graph.storage();
    std::size_t entities = 0;
    for (VertexId v : graph.sorted_vertices()) entities += graph.node(v).cls != EntityClass::Article;

    GraphvizSession session(true);
    Agraph_t* root = session.graph();
    const char* engine = engine_for(selection.nodes.size());
    set(root, "fontname", kFont);
    set(root, "bgcolor", "white");
    set(root, "outputorder", "edgesfirst");
    set(root, "pad", "0.3");
    if (std::string_view(engine) == "dot") {
        set(root, "rankdir", "LR");
        set(root, "nodesep", "0.25");
        set(root, "ranksep", "0.5");
    } else {
        set(root, "start", "1");  // fixed seed: same picture every run
        set(root, "overlap", "false");
        set(root, "sep", "+6");
    }
    if (options.format == PictureFormat::Png) {
        set(root, "dpi", "96");
        set(root, "size", "40,40");  // only ever scales a big graph down
    }

    double top_rank = 0;
    for (VertexId v : selection.nodes) top_rank = std::max(top_rank, metrics[v].pagerank);
    std::vector<Agnode_t*> handles(graph.node_count(), nullptr);
    std::vector<EntityClass> classes;
    for (VertexId v : selection.nodes) {
        const Node& node = graph.node(v);
        const Rgb& colour = info(node.cls).colour;
        const double scale = top_rank > 0 ? std::sqrt(metrics[v].pagerank / top_rank) : 0.5;
        Agnode_t* n = session.node(node.iri);
        handles[v] = n;
        set(n, "label", graphviz_label(wrap_label(node.name)));
        set(n, "shape", std::string(shape_of(node.cls)));
        set(n, "style", node.cls == EntityClass::Organization ? "filled,rounded" : "filled");
        set(n, "fillcolor", hex_colour(colour));
        set(n, "fontcolor", text_colour(colour));
        set(n, "color", "#333333");
        set(n, "fontname", kFont);
        set(n, "fontsize", number(9 + 9 * scale));
        set(n, "width", number(0.5 + 1.0 * scale));
        set(n, "height", number(0.3 + 0.5 * scale));
        if (std::find(classes.begin(), classes.end(), node.cls) == classes.end()) classes.push_back(node.cls);
    }
    for (EdgeId e : selection.edges) {
        const Edge& edge = graph.edge(e);
        Agedge_t* a = session.edge(handles[boost::source(e, g)], handles[boost::target(e, g)]);
        const auto& relation = info(edge.predicate);
        set(a, "color", selection.cooccurrence ? "#9a9a9a" : "#555555");
        set(a, "penwidth", number(0.8 + std::min(std::log(std::max(edge.weight, 1.0)), 3.0) * 0.6));
        set(a, "arrowsize", "0.6");
        if (relation.symmetric) set(a, "dir", "none");
        if (selection.cooccurrence) {
            set(a, "style", "dashed");
            continue;
        }
        std::vector<std::string> label{std::string(relation.local_name)};
        if (!edge.role.empty()) {
            auto role = wrap_label(edge.role, 24, 1);
            if (!role.empty()) label.push_back("(" + role.front() + ")");
        }
        set(a, "label", graphviz_label(label));
        set(a, "fontname", kFont);
        set(a, "fontsize", "8");
        set(a, "fontcolor", "#444444");
    }
    std::sort(classes.begin(), classes.end());
    Agnode_t* legend = session.node("legend");
    set(legend, "shape", "plaintext");
    set(legend, "fontname", kFont);
    set(legend, "fontsize", "10");
    set_html(root, legend, "label", legend_html(classes, selection.cooccurrence, selection.nodes.size(), entities));

    session.layout(engine);
    session.render(options.format == PictureFormat::Png ? "png" : "svg", out);
}

std::vector<LayoutPoint> layout_positions(const KnowledgeGraph& graph, const VisualGraph& selection) {
    const auto& g = graph.storage();
    GraphvizSession session(false);
    Agraph_t* root = session.graph();
    const bool big = selection.nodes.size() > 2000;
    set(root, "start", "1");
    set(root, "overlap", big ? "true" : "false");
    if (big) set(root, "quadtree", "fast");  // about half the time of "normal" on 10,000 nodes
    std::vector<Agnode_t*> handles(graph.node_count(), nullptr);
    for (VertexId v : selection.nodes) {
        Agnode_t* n = session.node(graph.node(v).iri);
        handles[v] = n;
        set(n, "shape", "point");
        set(n, "width", "0.4");
    }
    for (EdgeId e : selection.edges) session.edge(handles[boost::source(e, g)], handles[boost::target(e, g)]);
    session.layout(selection.nodes.size() <= 300 ? "neato" : "sfdp");
    std::vector<LayoutPoint> out;
    out.reserve(selection.nodes.size());
    // Graphviz's y axis points up, the browser's down.
    for (VertexId v : selection.nodes) out.push_back({ND_coord(handles[v]).x, -ND_coord(handles[v]).y});
    return out;
}

#else

bool graphviz_available() { return false; }

void write_picture(const KnowledgeGraph&, const PictureOptions&, std::ostream&) {
    throw Error(
        "this newsgraph was built without Graphviz (install libgraphviz-dev and rebuild) so it cannot draw SVG or PNG");
}

// Without Graphviz: a circle, so the explorer still opens.
std::vector<LayoutPoint> layout_positions(const KnowledgeGraph&, const VisualGraph& selection) {
    std::vector<LayoutPoint> out;
    const double n = static_cast<double>(selection.nodes.size());
    const double radius = 20.0 * std::max(n, 6.0) / (2 * std::numbers::pi);
    for (std::size_t i = 0; i < selection.nodes.size(); ++i) {
        double angle = 2 * std::numbers::pi * static_cast<double>(i) / n;
        out.push_back({radius * std::cos(angle), radius * std::sin(angle)});
    }
    return out;
}

#endif

}  // namespace newsgraph
