// Who said a quotation: the attribution next to it ("...," X said / said X /
// X said: "..." / according to X), then pronouns and roles resolved to a
// person of the document. Never guesses past what the text supports.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "extractors/position_relations.hpp"
#include "extractors/quote_finder.hpp"
#include "extractors/text_scan.hpp"

namespace newsgraph {

// The speaker found for one quotation.
struct Attribution {
    bool found = false;       // a speaker entity was identified
    std::size_t speaker = 0;  // entity index when found
    Span span;                // the attribution words (or the quote when resolved by context)
    std::string rule;         // which pattern identified it
    double confidence = 0.0;
};

// Attributes every quotation of `doc` (given in text order). Speech verbs are lower case;
// `positions` lets a role ("says UN chief") stand for the person who holds it; `tokens` are
// the tokens of the whole text (scan::document_tokens).
std::vector<Attribution> attribute_quotes(const Document& doc, const std::vector<FoundQuote>& quotes,
                                          const std::set<std::string>& speech_verbs,
                                          const std::vector<Position>& positions, const TitleLexicon& titles,
                                          std::vector<scan::Token> tokens);

}  // namespace newsgraph
