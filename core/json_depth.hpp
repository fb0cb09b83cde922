// A nesting limit for every JSON text newsgraph parses: RapidJSON's parser (and
// code walking its tree) recurses once per level, so deeper input would overflow the stack.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsgraph {

// The deepest nesting of arrays and objects newsgraph reads.
inline constexpr std::size_t kMaxJsonDepth = 1000;

// Byte offset of the bracket that first nests deeper than `limit` in `text`
// (brackets inside strings do not count), or npos when there is none.
std::size_t find_json_too_deep(std::string_view text, std::size_t limit = kMaxJsonDepth);

// Throws Error (without a file name) "JSON nested too deeply (limit N levels) at line L, column C"
// (the line left out when it is the first) when `text` nests deeper than kMaxJsonDepth.
void check_json_depth(std::string_view text);

}  // namespace newsgraph
