// "city mayor Hau Lung-bin", "the city's mayor": a city noun with no name of its own stands for the one city the
// article has named most before it, so relation patterns reach that place.
#pragma once

#include "core/document.hpp"
#include "extractors/dependency_tree.hpp"
#include "extractors/gazetteer.hpp"
#include "extractors/mention_anchors.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

// Anchors each noun of `city_nouns` that is a bare definite argument ("the city's mayor") or the compound of a
// public office (`offices`: "city mayor") at the place the article has named most before it, when one leads the
// others; places the gazetteer knows count only when they are cities. Marks `anchors.reference`.
void anchor_city_references(const Document& doc, const DependencyTree& tree, const WordSet& city_nouns,
                            const WordSet& offices, const Gazetteer& gazetteer, Anchors& anchors);

}  // namespace newsgraph
