// Loading the money lexicons.
#include "extractors/money_words.hpp"

#include <cstdlib>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {
std::string cell(const std::vector<std::string>& row, std::size_t i) { return i < row.size() ? row[i] : std::string(); }

template <typename Map>
std::string find_in(const Map& map, const std::string& key) {
    auto found = map.find(key);
    return found == map.end() ? std::string() : found->second;
}
}  // namespace

MoneyWords::MoneyWords() {
    for (const auto& row : tsv_resource("lexicons/currencies.tsv")) prefixes_.emplace(row[0], row[0]);
    for (const auto& row : tsv_resource("lexicons/money_words.tsv")) {
        const std::string& role = cell(row, 1);
        if (role == "prefix") prefixes_[row[0]] = cell(row, 2);
        if (role == "word") prefixes_.erase(row[0]);
        if (role == "dollar country") dollar_countries_[row[0]] = cell(row, 2);
        if (role == "suffix") suffixes_[ascii_lower(row[0])] = cell(row, 2);
        if (role == "suffix" && !cell(row, 3).empty()) stops_[ascii_lower(row[0])] = ascii_lower(cell(row, 3));
        if (role == "qualifier") qualifiers_.insert(row[0]);
    }
    for (const TsvRow& row : numbered_tsv_resource("lexicons/scale_words.tsv")) {
        char* end = nullptr;
        double value = row.fields.size() > 1 ? std::strtod(row.fields[1].c_str(), &end) : 0.0;
        if (value <= 0.0 || *end != '\0')
            throw Error("lexicons/scale_words.tsv:" + std::to_string(row.line), "expected a word and a multiplier");
        scales_[ascii_lower(row.fields[0])] = value;
    }
}

std::shared_ptr<const MoneyWords> MoneyWords::shared() { return shared_from_resources<MoneyWords>(); }

std::string MoneyWords::prefix(std::string_view word) const { return find_in(prefixes_, std::string(word)); }

std::string MoneyWords::dollar_country(std::string_view word) const {
    return find_in(dollar_countries_, std::string(word));
}

std::string MoneyWords::suffix(std::string_view word, std::string_view next) const {
    std::string w = ascii_lower(word);
    std::string stop = find_in(stops_, w);
    if (!stop.empty() && ascii_lower(next) == stop) return {};
    return find_in(suffixes_, w);
}

bool MoneyWords::qualifier(std::string_view word) const { return qualifiers_.count(std::string(word)) > 0; }

double MoneyWords::scale(std::string_view word) const {
    auto found = scales_.find(ascii_lower(word));
    return found == scales_.end() ? 0.0 : found->second;
}

}  // namespace newsgraph
