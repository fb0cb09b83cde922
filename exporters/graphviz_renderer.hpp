// Pictures of the knowledge graph (SVG, PNG) drawn by Graphviz's C library,
// and node positions from its force-directed layouts for the HTML explorer.
// Graphviz is not thread-safe: call these from one thread at a time.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "exporters/export_options.hpp"
#include "exporters/visual_selection.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

enum class PictureFormat { Svg, Png };

struct PictureOptions {
    PictureFormat format = PictureFormat::Svg;
    std::size_t max_nodes = kDefaultDrawnNodes;  // keep the entities with the highest PageRank
};

struct LayoutPoint {
    double x = 0;
    double y = 0;
};

// True when this build links Graphviz (otherwise pictures throw and layouts fall back to a circle).
bool graphviz_available();

// Draws entities coloured and shaped by class, sized by PageRank, with the
// relation on every edge and a class legend. Byte-for-byte deterministic.
// Throws Error when Graphviz is missing or fails.
void write_picture(const KnowledgeGraph& graph, const PictureOptions& options, std::ostream& out);

// One position (in points) per `selection.nodes` entry, laid out over `selection.edges`.
std::vector<LayoutPoint> layout_positions(const KnowledgeGraph& graph, const VisualGraph& selection);

// A display label: words wrapped at `width` bytes, at most `lines` lines
// (the last one ending in "…"), never splitting a UTF-8 sequence.
std::vector<std::string> wrap_label(std::string_view text, std::size_t width = 18, std::size_t lines = 3);

}  // namespace newsgraph
