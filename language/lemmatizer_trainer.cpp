#include "language/lemmatizer_trainer.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/text.hpp"
#include "language/tagger_features.hpp"

namespace newsgraph {

namespace {

using RuleCounts = std::map<LemmaRule, std::uint32_t>;

// The most frequent rule (the smallest on ties) and its count.
std::pair<LemmaRule, std::uint32_t> most_frequent(const RuleCounts& counts) {
    std::pair<LemmaRule, std::uint32_t> best{{}, 0};
    for (const auto& [rule, count] : counts)
        if (count > best.second) best = {rule, count};
    return best;
}

struct WordStats {
    RuleCounts rules;
    std::map<std::string, std::uint32_t> lemmas;
};

// The rule a training word keeps: when all its spellings have one lemma, the rewrite of its
// lower-cased form (right for "I" and "i" alike); else its most frequent rule.
LemmaRule word_rule(const std::string& lower, const WordStats& stats) {
    if (stats.lemmas.size() == 1) {
        LemmaRule rule = lemma_rule_between(lower, stats.lemmas.begin()->first);
        rule.lowercase = true;
        return rule;
    }
    return most_frequent(stats.rules).first;
}

std::uint32_t rule_id(LemmaTables& tables, std::map<LemmaRule, std::uint32_t>& ids, const LemmaRule& rule) {
    auto [it, added] = ids.emplace(rule, static_cast<std::uint32_t>(tables.rules.size()));
    if (added) tables.rules.push_back(rule);
    return it->second;
}

// Per (tag, suffix) the rules of the distinct words ending so.
std::map<std::pair<std::uint8_t, std::string>, RuleCounts> suffix_counts(
    const std::map<std::pair<std::uint8_t, std::string>, WordStats>& words, std::uint32_t max_suffix) {
    std::map<std::pair<std::uint8_t, std::string>, RuleCounts> counts;
    for (const auto& [key, stats] : words) {
        LemmaRule rule = most_frequent(stats.rules).first;
        for (std::size_t n = 0; n <= max_suffix; ++n) {
            std::string_view suffix = last_chars(key.second, n);
            if (n > 0 && suffix.size() == key.second.size()) break;
            ++counts[{key.first, std::string(suffix)}][rule];
        }
    }
    return counts;
}

void add_suffix_rules(LemmaTables& tables, std::map<LemmaRule, std::uint32_t>& ids,
                      const std::map<std::pair<std::uint8_t, std::string>, RuleCounts>& counts,
                      std::uint32_t min_types) {
    for (const auto& [key, rules] : counts) {
        auto [rule, count] = most_frequent(rules);
        std::uint32_t types = 0;
        for (const auto& entry : rules) types += entry.second;
        if (!key.second.empty() && types < min_types) continue;
        // Kept only where it differs from what the nearest shorter kept suffix says.
        bool differs = key.second.empty();
        for (std::size_t n = key.second.size(); !differs && n-- > 0;) {
            std::string_view shorter = last_chars(key.second, n);
            if (shorter.size() >= key.second.size()) continue;
            auto parent = counts.find({key.first, std::string(shorter)});
            std::uint32_t parent_types = 0;
            for (const auto& entry : parent->second) parent_types += entry.second;
            if (!shorter.empty() && parent_types < min_types) continue;
            differs = most_frequent(parent->second).first != rule;
            break;
        }
        if (!differs) continue;
        tables.suffix_keys.push_back(lemma_suffix_key(key.first, key.second));
        tables.suffix_rules.push_back(rule_id(tables, ids, rule));
    }
}

}  // namespace

LemmaTables learn_lemma_tables(const std::vector<LemmaExample>& examples, std::vector<std::uint8_t> keeps_form,
                               std::uint32_t max_suffix, std::uint32_t min_types) {
    std::map<std::pair<std::uint8_t, std::string>, WordStats> words;
    for (const LemmaExample& example : examples) {
        if (example.lemma.empty() || example.lemma == "_") continue;
        WordStats& stats = words[{example.tag, ascii_lower(example.form)}];
        ++stats.rules[lemma_rule_between(example.form, example.lemma)];
        ++stats.lemmas[example.lemma];
    }
    LemmaTables tables;
    tables.max_suffix = max_suffix;
    tables.keeps_form = std::move(keeps_form);
    std::map<LemmaRule, std::uint32_t> ids;
    add_suffix_rules(tables, ids, suffix_counts(words, max_suffix), min_types);
    // Every training word gets its own most frequent rule: one lookup for the words seen.
    for (const auto& [key, stats] : words) {
        tables.word_keys.push_back(lemma_word_key(key.first, key.second));
        tables.word_rules.push_back(rule_id(tables, ids, word_rule(key.second, stats)));
    }
    return tables;
}

}  // namespace newsgraph
