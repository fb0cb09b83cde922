// Recognizes the dateline that opens a paragraph of wire copy.
#include "language/dateline.hpp"

#include "core/text.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

constexpr std::size_t kMaxDatelineTokens = 10;

bool is_dash(std::string_view token) { return token == "-" || token == "--" || token == "\u2013" || token == "\u2014"; }

bool opens_text(std::string_view token) { return is_capitalized(token) || token == "\"" || token == "\u201C"; }

// A token a dateline may hold: a capitalized or numeric word, a short particle of a place name ("Rio de
// Janeiro", "Dar es Salaam"), a comma, a bracket or a period.
bool dateline_part(std::string_view token) {
    if (is_capitalized(token) || starts_with_digit(token)) return true;
    if (token == "," || token == "(" || token == ")" || token == ".") return true;
    return is_lower_word(token) && token.size() <= 3;
}

// True when whitespace lies on both sides of the token.
bool spaced(std::string_view text, const Span& token) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    return token.begin > 0 && token.end < text.size() && space(text[token.begin - 1]) && space(text[token.end]);
}

}  // namespace

std::size_t dateline_dash(const std::vector<Span>& tokens, std::size_t first, std::string_view text) {
    const std::size_t none = tokens.size();
    if (first >= tokens.size() || !is_capitalized(tokens[first].of(text))) return none;
    for (std::size_t k = first + 1; k < tokens.size() && k <= first + kMaxDatelineTokens; ++k) {
        std::string_view token = tokens[k].of(text);
        if (is_dash(token)) {
            bool followed = k + 1 < tokens.size() && opens_text(tokens[k + 1].of(text));
            // "WASHINGTON—The": an unspaced dash after a place in capitals; a hyphen ("LONDON (Reuters) -")
            // only after capitals too, as "Later, Smith - Jones said" is no dateline
            bool capitals = is_acronym(tokens[first].of(text));
            bool hyphen = token == "-" || token == "--";
            bool unspaced_ok = token == "\u2014" && capitals;
            return followed && (capitals || !hyphen) && (spaced(text, tokens[k]) || unspaced_ok) ? k : none;
        }
        if (!dateline_part(token) ||
            text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end).find('\n') != std::string_view::npos)
            return none;
    }
    return none;
}

}  // namespace newsgraph
