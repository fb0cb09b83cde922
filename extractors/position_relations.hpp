// holdsPosition relations (Person -> Organization, role = the title as written)
// from appositions and pre-modified names: "X, Executive Director of Y",
// "Y Executive Director X", "Y's chief X", "X, Y's regional director", "X, who heads Y".
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/document.hpp"

namespace newsgraph {

namespace scan {
class ScannedSentences;
}

// How far up an organization a title reaches.
enum class TitleKind { Leader, Deputy, Staff, Member };

// Position titles from ontology/patterns/titles.tsv. Immutable after construction.
class TitleLexicon {
public:
    TitleLexicon();
    // Tokens covered by the longest title starting at `words[at]` (folded words), or 0.
    std::size_t match(const std::vector<std::string>& words, std::size_t at) const;
    // Kind of a title given as folded words joined by spaces; Staff when unknown.
    TitleKind kind(const std::string& folded_title) const;
    // True when a title ends with this folded word ("minister", "spokesperson").
    bool ends_title(const std::string& folded_word) const { return last_words_.count(folded_word) > 0; }
    const std::string& rule() const { return rule_; }

private:
    struct Title {
        std::vector<std::string> words;
        TitleKind kind;
    };
    std::vector<Title> titles_;
    // Titles by their first word, in the order of titles_, so a match tries only the titles that can start there.
    std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
    std::unordered_set<std::string> last_words_;
    std::string rule_ = "position/title";
};

// A person's position in an organization, as the text states it.
struct Position {
    std::size_t person = 0;        // entity index
    std::size_t organization = 0;  // entity index
    std::string role;              // title as written
    TitleKind kind = TitleKind::Staff;
    Span span;  // the words that state it
    std::string rule;
};

// A verb that states a position ("X, who heads Y"): the verb as written, the role it gives, its rule.
struct PositionVerb {
    std::string verb;
    std::string role;
    std::string rule;
};

// Finds positions in every sentence of `doc`. Pure.
class PositionFinder {
public:
    PositionFinder();
    std::vector<Position> find(const Document& doc) const;
    // The same, over sentences already scanned.
    std::vector<Position> find(const Document& doc, const scan::ScannedSentences& scans) const;
    const TitleLexicon& titles() const { return titles_; }

private:
    TitleLexicon titles_;
    std::vector<PositionVerb> head_verbs_;
};

}  // namespace newsgraph
