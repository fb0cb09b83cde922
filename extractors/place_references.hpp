// "city mayor Hau Lung-bin", "the city's mayor", "the nation's capital, Wellington", "a city in the centre of the
// state": a city, country or region noun with no name of its own stands for the one place of that kind the article
// has named most before it, so relation patterns reach that place.
#pragma once

#include "core/document.hpp"
#include "extractors/dependency_tree.hpp"
#include "extractors/gazetteer.hpp"
#include "extractors/mention_anchors.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

// The word lists the references read.
struct PlaceReferenceWords {
    const WordSet& city_nouns;     // "city", "town"
    const WordSet& country_nouns;  // "country", "nation"
    const WordSet& region_nouns;   // "state", "province": the gazetteer kind of the place they stand for
    const WordSet& offices;        // public offices: "city mayor"
};

// Anchors each city, country or region noun that is a bare definite argument ("the city's mayor", "the country's
// capital", "the state") or the compound of a public office ("city mayor") at the place of its kind the article has
// named most before it, when one leads the others. A city is a gazetteer city or a place the gazetteer does not
// know; a country only a gazetteer country; a region a gazetteer place whose kind ends with the noun ("state",
// "two-tier county"). Marks `anchors.reference`.
void anchor_place_references(const Document& doc, const DependencyTree& tree, const PlaceReferenceWords& words,
                             const Gazetteer& gazetteer, Anchors& anchors);

}  // namespace newsgraph
