// Universal Dependencies word segmentation on top of the tokenizer's tokens:
// clitics split off ("don't" = do + n't), possessives joined into one
// multiword token ("Bush's"), hyphenated compounds split, as in English-EWT.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/span.hpp"

namespace newsgraph {

// One syntactic word; the words of one multiword token share its span.
struct UdWord {
    Span span;         // bytes of the text: the word's token
    std::string form;  // the word itself ("n't"), a part of the token's text
};

// Segmenter built from lexicons/ud_words.tsv; immutable, shared by threads.
class UdSegmenter {
public:
    // Loads lexicons/ud_words.tsv.
    UdSegmenter();
    // The one instance of the process for the current ontology resources.
    static std::shared_ptr<const UdSegmenter> shared();
    // The words of `tokens` (spans of `text`, in order), tokens re-cut where UD cuts differently.
    std::vector<UdWord> segment(std::string_view text, const std::vector<Span>& tokens) const;

private:
    // Appends the words of one token (after hyphen splitting) to `out`.
    void split_token(std::string_view text, Span token, std::vector<UdWord>& out) const;
    // Appends the tokens of `token` cut at hyphens between letters (unless a kept prefix).
    void split_hyphens(std::string_view text, Span token, std::vector<Span>& out) const;

    std::vector<std::string> suffixes_;                                // "n't", with the ASCII apostrophe
    std::unordered_map<std::string, std::vector<std::size_t>> words_;  // folded token -> word lengths
    std::unordered_set<std::string> prefixes_;                         // folded
};

// Groups words into tokens: consecutive words with one span are one (multiword) token.
// Returns, per token, the index of its first word; a final entry holds words.size().
std::vector<std::size_t> token_starts(const std::vector<UdWord>& words);

}  // namespace newsgraph
