// Longest-match look-up of multi-word phrases over folded tokens: the
// matcher behind every lexicon (places, organizations, titles, threats).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsgraph {

class Tokenizer;

// Phrases keyed by their folded tokens; each phrase maps to a list of values.
class PhraseIndex {
public:
    // Adds `phrase` (tokenized with `tokenizer`, then folded) with `value`.
    void add(const Tokenizer& tokenizer, std::string_view phrase, std::size_t value);
    // Longest phrase starting at folded[at]; returns its token count (0 when none) and sets `values`.
    std::size_t match(const std::vector<std::string>& folded, std::size_t at,
                      const std::vector<std::size_t>*& values) const;
    // Every phrase starting at folded[at], longest first: (token count, values).
    std::vector<std::pair<std::size_t, const std::vector<std::size_t>*>> matches(const std::vector<std::string>& folded,
                                                                                 std::size_t at) const;
    // Values of exactly this phrase (folded tokens joined by spaces), or nullptr.
    const std::vector<std::size_t>* find(const std::string& joined) const;
    // Folded key for a phrase, as match() compares it.
    static std::string key(const Tokenizer& tokenizer, std::string_view phrase);

private:
    // Every phrase and every proper prefix of one (in tokens), so matching stops
    // at the first token sequence no phrase starts with.
    struct Step {
        bool phrase = false;                               // it is a phrase itself
        bool longer = false;                               // some longer phrase starts with it
        const std::vector<std::size_t>* values = nullptr;  // in phrases_, when it is a phrase
    };
    std::unordered_map<std::string, std::vector<std::size_t>> phrases_;
    std::unordered_map<std::string, Step> steps_;
    std::size_t longest_ = 0;
};

// Folded form of one token as phrases compare it ("U.N." -> "u.n.", "’" -> "'").
std::string fold_token(std::string_view token);

}  // namespace newsgraph
