// Nationality named by a demonym alone: "Australian journalist Peter Greste" or "Peter Greste, an Australian
// journalist" names Australia even where the article never names the country, so the country becomes an entity
// the relation patterns can reach ("nationality").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "extractors/dependency_tree.hpp"
#include "extractors/gazetteer.hpp"
#include "extractors/mention_anchors.hpp"

namespace newsgraph {

// Anchors every demonym of the sentence that describes one of its people at its place: the article's entity for
// that place (`places`: entity by place key), or a new Place entity appended to the document, whose mention is
// appended to `created` (added to the document by the caller, once no pointer into its mentions is held). A
// demonym that describes an organization or a place is anchored only at a place the article names.
void anchor_demonym_places(Document& doc, const DependencyTree& tree, const Gazetteer& gazetteer,
                           std::unordered_map<std::string, int>& places, Anchors& anchors,
                           std::vector<Mention>& created);

}  // namespace newsgraph
