// A minister's or cabinet secretary's title written before a person's name with no body or place of its own
// ("Cyber Security Minister Tom Ellery-Hughes", "Prime Minister Hiroshi Takeda", "Social Welfare Secretary Lorenzo
// Macaraig") is an office of the country the article is about.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "extractors/gazetteer.hpp"

namespace newsgraph {

// holdsPosition from each such person to the country the article names most (at least twice, more than any other
// country), the title as the role; evidence the sentence, with `extractor` and the rule
// "position/national-office+reference". None for a person the text gives a position elsewhere.
std::vector<Relation> national_office_relations(const Document& doc, const Gazetteer& gazetteer,
                                                std::string_view extractor);

}  // namespace newsgraph
