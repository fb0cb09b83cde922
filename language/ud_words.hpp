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
    // A token after joining: `whole` tokens (addresses, emoticons, ...) are not cut further.
    struct Piece {
        Span span;
        bool whole = false;
    };
    // Joins runs of tokens without space between them that UD keeps as one token: addresses,
    // e-mail, slashed words ("and/or", "08/16/2000"), repeated punctuation ("!!", "--"), emoticons.
    std::vector<Piece> join_runs(std::string_view text, const std::vector<Span>& tokens) const;
    // The run tokens[first, end) joined as an address, or 0 when it is none; else how many tokens it takes.
    std::size_t address_length(std::string_view text, const std::vector<Span>& tokens, std::size_t first,
                               std::size_t end) const;
    // Appends the words of one token (after hyphen splitting) to `out`.
    void split_token(std::string_view text, Span token, std::vector<UdWord>& out) const;
    // Appends the tokens of `token` cut at hyphens between letters (unless a kept prefix).
    void split_hyphens(std::string_view text, Span token, std::vector<Span>& out) const;

    std::vector<std::string> endings_;  // folded suffixes, each with the ASCII then the typographic apostrophe
    std::unordered_map<std::string, std::vector<std::size_t>> words_;  // folded token -> word lengths
    std::unordered_set<std::string> prefixes_;                         // folded
    std::unordered_set<std::string> address_endings_;                  // "com", "pdf"
    std::unordered_set<std::string> emoticons_;                        // ":)"
};

// Groups words into tokens: consecutive words with one span are one (multiword) token.
// Returns, per token, the index of its first word; a final entry holds words.size().
std::vector<std::size_t> token_starts(const std::vector<UdWord>& words);

}  // namespace newsgraph
