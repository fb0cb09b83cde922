// Resolves "the city" and "city mayor" to the city the article is about.
#include "extractors/city_references.hpp"

#include <map>

#include "extractors/organization_references.hpp"

namespace newsgraph {

namespace {

// The place named most before offset `at` that may be a city (a gazetteer city, or a place it does not know).
int most_named_city(const Document& doc, std::size_t at, const Gazetteer& gazetteer) {
    std::map<int, int> counts;
    for (const Mention& m : doc.mentions) {
        if (m.span.begin >= at || m.entity < 0 || m.cls != EntityClass::Place) continue;
        const Entity& place = doc.entities[static_cast<std::size_t>(m.entity)];
        const GazetteerEntry* entry = place.key.empty() ? nullptr : gazetteer.find_key(place.key);
        if (!entry || entry->kind == "city") ++counts[m.entity];
    }
    return leading_entity(counts);
}

}  // namespace

void anchor_city_references(const Document& doc, const DependencyTree& tree, const WordSet& city_nouns,
                            const WordSet& offices, const Gazetteer& gazetteer, Anchors& anchors) {
    for (int w = 0; w < static_cast<int>(tree.size()); ++w) {
        const auto at = static_cast<std::size_t>(w);
        if (tree.word(w).upos != "NOUN" || anchors.named[at] || anchors.entity[at] >= 0) continue;
        if (!has(city_nouns, tree.lemma(w))) continue;
        const int head = tree.head(w);
        const bool office = tree.relation(w) == "compound" && head >= 0 && has(offices, tree.lemma(head));
        if (!office && !(argument(tree, w) && bare_definite(tree, w))) continue;
        const int city = most_named_city(doc, tree.word(w).span.begin, gazetteer);
        if (city < 0) continue;
        anchors.entity[at] = city;
        anchors.span[at] = tree.word(w).span;
        anchors.reference[at] = true;
    }
}

}  // namespace newsgraph
