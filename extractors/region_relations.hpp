// A place written with its region ("St. Paul, Minnesota", "Irving, Texas") lies in that region: the
// relation the comma states, whatever the parse made of it.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace newsgraph {

// locatedIn from each place whose name ends with ", " and the name of the place mentioned right after its
// comma, to that place; evidence the sentence, with `extractor` and the rule "located/named-region".
std::vector<Relation> named_region_relations(const Document& doc, std::string_view extractor);

}  // namespace newsgraph
