// Money amounts from currency symbols, codes and words around numbers.
#include "extractors/amount_extractor.hpp"

#include <array>
#include <cstdlib>
#include <string>
#include <utility>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

// Currency written before the number: symbol or ISO code.
std::string prefix_currency(std::string_view word) {
    static const std::array<std::pair<std::string_view, std::string_view>, 20> kPrefixes{
        {{"$", "USD"},   {"\u20ac", "EUR"}, {"\u00a3", "GBP"}, {"\u00a5", "JPY"}, {"\u20b9", "INR"},
         {"USD", "USD"}, {"EUR", "EUR"},    {"GBP", "GBP"},    {"JPY", "JPY"},    {"CHF", "CHF"},
         {"CNY", "CNY"}, {"INR", "INR"},    {"AUD", "AUD"},    {"CAD", "CAD"},    {"RMB", "CNY"},
         {"NZD", "NZD"}, {"HKD", "HKD"},    {"ZAR", "ZAR"},    {"SEK", "SEK"},    {"KES", "KES"}}};
    for (auto [text, code] : kPrefixes)
        if (word == text) return std::string(code);
    return {};
}

// Country prefix before "$": "US$", "A$", "C$", "NZ$", "HK$".
std::string dollar_country(std::string_view word) {
    if (word == "US") return "USD";
    if (word == "A" || word == "AU") return "AUD";
    if (word == "C" || word == "CA") return "CAD";
    if (word == "NZ") return "NZD";
    if (word == "HK") return "HKD";
    if (word == "S") return "SGD";
    return {};
}

// Currency written after the number: "dollars", "euros".
std::string suffix_currency(std::string_view word) {
    std::string w = ascii_lower(word);
    if (w == "dollars" || w == "dollar" || w == "usd") return "USD";
    if (w == "euros" || w == "euro" || w == "eur") return "EUR";
    if (w == "pounds" || w == "gbp" || w == "sterling") return "GBP";
    if (w == "yen") return "JPY";
    if (w == "yuan" || w == "renminbi") return "CNY";
    if (w == "rupees") return "INR";
    if (w == "francs") return "CHF";
    return {};
}

// Parses "1,500.25" or "450m" (number with an attached scale); false when not a number.
bool parse_number(std::string_view word, double& value) {
    std::string digits;
    std::size_t i = 0;
    for (; i < word.size(); ++i) {
        char c = word[i];
        if ((c >= '0' && c <= '9') || c == '.')
            digits += c;
        else if (c == ',')
            continue;
        else
            break;
    }
    if (digits.empty() || !(digits[0] >= '0' && digits[0] <= '9')) return false;
    value = std::strtod(digits.c_str(), nullptr);
    if (i < word.size()) {
        double scale = scale_of(word.substr(i));
        if (scale == 0.0) return false;
        value *= scale;
    }
    return true;
}

}  // namespace

double scale_of(std::string_view word) {
    std::string w = ascii_lower(word);
    if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
    if (w == "billion" || w == "bn" || w == "b" || w == "bln") return 1e9;
    if (w == "million" || w == "m" || w == "mn" || w == "mln") return 1e6;
    if (w == "thousand" || w == "k") return 1e3;
    return 0.0;
}

std::vector<MoneyValue> AmountExtractor::find(const Document& doc, const Sentence& sentence) {
    std::vector<MoneyValue> found;
    const auto& tokens = sentence.tokens;
    std::size_t n = tokens.size();
    auto word = [&](std::size_t k) { return doc.view(tokens[k]); };
    auto adjacent = [&](std::size_t a, std::size_t b) { return tokens[a].end == tokens[b].begin; };
    for (std::size_t k = 0; k < n; ++k) {
        std::string currency = prefix_currency(word(k));
        std::size_t begin = k;
        if (!currency.empty() && word(k) == "$" && k > 0 && adjacent(k - 1, k)) {
            std::string country = dollar_country(word(k - 1));
            if (!country.empty()) {
                currency = country;
                begin = k - 1;
            }
        }
        double value = 0.0;
        std::size_t number_at = k + 1;
        if (!currency.empty() && number_at < n && parse_number(word(number_at), value)) {
            std::size_t end = number_at + 1;
            if (end < n) {
                double scale = scale_of(word(end));
                if (scale != 0.0 && (word(end).size() > 2 || adjacent(number_at, end) || is_lower_word(word(end)))) {
                    value *= scale;
                    ++end;
                }
            }
            found.push_back({value, currency, {tokens[begin].begin, tokens[end - 1].end}});
            k = end - 1;
            continue;
        }
        // "20 million euros", "300 US dollars"
        if (starts_with_digit(word(k)) && parse_number(word(k), value)) {
            std::size_t end = k + 1;
            if (end < n && scale_of(word(end)) != 0.0 && word(end).size() > 2) {
                value *= scale_of(word(end));
                ++end;
            }
            std::size_t c = end;
            if (c < n && (word(c) == "US" || word(c) == "U.S.")) ++c;
            if (c < n) {
                std::string code = suffix_currency(word(c));
                if (code == "GBP" && ascii_lower(word(c)) == "pounds" && c + 1 < n && ascii_lower(word(c + 1)) == "of")
                    code.clear();
                if (!code.empty()) {
                    found.push_back({value, code, {tokens[k].begin, tokens[c].end}});
                    k = c;
                }
            }
        }
    }
    return found;
}

void AmountExtractor::run(Document& doc) const {
    for (const Sentence& sentence : doc.sentences) {
        for (const MoneyValue& money : find(doc, sentence)) {
            Mention mention;
            mention.span = money.span;
            mention.cls = EntityClass::Amount;
            mention.name = squeeze_spaces(doc.view(money.span));
            mention.confidence = confidence::kMoney;
            mention.rule = "amounts/money";
            mention.entity = static_cast<int>(doc.entities.size());
            Entity entity;
            entity.cls = EntityClass::Amount;
            entity.name = mention.name;
            entity.confidence = confidence::kMoney;
            entity.value = money.value;
            entity.currency = money.currency;
            entity.span = money.span;
            entity.mentions.push_back(doc.mentions.size());
            doc.mentions.push_back(std::move(mention));
            doc.entities.push_back(std::move(entity));
        }
    }
}

}  // namespace newsgraph
