// The words of money around a number (currency symbols, ISO 4217 codes, currency words, scale
// words), read from lexicons/money_words.tsv, currencies.tsv and scale_words.tsv.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newsgraph {

// Immutable after construction; shared by all threads through shared().
class MoneyWords {
public:
    MoneyWords();
    // The one instance for the current resource directory.
    static std::shared_ptr<const MoneyWords> shared();
    // ISO code of a currency written before the number, exactly as `word` ("$", "EUR"), or "".
    std::string prefix(std::string_view word) const;
    // ISO code of the dollar that `word` written right before "$" names ("US" -> USD), or "".
    std::string dollar_country(std::string_view word) const;
    // ISO code of a currency word after the number ("euros"), any case, or ""; "" too when `next` stops it.
    std::string suffix(std::string_view word, std::string_view next) const;
    // True for a word that may stand between a number and its currency word ("US").
    bool qualifier(std::string_view word) const;
    // Multiplier of a scale word, any case ("bn" -> 1e9), or 0.
    double scale(std::string_view word) const;

private:
    std::unordered_map<std::string, std::string> prefixes_, dollar_countries_, suffixes_, stops_;
    std::unordered_set<std::string> qualifiers_;
    std::unordered_map<std::string, double> scales_;
};

}  // namespace newsgraph
