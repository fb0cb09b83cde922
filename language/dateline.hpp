// News datelines: "SANTIAGO, Nov 25 –", "LONDON (Reuters) -", "Maputo –" open a paragraph of wire copy.
// The sentence splitter makes a dateline a sentence of its own, so the parse of the sentence after it is
// not bent around a place name and a date.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace newsgraph {

// The index of the dash that ends a dateline starting at tokens[first], or tokens.size() when there is
// none: capitalized words (a place, perhaps a region, a date or an agency in brackets), at most ten
// tokens, then a spaced dash (or an em dash after capitals) and a capitalized word or a quotation mark.
std::size_t dateline_dash(const std::vector<Span>& tokens, std::size_t first, std::string_view text);

}  // namespace newsgraph
