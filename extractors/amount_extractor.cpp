// Money amounts from currency symbols, codes and words around numbers (the words: MoneyWords).
#include "extractors/amount_extractor.hpp"

#include <cstdlib>
#include <string>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/money_words.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

// Parses "1,500.25" or "450m" (number with an attached scale); false when not a number.
bool parse_number(const MoneyWords& words, std::string_view word, double& value) {
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
        double scale = words.scale(word.substr(i));
        if (scale == 0.0) return false;
        value *= scale;
    }
    return true;
}

}  // namespace

double scale_of(std::string_view word) { return MoneyWords::shared()->scale(word); }

std::vector<MoneyValue> AmountExtractor::find(const Document& doc, const Sentence& sentence) {
    std::vector<MoneyValue> found;
    std::shared_ptr<const MoneyWords> money = MoneyWords::shared();
    const MoneyWords& words = *money;
    const auto& tokens = sentence.tokens;
    std::size_t n = tokens.size();
    auto word = [&](std::size_t k) { return doc.view(tokens[k]); };
    auto adjacent = [&](std::size_t a, std::size_t b) { return tokens[a].end == tokens[b].begin; };
    for (std::size_t k = 0; k < n; ++k) {
        std::string currency = words.prefix(word(k));
        std::size_t begin = k;
        if (!currency.empty() && word(k) == "$" && k > 0 && adjacent(k - 1, k)) {
            std::string country = words.dollar_country(word(k - 1));
            if (!country.empty()) {
                currency = country;
                begin = k - 1;
            }
        }
        double value = 0.0;
        std::size_t number_at = k + 1;
        if (!currency.empty() && number_at < n && parse_number(words, word(number_at), value)) {
            std::size_t end = number_at + 1;
            if (end < n) {
                double scale = words.scale(word(end));
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
        if (starts_with_digit(word(k)) && parse_number(words, word(k), value)) {
            std::size_t end = k + 1;
            if (end < n && words.scale(word(end)) != 0.0 && word(end).size() > 2) {
                value *= words.scale(word(end));
                ++end;
            }
            std::size_t c = end;
            if (c < n && words.qualifier(word(c))) ++c;
            if (c < n) {
                std::string code = words.suffix(word(c), c + 1 < n ? word(c + 1) : std::string_view());
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
