// Shared by the property-graph writers (GraphML, GEXF), which both name nodes
// and edges alike: n0.. in IRI order, e0.. in sorted edge order.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <string>

namespace newsgraph {

// A node's aliases in one attribute value, " | " between them (sorted, as stored).
inline std::string joined_aliases(const Node& node) {
    std::string joined;
    for (const auto& alias : node.aliases) {
        if (!joined.empty()) joined += " | ";
        joined += alias;
    }
    return joined;
}

}  // namespace newsgraph
