// Lone surnames joined to the one full name that carries them.
#include "graph/surname_merge.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/text.hpp"

namespace newsgraph {

namespace {

// Space-separated words of a name, folded ("António Guterres" -> antonio, guterres).
std::vector<std::string> name_words(const std::string& name) {
    std::vector<std::string> words;
    std::string folded = fold(name);
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        if (end > start) words.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

}  // namespace

std::size_t merge_lone_surnames(KnowledgeGraph& graph) {
    const GraphStorage& storage = graph.storage();
    const std::vector<VertexId> order = graph.sorted_vertices();
    // surname -> full-name person nodes carrying it (several = ambiguous)
    std::map<std::string, std::vector<VertexId>> full_names;
    std::vector<std::pair<VertexId, std::string>> lone_names;  // one-word people, folded
    for (VertexId v : order) {
        const Node& node = storage[v];
        if (node.cls != EntityClass::Person) continue;
        std::vector<std::string> words = name_words(node.name);
        if (words.size() >= 2)
            full_names[words.back()].push_back(v);
        else if (words.size() == 1)
            lone_names.emplace_back(v, std::move(words.front()));
    }
    std::map<VertexId, VertexId> target;
    for (const auto& [v, surname] : lone_names) {
        auto found = full_names.find(surname);
        if (found != full_names.end() && found->second.size() == 1) target[v] = found->second.front();
    }
    if (target.empty()) return 0;

    KnowledgeGraph merged;
    std::map<VertexId, VertexId> moved;  // old vertex -> vertex in `merged`
    for (VertexId v : order)
        if (!target.count(v)) moved[v] = merged.add_node(storage[v]);
    for (VertexId v : order) {
        auto to = target.find(v);
        if (to == target.end()) continue;
        Node node = storage[v];
        node.iri = storage[to->second].iri;
        moved[v] = merged.add_node(node);
    }
    for (EdgeId e : graph.sorted_edges()) {
        VertexId subject = moved[boost::source(e, storage)];
        VertexId object = moved[boost::target(e, storage)];
        if (subject == object) continue;  // "Guterres" co-occurring with "António Guterres"
        merged.merge_edge(subject, object, storage[e]);
    }
    graph = std::move(merged);
    return target.size();
}

}  // namespace newsgraph
