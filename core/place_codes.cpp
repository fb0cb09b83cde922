// Country codes by the slug of the canonical name, read once.
#include "core/place_codes.hpp"

#include <unordered_map>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {

std::unordered_map<std::string, std::string> load_codes() {
    std::unordered_map<std::string, std::string> codes;
    constexpr std::string_view kFile = "lexicons/place_codes.tsv";
    for (const TsvRow& row : numbered_tsv_resource(kFile)) {
        if (row.fields.size() < 3 || row.fields[2].size() != 2)
            throw Error(std::string(kFile) + ":" + std::to_string(row.line),
                        "expected place key, canonical name and a two-letter ISO 3166-1 code");
        codes.emplace(slug(row.fields[1]), row.fields[2]);
    }
    return codes;
}

}  // namespace

std::string iso_country_code(std::string_view name) {
    static const std::unordered_map<std::string, std::string> codes = load_codes();
    auto found = codes.find(slug(name));
    return found == codes.end() ? std::string() : found->second;
}

}  // namespace newsgraph
