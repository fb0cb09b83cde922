// A place written with its region ("St. Paul, Minnesota", "Irving, Texas") lies in that region, and a
// legislator tagged "D-Mass." lives in the state, "Detroit-based" and "Toronto-born" say where the name after
// them is based or was born: relations the punctuation states, whatever the parse made of it.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace newsgraph {

// locatedIn from each place whose name ends with ", " and the name of the place mentioned right after its
// comma, to that place; evidence the sentence, with `extractor` and the rule "located/named-region".
std::vector<Relation> named_region_relations(const Document& doc, std::string_view extractor);

// residentOf from a legislator to the state of the party-and-state tag after the name ("Sen. Edward Kennedy,
// D-Mass.": the state the person represents and lives in); the rule "resident/party-state".
std::vector<Relation> party_state_relations(const Document& doc, std::string_view extractor);

// basedIn from the organization named right after "PLACE-based" (up to three lower-case words between:
// "Detroit-based General Motors", "the Munich-based engineering group Siemens"); the rule "based/place-compound".
std::vector<Relation> place_compound_relations(const Document& doc, std::string_view extractor);

// bornIn from the person named right after "PLACE-born" (up to three lower-case words between: "the Toronto-born
// actor Daniel Okafor", "Dublin-born singer Aoife Brennan"); the rule "born/place-compound".
std::vector<Relation> birthplace_compound_relations(const Document& doc, std::string_view extractor);

// residentOf from a person written "NAME, AGE, of PLACE" or "NAME, AGE, from PLACE" ("Mary Jones, 45, of
// Dallas") to the place; the rule "resident/age-of-place".
std::vector<Relation> age_place_relations(const Document& doc, std::string_view extractor);

}  // namespace newsgraph
