// The lemmatizer learned with the tagger: per tag, the rule of each training
// word and suffix-rewrite rules for unseen words; it lives inside
// the tagger model and is applied after tagging.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "language/hash_index.hpp"
#include "language/model_file.hpp"
#include "language/word_clusters.hpp"

namespace newsgraph {

// Rewrites a word into its lemma: drop `strip` bytes from the end, then append `append`.
struct LemmaRule {
    bool lowercase = true;  // apply to the lower-cased form (else to the form as written)
    std::uint32_t strip = 0;
    std::string append;
    bool operator==(const LemmaRule&) const = default;
    auto operator<=>(const LemmaRule&) const = default;
};

// The rule that turns `form` into `lemma` (the shortest rewrite, lower-cased form on ties).
LemmaRule lemma_rule_between(std::string_view form, std::string_view lemma);
// The lemma `rule` gives for `form`, or false when the form is too short for it.
bool apply_lemma_rule(const LemmaRule& rule, std::string_view form, std::string& lemma);

// Keys of the two tables, per tag class.
std::uint64_t lemma_suffix_key(std::uint8_t tag, std::string_view suffix);
std::uint64_t lemma_word_key(std::uint8_t tag, std::string_view lower_form);
std::uint64_t lemma_word_key(std::uint8_t tag, std::uint64_t lower_hash);

// What a model file stores of the lemmatizer.
struct LemmaTables {
    std::vector<LemmaRule> rules;
    std::uint32_t max_suffix = 0;                         // in characters
    std::vector<std::uint64_t> suffix_keys, word_keys;    // lemma_suffix_key / lemma_word_key
    std::vector<std::uint32_t> suffix_rules, word_rules;  // index into `rules`
    std::vector<std::uint8_t> keeps_form;                 // per tag class: 1 for proper nouns

    void write(ModelWriter& out) const;
    static LemmaTables read(ModelReader& in, std::size_t tag_count);
};

// Lemmatizes tagged words; immutable once built.
class Lemmatizer {
public:
    Lemmatizer() = default;
    // `vocabulary`: the word-cluster table, whose order of frequency chooses between the suffix rules' lemmas
    // of an unseen word (none: the longest suffix's).
    explicit Lemmatizer(LemmaTables tables, WordClusters vocabulary = {});
    // The lemma of `form` tagged with class `tag`.
    std::string lemma(std::string_view form, std::uint8_t tag) const;
    // The same, given hash_text of the lower-cased form (the tagger has it already).
    std::string lemma(std::string_view form, std::uint64_t lower_hash, std::uint8_t tag) const;
    // The lemma unseen words get: of the lemmas the matching suffix rules give, the one the vocabulary holds
    // as the most frequent word ("raided": "raid", not the "raide" of "decided"), else the longest suffix's;
    // proper nouns keep their form.
    std::string default_lemma(std::string_view form, std::string_view lower, std::uint8_t tag) const;

private:
    LemmaTables tables_;
    HashIndex suffixes_, words_;
    WordClusters vocabulary_;
};

}  // namespace newsgraph
