// Shared by the property-graph writers (GraphML, GEXF) so both name nodes and
// edges alike: n0.. in IRI order, e0.. in sorted edge order.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <string>

namespace newsgraph {

// "n12", "e3"; built by appending (GCC 12 warns falsely on "n" + std::to_string).
inline std::string element_id(char prefix, std::size_t number) {
    std::string id(1, prefix);
    id += std::to_string(number);
    return id;
}

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
