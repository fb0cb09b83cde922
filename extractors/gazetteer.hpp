// The lexicons of known things (organizations, places, threats, goals) and
// their longest-match look-up over a sentence's tokens, with case rules.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "core/entity_class.hpp"
#include "core/span.hpp"
#include "language/phrase_index.hpp"
#include "language/tokenizer.hpp"

namespace newsgraph {

// One known thing: the same key means the same entity.
struct GazetteerEntry {
    std::string key;
    std::string name;  // canonical name
    EntityClass cls = EntityClass::Place;
    std::string kind;    // places: country, city, region...; empty otherwise
    std::string parent;  // key of the parent organization or country, if any
};

// A lexicon match at one token position.
struct GazetteerHit {
    std::size_t length = 0;  // tokens matched
    const GazetteerEntry* entry = nullptr;
    bool demonym = false;  // matched a demonym ("Afghan") or a member noun ("Scientologist") rather than a name
};

// Loads lexicons/{organizations,places,subdivisions}.tsv and the goals and threats of concepts(). Immutable afterwards.
class Gazetteer {
public:
    explicit Gazetteer(const Tokenizer& tokenizer);
    // Longest acceptable match starting at tokens[at]; `folded` holds fold_token() of each token.
    // With `only`, entries of that class alone, at most `max_length` tokens long. `in_context`: the words around
    // already say it is a name of that class, so a name that is also a surname or a word need not stand alone.
    std::optional<GazetteerHit> match(std::string_view text, const std::vector<Span>& tokens,
                                      const std::vector<std::string>& folded, std::size_t at,
                                      std::optional<EntityClass> only = std::nullopt, std::size_t max_length = SIZE_MAX,
                                      bool in_context = false) const;
    // The match of one word alone (`word` bytes of `text`) among the entries of class `only`.
    std::optional<GazetteerHit> match_word(std::string_view text, Span word, EntityClass only,
                                           bool in_context = false) const;
    // Entry by key, or nullptr.
    const GazetteerEntry* find_key(const std::string& key) const;
    const std::vector<GazetteerEntry>& entries() const { return entries_; }

private:
    struct Alias {
        std::size_t entry;
        std::string surface;  // as written in the lexicon
        bool exact_case;      // all-capital aliases ("WHO", "US") must match exactly
        bool demonym;
        bool standalone = false;  // one-word subdivision: only between words that are not capitalized
    };
    void add(const Tokenizer& tokenizer, std::size_t entry, const std::string& surface, bool demonym,
             bool standalone = false);

    std::vector<GazetteerEntry> entries_;
    std::vector<Alias> aliases_;
    PhraseIndex index_;
    std::unordered_map<std::string, std::size_t> by_key_;
};

// The mention of a lexicon entry over `span`: the entry's class, canonical name and key.
Mention lexicon_mention(const GazetteerEntry& entry, Span span, double confidence, std::string rule);

// Loads the gazetteer once, for all the components of a pipeline to share.
std::shared_ptr<const Gazetteer> load_gazetteer();

// Splits a lexicon cell on '|' and trims each part; empty parts dropped.
std::vector<std::string> split_bars(const std::string& cell);

}  // namespace newsgraph
