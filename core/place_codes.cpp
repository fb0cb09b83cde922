// Place codes by the slug of the canonical name, read once.
#include "core/place_codes.hpp"

#include <unordered_map>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {

// Adds column `code_column` of `file` by the slug of column 1; `ok` checks the code.
void add_codes(std::unordered_map<std::string, std::string>& codes, std::string_view file, std::size_t code_column,
               bool (*ok)(const std::string&), const char* expected) {
    for (const TsvRow& row : numbered_tsv_resource(file)) {
        if (row.fields.size() <= code_column || !ok(row.fields[code_column]))
            throw Error(std::string(file) + ":" + std::to_string(row.line), expected);
        codes.emplace(slug(row.fields[1]), row.fields[code_column]);
    }
}

std::unordered_map<std::string, std::string> load_codes() {
    std::unordered_map<std::string, std::string> codes;
    add_codes(
        codes, "lexicons/place_codes.tsv", 2, [](const std::string& code) { return code.size() == 2; },
        "expected place key, canonical name and a two-letter ISO 3166-1 code");
    add_codes(
        codes, "lexicons/subdivisions.tsv", 6,
        [](const std::string& code) { return code.size() > 3 && code[2] == '-'; },
        "expected the seven columns of a subdivision, the last an ISO 3166-2 code such as GB-DEV");
    return codes;
}

}  // namespace

std::string iso_place_code(std::string_view name) {
    static const std::unordered_map<std::string, std::string> codes = load_codes();
    auto found = codes.find(slug(name));
    return found == codes.end() ? std::string() : found->second;
}

}  // namespace newsgraph
