// Resolves "the city", "city mayor" and "the country" to the city or country the article is about.
#include "extractors/place_references.hpp"

#include <map>

#include "extractors/organization_references.hpp"

namespace newsgraph {

namespace {

// Whether gazetteer kind `kind` is `noun` or ends with it ("two-tier county" for "county").
bool kind_is(const std::string& kind, std::string_view noun) {
    return kind == noun ||
           (kind.size() > noun.size() && kind.ends_with(noun) && kind[kind.size() - noun.size() - 1] == ' ');
}

// The place named most before offset `at` whose gazetteer kind is `kind`; with `unknown_too`, places the
// gazetteer does not know count as well.
int most_named_place(const Document& doc, std::size_t at, const Gazetteer& gazetteer, std::string_view kind,
                     bool unknown_too) {
    std::map<int, int> counts;
    for (const Mention& m : doc.mentions) {
        if (m.span.begin >= at || m.entity < 0 || m.cls != EntityClass::Place) continue;
        const Entity& place = doc.entities[static_cast<std::size_t>(m.entity)];
        const GazetteerEntry* entry = place.key.empty() ? nullptr : gazetteer.find_key(place.key);
        if (entry ? kind_is(entry->kind, kind) : unknown_too) ++counts[m.entity];
    }
    return leading_entity(counts);
}

}  // namespace

void anchor_place_references(const Document& doc, const DependencyTree& tree, const PlaceReferenceWords& words,
                             const Gazetteer& gazetteer, Anchors& anchors) {
    for (int w = 0; w < static_cast<int>(tree.size()); ++w) {
        const auto at = static_cast<std::size_t>(w);
        if (tree.word(w).upos != "NOUN" || anchors.named[at] || anchors.entity[at] >= 0) continue;
        const std::string& noun = tree.lemma(w);
        const bool city = has(words.city_nouns, noun), country = has(words.country_nouns, noun);
        if (!city && !country && !has(words.region_nouns, noun)) continue;
        const int head = tree.head(w);
        const bool office = tree.relation(w) == "compound" && head >= 0 && has(words.offices, tree.lemma(head));
        if (!office && !(argument(tree, w) && bare_definite(tree, w))) continue;
        const std::size_t before = tree.word(w).span.begin;
        const int place = city      ? most_named_place(doc, before, gazetteer, "city", true)
                          : country ? most_named_place(doc, before, gazetteer, "country", false)
                                    : most_named_place(doc, before, gazetteer, noun, false);
        if (place < 0) continue;
        anchors.entity[at] = place;
        anchors.span[at] = tree.word(w).span;
        anchors.reference[at] = true;
    }
}

}  // namespace newsgraph
