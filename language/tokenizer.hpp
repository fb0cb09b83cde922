// Splits text into word and punctuation tokens (byte spans), keeping known
// abbreviations ("Mr.", "Inc.", "U.S.", initials) together with their period.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/span.hpp"

namespace newsgraph {

// How an abbreviation behaves at a possible sentence end.
enum class AbbreviationKind {
    None,   // not an abbreviation
    Title,  // "Mr.", "Dr.", "St.", "No.", "Jan.": never ends a sentence
    Name,   // "Inc.", "Ltd.", "U.S.": ends one only before a clear sentence start
};

// Word tokenizer. Immutable after construction, so safe to share between threads.
class Tokenizer {
public:
    // Loads lexicons/abbreviations.tsv.
    Tokenizer();
    // The one instance of the process for the current ontology resources, built on first use
    // (again only when set_resource_directory changed them); every component shares it.
    static std::shared_ptr<const Tokenizer> shared();
    // Tokens of text[range], as spans into `text`.
    std::vector<Span> tokenize(std::string_view text, Span range) const;
    // Tokens of a whole string (used for lexicon phrases).
    std::vector<Span> tokenize(std::string_view text) const { return tokenize(text, {0, text.size()}); }
    // How `token` (with its final period) behaves as an abbreviation.
    AbbreviationKind abbreviation(std::string_view token) const;

private:
    std::unordered_map<std::string, AbbreviationKind> abbreviations_;  // lower-case, without the period
    std::unordered_map<std::string, AbbreviationKind> as_written_;     // names that count only as written
};

}  // namespace newsgraph
