// ISO 3166-1 codes of the countries of the places lexicon (lexicons/place_codes.tsv).
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// ISO 3166-1 alpha-2 code of the country with this canonical name ("Kenya" -> "KE"), or empty.
std::string iso_country_code(std::string_view name);

}  // namespace newsgraph
