// The word lists the name extractor decides with: titles, given names, head
// words of organization/place/event names, speech verbs and never-names.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/entity_class.hpp"
#include "language/phrase_index.hpp"
#include "language/tokenizer.hpp"

namespace newsgraph {

// A word that makes a capitalized phrase a name of some class ("Office", "Stadium").
struct HeadWord {
    EntityClass cls = EntityClass::Organization;
    bool standalone = false;  // "the Commission" may name a body even with no full name before it
};

// Loaded once per component from lexicons/{titles,given_names,given_names_en,name_heads,speech_verbs,non_names,
// common_words,company_names}.tsv.
struct NameLexicons {
    explicit NameLexicons(const Tokenizer& tokenizer);
    // One copy read with the shared tokenizer, for components that only look words up.
    static std::shared_ptr<const NameLexicons> shared();
    PhraseIndex titles;                                        // "Mr", "Prime Minister", "spokesperson" (folded)
    std::vector<bool> honorific_titles;                        // by title id: "Mr", "Professor" (not a post)
    std::unordered_set<std::string> given_names;               // folded: both lists
    std::unordered_set<std::string> curated_given_names;       // folded: given_names.tsv alone
    std::unordered_map<std::string, HeadWord> heads;           // folded head word
    std::unordered_map<std::string, HeadWord> compound_heads;  // "convention centre": two folded words, one space
    std::unordered_set<std::string> speech_verbs;              // folded
    std::unordered_set<std::string> non_names;                 // folded: weekdays, months, pronouns, sentence words
    std::unordered_set<std::string> common_words;              // folded: frequent ordinary English nouns and adjectives
    std::unordered_set<std::string> company_names;             // folded: one-word names of well-known companies

    // True for a listed given name, or a hyphenated one whose first part is listed ("jean-baptiste").
    bool is_given_name(const std::string& folded) const;
    // True for a name of the curated list only: the long English list (given_names_en.tsv) also holds rare names
    // that are brands or surnames ("Chrysler"), too weak to decide a one-word name alone.
    bool is_curated_given_name(const std::string& folded) const { return curated_given_names.count(folded) > 0; }
    bool is_speech_verb(const std::string& folded) const { return speech_verbs.count(folded) > 0; }
    bool is_non_name(const std::string& folded) const { return non_names.count(folded) > 0; }
    bool is_common_word(const std::string& folded) const { return common_words.count(folded) > 0; }
    bool is_company_name(const std::string& folded) const { return company_names.count(folded) > 0; }
    // Head word entry for a folded token, or nullptr.
    const HeadWord* head(const std::string& folded) const;
    // Entry for a two-word head ("Convention Centre" is a place though "Centre" alone names a body), or nullptr.
    const HeadWord* compound_head(const std::string& before, const std::string& folded) const;
};

}  // namespace newsgraph
