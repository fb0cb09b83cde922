// Finds direct quotations in a document's text: straight and curly double
// quotes everywhere, single quotes in headlines; split quotes joined.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace newsgraph {

// One quotation as found in the text.
struct FoundQuote {
    Span outer;               // from the opening mark to the closing mark, both included
    std::vector<Span> parts;  // the quoted words of each piece (one, or two for a split quote)
    std::string text;         // the quoted words without marks, pieces joined by a space
    bool headline = false;
    bool open_end = false;    // its last paragraph ends with the quote still open
    bool paragraphs = false;  // runs over two or more paragraphs (parts are paragraphs, not a split)
};

// Every quotation in `doc`, in text order. `speech_verbs` (lower case) decide
// whether a short quoted fragment is a quote (speech verb in its sentence) or
// scare quotes, and whether the words between two pieces are an attribution.
std::vector<FoundQuote> find_quotes(const Document& doc, const std::set<std::string>& speech_verbs);

}  // namespace newsgraph
