// Relations written as lines of text for tests to compare: "subject predicate object" by entity names and the
// predicate's local name.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/predicate.hpp"

namespace newsgraph::testing {

// "subject predicate object" for relation `r` of `doc` ("Mary Jones residentOf Dallas").
inline std::string relation_line(const Document& doc, const Relation& r) {
    return doc.entities[r.subject].name + " " + std::string(info(r.predicate).local_name) + " " +
           doc.entities[r.object].name;
}

// relation_line with " [role]" after it when the relation has a role ("Ann Richards holdsPosition Texas [Gov.]").
inline std::string relation_line_with_role(const Document& doc, const Relation& r) {
    std::string line = relation_line(doc, r);
    if (!r.role.empty()) line += " [" + r.role + "]";
    return line;
}

// Every relation of `doc` written by `line` (one of the functions above, or another), sorted.
template <typename Line>
std::vector<std::string> sorted_relation_lines(const Document& doc, Line line) {
    std::vector<std::string> out;
    for (const Relation& r : doc.relations) out.push_back(line(doc, r));
    std::sort(out.begin(), out.end());
    return out;
}

// True when `lines` holds `line`.
inline bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace newsgraph::testing
