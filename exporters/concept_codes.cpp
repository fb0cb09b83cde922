// Looking a node up in the taxonomy by class and name.
#include "exporters/concept_codes.hpp"

#include <map>

#include "core/concepts.hpp"
#include "core/iri.hpp"
#include "core/phrase_heads.hpp"
#include "core/place_codes.hpp"

namespace newsgraph {

NodeCodes node_codes(const Node& node, const vocab::Namespaces& ns) {
    NodeCodes codes;
    if (node.cls == EntityClass::Place) {
        codes.iso_code = iso_place_code(node.name);
        return codes;
    }
    // a phrase of the parse ("knife crime") has the codes of the concept it falls under, which is its parent
    bool exact = false;
    const Concept* item = taxonomy_concept(node.cls, node.name, exact);
    if (!item) return codes;
    codes.notations = item->codes;
    if (exact) codes.exact_match = item->exact_match;
    codes.cyber = item->cyber;
    if (item->scheme == "sdg") codes.sdg_code = item->codes.front();
    if (item->scheme == "iccs")
        for (const std::string& code : item->codes)
            if (!code.empty() && code[0] >= '0' && code[0] <= '9')
                codes.iccs_code += (codes.iccs_code.empty() ? "" : " ") + code;
    if (const Concept* parent = exact ? concepts().parent(*item) : item)
        codes.parent = entity_iri(ns, parent->cls, parent->name);
    return codes;
}

std::vector<BroaderConcept> broader_concepts(const KnowledgeGraph& graph, const vocab::Namespaces& ns) {
    std::map<std::string, const Concept*> above;  // by IRI: sorted and unique
    const auto& g = graph.storage();
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
        const Node& node = g[v];
        bool exact = false;
        const Concept* item = taxonomy_concept(node.cls, node.name, exact);
        const Concept* first = item && exact ? concepts().parent(*item) : item;
        for (const Concept* up = first; up; up = concepts().parent(*up)) {
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
