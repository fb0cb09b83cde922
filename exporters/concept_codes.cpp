// Looking a node up in the taxonomy by class and name.
#include "exporters/concept_codes.hpp"

#include <map>

#include "core/concepts.hpp"
#include "core/iri.hpp"
#include "core/place_codes.hpp"

namespace newsgraph {

NodeCodes node_codes(const Node& node, const vocab::Namespaces& ns) {
    NodeCodes codes;
    if (node.cls == EntityClass::Place) {
        codes.iso_code = iso_place_code(node.name);
        return codes;
    }
    const Concept* item = concepts().by_name(node.cls, node.name);
    if (!item) return codes;
    codes.notations = item->codes;
    codes.exact_match = item->exact_match;
    codes.cyber = item->cyber;
    if (item->scheme == "sdg") codes.sdg_code = item->codes.front();
    if (item->scheme == "iccs")
        for (const std::string& code : item->codes)
            if (!code.empty() && code[0] >= '0' && code[0] <= '9')
                codes.iccs_code += (codes.iccs_code.empty() ? "" : " ") + code;
    if (const Concept* parent = concepts().parent(*item)) codes.parent = entity_iri(ns, parent->cls, parent->name);
    return codes;
}

std::vector<BroaderConcept> broader_concepts(const KnowledgeGraph& graph, const vocab::Namespaces& ns) {
    std::map<std::string, const Concept*> above;  // by IRI: sorted and unique
    const auto& g = graph.storage();
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
        const Node& node = g[v];
        const Concept* item = concepts().by_name(node.cls, node.name);
        for (const Concept* up = item ? concepts().parent(*item) : nullptr; up; up = concepts().parent(*up)) {
            std::string iri = entity_iri(ns, up->cls, up->name);
            if (graph.find(iri) || !above.emplace(std::move(iri), up).second) break;
        }
    }
    std::vector<BroaderConcept> out;
    for (const auto& [iri, item] : above) {
        Node node;
        node.cls = item->cls;
        node.name = item->name;
        out.push_back({iri, item->name, node_codes(node, ns)});
    }
    return out;
}

}  // namespace newsgraph
