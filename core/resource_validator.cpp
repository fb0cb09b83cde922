// Checking ontology data files against their declared formats.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "core/error.hpp"
#include "core/resource_formats.hpp"
#include "core/resources.hpp"

namespace newsgraph {

namespace {

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at; (at = text.find(separator, start)) != std::string_view::npos; start = at + 1)
        parts.emplace_back(text.substr(start, at - start));
    parts.emplace_back(text.substr(start));
    return parts;
}

std::string join(const std::vector<std::string>& cells) {
    std::string joined;
    for (const std::string& cell : cells) joined += (joined.empty() ? "" : " ") + cell;
    return joined;
}

// The name of a resource in messages: its file in the resource directory, or its path under ontology/.
std::string shown_name(std::string_view path) {
    return resource_directory().empty() ? std::string(path) : resource_directory() + "/" + std::string(path);
}

// The first column of every line of a resource (its keys).
std::vector<std::string> first_cells(std::string_view path) {
    std::vector<std::string> keys;
    for (const TsvRow& row : numbered_tsv_resource(path)) keys.push_back(row.fields[0]);
    return keys;
}

// "expected 6 columns (key, canonical name, ...)".
std::string expected_columns(const ResourceFormat& format) {
    std::string names;
    for (const std::string& name : split(format.columns, '|')) names += (names.empty() ? "" : ", ") + name;
    std::size_t all = split(format.columns, '|').size();
    std::string count =
        format.required == all ? std::to_string(all) : std::to_string(format.required) + " to " + std::to_string(all);
    return "expected " + count + " tab-separated columns (" + names + ")";
}

// The problem with one line's cells, or "".
std::string check_cells(const ResourceFormat& format, const std::vector<std::string>& cells, const KeysOf& keys_of) {
    std::size_t all = split(format.columns, '|').size();
    if (cells.size() < format.required || cells.size() > all)
        return expected_columns(format) + ", found " + std::to_string(cells.size());
    if (cells[0].empty()) return "empty first column (" + split(format.columns, '|')[0] + ")";
    for (const ColumnValues& allowed : format.values) {
        if (allowed.column >= cells.size()) continue;
        auto options = split(allowed.values, '|');
        if (std::find(options.begin(), options.end(), cells[allowed.column]) == options.end())
            return "'" + cells[allowed.column] + "' is not one of " + std::string(allowed.values);
    }
    for (const ColumnReference& reference : format.references) {
        if (reference.column >= cells.size() || cells[reference.column].empty()) continue;
        auto wanted = reference.separator ? split(cells[reference.column], reference.separator)
                                          : std::vector<std::string>{cells[reference.column]};
        for (const std::string& key : wanted) {
            bool known = false;
            for (std::string_view file : reference.files) {
                const auto& keys = keys_of(file);
                known = known || std::find(keys.begin(), keys.end(), key) != keys.end();
            }
            if (!known && !key.empty())
                return "'" + key + "' is not a key of " + std::string(reference.files.front()) +
                       (reference.files.size() > 1 ? " or the other files it may name" : "");
        }
    }
    return {};
}

}  // namespace

void validate_tsv(const ResourceFormat& format, std::string_view text, const std::string& shown,
                  const KeysOf& keys_of) {
    std::set<std::vector<std::string>> keys;
    std::istringstream in{std::string(text)};
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells = split(line, '\t');
        std::string problem = check_cells(format, cells, keys_of);
        if (problem.empty() && format.key_columns > 0) {
            std::vector<std::string> key(cells.begin(), cells.begin() + std::min(format.key_columns, cells.size()));
            if (!keys.insert(key).second) problem = "duplicate key '" + join(key) + "'";
        }
        if (!problem.empty()) throw Error(shown + ":" + std::to_string(number), problem);
    }
}

void validate_resources() {
    std::map<std::string, std::vector<std::string>, std::less<>> cache;
    KeysOf keys_of = [&](std::string_view path) -> const std::vector<std::string>& {
        auto found = cache.find(path);
        if (found == cache.end()) found = cache.emplace(std::string(path), first_cells(path)).first;
        return found->second;
    };
    for (const Resource& shipped : embedded_resources()) {
        std::string_view path = shipped.path;
        if (path.size() < 4 || path.substr(path.size() - 4) != ".tsv") continue;
        const ResourceFormat* format = resource_format(path);
        if (!format) throw Error(shown_name(path), "no declared format (core/resource_formats.cpp)");
        validate_tsv(*format, resource(path), shown_name(path), keys_of);
    }
    std::map<std::string, std::string> owners;  // key space + key -> file that has it
    for (const ResourceFormat& format : resource_formats()) {
        if (format.key_space.empty()) continue;
        for (const TsvRow& row : numbered_tsv_resource(format.path)) {
            auto [at, added] = owners.emplace(std::string(format.key_space) + "\t" + row.fields[0], format.path);
            if (!added)
                throw Error(shown_name(format.path) + ":" + std::to_string(row.line),
                            "key '" + row.fields[0] + "' is also a key of " + at->second);
        }
    }
}

}  // namespace newsgraph
