// Shared by the property-graph writers (GraphML, GEXF), which both name nodes
// and edges alike: n0.. in IRI order, e0.. in sorted edge order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "exporters/export_options.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/metrics.hpp"

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

// What both writers compute before writing a node: the orders, the ids and the metrics.
struct PropertyGraphLayout {
    std::vector<VertexId> vertices;    // node n<i> is vertices[i]
    std::vector<EdgeId> edges;         // edge e<i> is edges[i]
    std::vector<std::size_t> number;   // vertex -> its i
    std::vector<NodeMetrics> metrics;  // by vertex
    bool with_betweenness = false;     // small enough for exact betweenness (kBetweennessNodeLimit)
};

// With options.threads > 1 the metrics are computed while the orders are sorted.
PropertyGraphLayout property_graph_layout(const KnowledgeGraph& graph, const ExportOptions& options);

// A predicate's relationship type ("HOLDS_POSITION") and ontology name
// ("holdsPosition"), escaped once by `escape` for the context they are written in.
struct PredicateText {
    std::string type, name;
};

template <typename Escape>
std::vector<PredicateText> predicate_texts(Escape escape) {
    std::vector<PredicateText> texts;
    for (std::size_t i = 0; i < kPredicates.size(); ++i) {
        const PredicateInfo& predicate = info(static_cast<Predicate>(i));
        texts.push_back({escape(predicate.graph_type), escape(predicate.local_name)});
    }
    return texts;
}

}  // namespace newsgraph
