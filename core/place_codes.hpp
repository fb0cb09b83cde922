// ISO codes of the places of the lexicons: ISO 3166-1 for the countries of places.tsv
// (lexicons/place_codes.tsv), ISO 3166-2 for the subdivisions (lexicons/subdivisions.tsv).
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// ISO code of the place with this canonical name: "Kenya" -> "KE", "Devon" -> "GB-DEV"; empty when unknown.
std::string iso_place_code(std::string_view name);

}  // namespace newsgraph
