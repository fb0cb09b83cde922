// One pass over the JSON text counting open brackets, skipping strings.
#include "core/json_depth.hpp"

#include <algorithm>
#include <string>

#include "core/error.hpp"

namespace newsgraph {

std::size_t find_json_too_deep(std::string_view text, std::size_t limit) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;  // the escaped character cannot end the string
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

void check_json_depth(std::string_view text) {
    std::size_t offset = find_json_too_deep(text);
    if (offset == std::string_view::npos) return;
    std::string_view before = text.substr(0, offset);
    std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    std::size_t line_start = before.rfind('\n');
    std::size_t column = offset + 1 - (line_start == std::string_view::npos ? 0 : line_start + 1);
    std::string place = line == 1 ? "" : "line " + std::to_string(line) + ", ";
    throw Error("JSON nested too deeply (limit " + std::to_string(kMaxJsonDepth) + " levels) at " + place + "column " +
                std::to_string(column));
}

}  // namespace newsgraph
