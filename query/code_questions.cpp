// Looking nodes up by SDG or ICCS code through the taxonomy.
#include "query/code_questions.hpp"

#include "core/concepts.hpp"
#include "core/phrase_heads.hpp"
#include "query/graph_questions.hpp"

namespace newsgraph {

std::vector<VertexId> nodes_with_code(const KnowledgeGraph& graph, std::string_view code) {
    const std::vector<const Concept*> named = concepts().by_code(code);
    std::vector<VertexId> found;
    if (named.empty()) return found;
    for (VertexId v : graph.sorted_vertices()) {
        const Node& node = graph.node(v);
        bool exact = false;
        const Concept* item = taxonomy_concept(node.cls, node.name, exact);  // a phrase: the concept above it
        if (!item) continue;
        for (const Concept* ancestor : named)
            if (concepts().within(*item, *ancestor)) {
                found.push_back(v);
                break;
            }
    }
    return found;
}

bool print_about_code(const KnowledgeGraph& graph, std::string_view code, std::ostream& out) {
    const std::vector<const Concept*> named = concepts().by_code(code);
    if (named.empty()) return false;
    for (const Concept* item : named) {
        out << normalize_code(code) << ": " << item->name;
        if (!item->exact_match.empty()) out << " <" << item->exact_match << ">";
        out << '\n';
    }
    std::vector<VertexId> found = nodes_with_code(graph, code);
    if (found.empty()) out << "  no goal or threat of the graph has this code or one below it\n";
    for (VertexId v : found) print_about(graph, v, out);
    return true;
}

void print_about_below(const KnowledgeGraph& graph, VertexId v, std::ostream& out) {
    const Concept* top = concepts().by_name(graph.node(v).cls, graph.node(v).name);
    if (!top) return;
    bool first = true;
    for (VertexId w : graph.sorted_vertices()) {
        const Node& node = graph.node(w);
        const Concept* item = w == v ? nullptr : concepts().by_name(node.cls, node.name);
        if (!item || item == top || !concepts().within(*item, *top)) continue;
        if (first) out << "below " << graph.node(v).name << " in the taxonomy:\n";
        first = false;
        print_about(graph, w, out);
    }
}

}  // namespace newsgraph
