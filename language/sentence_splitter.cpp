// Sentence boundaries from tokens, paragraph breaks and abbreviations.
#include "language/sentence_splitter.hpp"

#include <array>

#include "core/text.hpp"
#include "language/dateline.hpp"
#include "language/phrase_index.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

// A run of text without a full stop (a table, a list, a pathological file) is
// cut into sentences of at most this many tokens, so the work every later
// component does per sentence stays bounded.
constexpr std::size_t kMaxSentenceTokens = 400;

// Where to cut an overlong sentence: after its last comma, semicolon or colon
// in the second half, else after its last token.
std::size_t overlong_cut(const std::vector<Span>& tokens, std::string_view text) {
    for (std::size_t k = tokens.size() - 1; k > tokens.size() / 2; --k) {
        std::string_view word = tokens[k].of(text);
        if (word == "," || word == ";" || word == ":") return k + 1;
    }
    return tokens.size();
}

// True when only whitespace with two or more line breaks lies between the two offsets.
bool paragraph_break(std::string_view text, std::size_t from, std::size_t to) {
    int breaks = 0;
    for (std::size_t i = from; i < to; ++i)
        if (text[i] == '\n') ++breaks;
    return breaks >= 2;
}

bool line_break(std::string_view text, std::size_t from, std::size_t to) {
    return text.substr(from, to - from).find('\n') != std::string_view::npos;
}

bool is_terminal(std::string_view token) {
    return token == "." || token == "!" || token == "?" || token == "..." || token == "\u2026" || token == "?!";
}

bool is_closing(std::string_view token) {
    return token == "\"" || token == "\u201D" || token == "\u2019" || token == "'" || token == ")" || token == "]" ||
           token == "\u00BB";
}

// Capitalized words that start sentences far more often than they follow "U.S." inside one.
bool is_sentence_starter(std::string_view word) {
    static const std::array<std::string_view, 32> kStarters{
        "The",   "A",       "An",        "He",        "She",   "It",    "They",  "We",   "I",    "In",  "On",
        "At",    "But",     "And",       "This",      "That",  "These", "Those", "His",  "Her",  "Its", "Their",
        "There", "However", "Meanwhile", "According", "After", "When",  "While", "Some", "Many", "As"};
    for (auto s : kStarters)
        if (s == word) return true;
    return false;
}

// True when a sentence may begin with this token.
bool can_start(std::string_view token) {
    if (token.empty()) return false;
    if (is_capitalized(token) || starts_with_digit(token)) return true;
    return token == "\"" || token == "\u201C" || token == "'" || token == "\u2018" || token == "(" || token == "[" ||
           token == "-" || token == "\u2014" || token == "\u2013" || token == "*";
}

}  // namespace

std::vector<Sentence> SentenceSplitter::split(std::string_view text) const {
    std::vector<Span> tokens = tokenizer_->tokenize(text);
    std::vector<Sentence> sentences;
    if (tokens.empty()) return sentences;

    // A first line without final period, followed by a blank line, is a headline.
    std::size_t headline_end = 0;
    {
        std::size_t eol = text.find('\n', tokens.front().begin);
        if (eol != std::string_view::npos) {
            std::string_view line = text.substr(tokens.front().begin, eol - tokens.front().begin);
            while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
                line.remove_suffix(1);
            std::size_t after = eol + 1;
            while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r')) ++after;
            bool blank_follows = after >= text.size() || text[after] == '\n';
            if (blank_follows && !line.empty() && line.back() != '.' && line.back() != ':') headline_end = eol;
        }
    }

    Sentence current;
    auto close = [&](bool headline) {
        if (current.tokens.empty()) return;
        current.span = {current.tokens.front().begin, current.tokens.back().end};
        current.headline = headline;
        sentences.push_back(std::move(current));
        current = Sentence{};
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Span& token = tokens[i];
        // "SANTIAGO, Nov 25 – Chile's minister ...": a dateline opening a paragraph is a sentence of its own
        bool paragraph_start = i == 0 || paragraph_break(text, tokens[i - 1].end, token.begin);
        if (current.tokens.empty() && paragraph_start && token.begin >= headline_end) {
            std::size_t dash = dateline_dash(tokens, i, text);
            if (dash < tokens.size()) {
                current.tokens.assign(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                      tokens.begin() + static_cast<std::ptrdiff_t>(dash) + 1);
                close(false);
                i = dash;
                continue;
            }
        }
        current.tokens.push_back(token);
        if (current.tokens.size() >= kMaxSentenceTokens) {
            std::size_t cut = overlong_cut(current.tokens, text);
            std::vector<Span> rest(current.tokens.begin() + static_cast<std::ptrdiff_t>(cut), current.tokens.end());
            current.tokens.resize(cut);
            close(false);
            current.tokens = std::move(rest);
        }
        if (i + 1 == tokens.size()) break;
        const Span& following = tokens[i + 1];
        if (headline_end && token.end <= headline_end && following.begin > headline_end) {
            close(sentences.empty());
            continue;
        }
        if (paragraph_break(text, token.end, following.begin)) {
            close(false);
            continue;
        }
        std::string_view word = token.of(text);
        AbbreviationKind abbreviation = tokenizer_->abbreviation(word);
        bool terminal = is_terminal(word);
        // a stop glued to a digit ("SDG16.4") is inside a code, not the end of a sentence
        std::string_view glued = following.of(text);
        if (terminal && following.begin == token.end && !glued.empty() && glued[0] >= '0' && glued[0] <= '9') continue;
        if (!terminal &&
            (abbreviation == AbbreviationKind::Name || (abbreviation == AbbreviationKind::Title && is_initial(word)))) {
            std::string_view next_word = following.of(text);
            terminal = is_sentence_starter(next_word) ||
                       (abbreviation == AbbreviationKind::Name && line_break(text, token.end, following.begin));
        }
        if (!terminal) continue;
        // Closing quotes and brackets that touch the stop belong to this sentence.
        std::size_t j = i + 1;
        while (j < tokens.size() && is_closing(tokens[j].of(text)) && tokens[j].begin == tokens[j - 1].end) {
            current.tokens.push_back(tokens[j]);
            ++j;
        }
        if (j == tokens.size()) {
            i = j - 1;
            break;
        }
        std::string_view next_word = tokens[j].of(text);
        // after a stop with no closing quote, informal text starts sentences in lower case too (the
        // tokenizer kept the periods of abbreviations such as "etc." and "e.g." in their token)
        bool lower_start = j == i + 1 && (word == "?" || word == "!" || word == ".") && is_lower_word(next_word);
        if (can_start(next_word) || lower_start || paragraph_break(text, tokens[j - 1].end, tokens[j].begin)) {
            i = j - 1;
            close(false);
        } else {
            // not a boundary: the absorbed closers stay, scanning goes on after them
            i = j - 1;
        }
    }
    close(sentences.empty() && headline_end && current.tokens.back().end <= headline_end);
    return sentences;
}

void SentenceSplitter::run(Document& doc) const {
    doc.sentences = split(doc.text);
    for (Sentence& sentence : doc.sentences) {
        sentence.folded.reserve(sentence.tokens.size());
        for (const Span& token : sentence.tokens) sentence.folded.push_back(fold_token(doc.view(token)));
    }
}

}  // namespace newsgraph
