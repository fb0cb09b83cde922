// Quotation marks to quotations: pairing, scare-quote filtering, split quotes.
#include "extractors/quote_finder.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "extractors/text_scan.hpp"

namespace newsgraph {

namespace {

constexpr std::size_t kMinQuoteWords = 4;        // shorter fragments need a speech verb nearby
constexpr std::size_t kMaxAttributionWords = 8;  // "he said", "team member Rodaba Noori told the press"
// How far a quote's clause reaches on either side: a speech verb belongs near
// its quote, and a bound keeps a sentence of a million tokens linear.
constexpr std::size_t kMaxClauseReach = 600;

bool is_space(char32_t c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == U'\u00a0'; }

struct Mark {
    std::size_t at;
    std::size_t length;
    char32_t c;
};

// Quoted words inside the marks: trimmed, without the trailing comma that belongs to the attribution.
Span inner_span(std::string_view text, std::size_t begin, std::size_t end) {
    while (begin < end && (text[begin] == ' ' || text[begin] == '\n')) ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == ',')) --end;
    return Span{begin, end};
}

std::size_t word_count(const std::vector<scan::Token>& tokens) {
    return static_cast<std::size_t>(
        std::count_if(tokens.begin(), tokens.end(), [](const scan::Token& t) { return t.word; }));
}

bool has_speech_verb(const std::vector<scan::Token>& tokens, const std::set<std::string>& verbs) {
    return std::any_of(tokens.begin(), tokens.end(), [&](const scan::Token& t) { return verbs.count(t.low) > 0; });
}

// Pairs double quotation marks inside one paragraph [begin, end).
// `carried`: the previous paragraph left a quote open, so this one may begin inside it.
// Returns whether this paragraph leaves a quote open.
bool pair_double(std::string_view text, std::size_t begin, std::size_t end, bool carried,
                 std::vector<FoundQuote>& out) {
    std::size_t open = std::string::npos;
    bool first_mark = true;
    for (std::size_t at = begin; at < end;) {
        std::size_t length = 1;
        char32_t c = decode_utf8(text, at, length);
        // The first straight mark of a paragraph that continues a quote, glued to the word before it
        // and followed by a space, ends the carried-over quote and opens nothing.
        bool glued_close = c == '"' && carried && first_mark && at > begin &&
                           !is_space(static_cast<unsigned char>(text[at - 1])) &&
                           (at + 1 >= end || is_space(static_cast<unsigned char>(text[at + 1])));
        if (glued_close) {
            // The carried quote goes on from the paragraph's first word to this mark.
            FoundQuote rest;
            rest.outer = Span{begin, at + length};
            rest.parts.push_back(inner_span(text, begin, at));
            out.push_back(std::move(rest));
        }
        if (c == '"' || c == U'\u201C' || c == U'\u201D') first_mark = false;
        bool opening = c == U'\u201C' || (c == '"' && open == std::string::npos && !glued_close);
        bool closing = c == U'\u201D' || (c == '"' && open != std::string::npos);
        if (open == std::string::npos && opening && c != U'\u201D') {
            open = at;
        } else if (open != std::string::npos && closing && c != U'\u201C') {
            std::size_t open_length = 1;
            decode_utf8(text, open, open_length);
            FoundQuote quote;
            quote.outer = Span{open, at + length};
            quote.parts.push_back(inner_span(text, open + open_length, at));
            out.push_back(std::move(quote));
            open = std::string::npos;
        }
        at += length;
    }
    if (open != std::string::npos) {
        // A quote left open runs to the end of its paragraph (the next paragraph reopens it).
        std::size_t open_length = 1;
        decode_utf8(text, open, open_length);
        std::size_t stop = end;
        while (stop > open && is_space(static_cast<unsigned char>(text[stop - 1]))) --stop;
        FoundQuote quote;
        quote.outer = Span{open, stop};
        quote.parts.push_back(inner_span(text, open + open_length, stop));
        quote.open_end = true;
        out.push_back(std::move(quote));
        return true;
    }
    return false;
}

// Pairs single quotation marks in a headline; apostrophes inside words are skipped.
void pair_single(std::string_view text, Span range, std::vector<FoundQuote>& out) {
    std::size_t open = std::string::npos;
    for (std::size_t at = range.begin; at < range.end;) {
        std::size_t length = 1;
        char32_t c = decode_utf8(text, at, length);
        if (c == '\'' || c == U'\u2018' || c == U'\u2019') {
            std::size_t prev_length = 1;
            char32_t prev = at == range.begin ? U' ' : decode_utf8(text, at - 1, prev_length);
            if (at > range.begin && (text[at - 1] & 0xC0) == 0x80) {
                std::size_t back = at - 1;
                while (back > range.begin && (text[back] & 0xC0) == 0x80) --back;
                prev = decode_utf8(text, back, prev_length);
            }
            std::size_t next_length = 1;
            char32_t next = at + length < range.end ? decode_utf8(text, at + length, next_length) : U' ';
            bool word_before = is_letter(prev) || (prev >= '0' && prev <= '9');
            bool word_after = is_letter(next) || (next >= '0' && next <= '9');
            if (open == std::string::npos && !word_before && word_after) {
                open = at;  // also a ’ typed where ‘ was meant
            } else if (open != std::string::npos && word_before && !word_after && c != U'\u2018') {
                std::size_t open_length = 1;
                decode_utf8(text, open, open_length);
                FoundQuote quote;
                quote.outer = Span{open, at + length};
                quote.parts.push_back(inner_span(text, open + open_length, at));
                quote.headline = true;
                out.push_back(std::move(quote));
                open = std::string::npos;
            }
        }
        at += length;
    }
}

// The words of the sentence around `quote`, outside it: back and forward to a full stop or a paragraph break.
std::vector<scan::Token> clause_around(const Document& doc, Span quote) {
    std::size_t begin = quote.begin, stop = quote.begin > kMaxClauseReach ? quote.begin - kMaxClauseReach : 0;
    while (begin > stop && doc.text[begin - 1] != '.' && doc.text[begin - 1] != '?' && doc.text[begin - 1] != '!' &&
           doc.text.compare(begin - 1, 2, "\n\n") != 0)
        --begin;
    std::size_t end = quote.end, limit = std::min(doc.text.size(), quote.end + kMaxClauseReach);
    while (end < limit && doc.text[end] != '.' && doc.text[end] != '?' && doc.text[end] != '!' &&
           doc.text.compare(end, 2, "\n\n") != 0)
        ++end;
    std::vector<scan::Token> outside;
    for (const auto& t : scan::tokenize(doc.text, Span{begin, end}))
        if (!quote.contains(t.span)) outside.push_back(t);
    return outside;
}

// True when only white space, with a paragraph break, stands between `a` and `b`.
bool next_paragraph(std::string_view text, Span a, Span b) {
    if (b.begin < a.end) return false;
    std::string_view gap = text.substr(a.end, b.begin - a.end);
    return gap.find("\n\n") != std::string_view::npos && gap.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// A quote left open at a paragraph's end goes on in the next paragraph when that one opens with the quote
// (again marked, or not): one quotation over both.
std::vector<FoundQuote> join_paragraphs(std::string_view text, std::vector<FoundQuote> quotes) {
    std::vector<FoundQuote> joined;
    for (auto& quote : quotes) {
        if (!joined.empty() && joined.back().open_end && !quote.headline &&
            next_paragraph(text, joined.back().outer, quote.outer)) {
            FoundQuote& last = joined.back();
            last.outer.end = quote.outer.end;
            last.parts.insert(last.parts.end(), quote.parts.begin(), quote.parts.end());
            last.open_end = quote.open_end;
            last.paragraphs = true;
            continue;
        }
        joined.push_back(std::move(quote));
    }
    return joined;
}

bool inside_any(const std::vector<FoundQuote>& quotes, Span span) {
    return std::any_of(quotes.begin(), quotes.end(), [&](const FoundQuote& q) { return q.outer.overlaps(span); });
}

// True when the quote is a sentence of its own, however short: it opens its sentence, begins with a capital and
// ends with its own stop ('... said. "But risks remain."'), which a scare quote or a title does not.
bool whole_sentence(const Document& doc, const FoundQuote& quote, std::size_t words) {
    const std::string_view inner = doc.view(quote.parts.front());
    const std::size_t last = inner.find_last_not_of(" \t\n");
    if (words < 2 || last == std::string_view::npos || !std::isupper(static_cast<unsigned char>(inner.front())) ||
        (inner[last] != '.' && inner[last] != '!' && inner[last] != '?'))
        return false;
    return std::any_of(doc.sentences.begin(), doc.sentences.end(), [&](const Sentence& sentence) {
        const Span before{sentence.span.begin, quote.outer.begin};
        return sentence.span.begin <= quote.outer.begin && quote.outer.begin < sentence.span.end &&
               doc.view(before).find_first_not_of(" \t\n") == std::string_view::npos;
    });
}

}  // namespace

std::vector<FoundQuote> find_quotes(const Document& doc, const std::set<std::string>& speech_verbs) {
    const std::string& text = doc.text;
    std::vector<FoundQuote> quotes;
    std::size_t start = 0;
    bool carried = false;
    while (start < text.size()) {
        std::size_t blank = text.find("\n\n", start);
        std::size_t end = blank == std::string::npos ? text.size() : blank;
        carried = pair_double(text, start, end, carried, quotes);
        start = blank == std::string::npos ? text.size() : blank + 2;
    }
    std::vector<FoundQuote> headline_quotes;
    for (const Sentence& sentence : doc.sentences)
        if (sentence.headline) pair_single(text, sentence.span, headline_quotes);
    for (auto& quote : headline_quotes)
        if (!inside_any(quotes, quote.outer)) quotes.push_back(std::move(quote));
    std::sort(quotes.begin(), quotes.end(), [](const FoundQuote& a, const FoundQuote& b) { return a.outer < b.outer; });
    quotes = join_paragraphs(text, std::move(quotes));

    // Scare quotes: a short fragment in a sentence with no speech verb.
    std::vector<FoundQuote> kept;
    for (auto& quote : quotes) {
        Span inner = quote.parts.front();
        if (inner.empty()) continue;
        auto words = scan::tokenize(text, inner);
        const std::size_t count = word_count(words);
        if (count < kMinQuoteWords && !whole_sentence(doc, quote, count) &&
            !has_speech_verb(clause_around(doc, quote.outer), speech_verbs))
            continue;
        kept.push_back(std::move(quote));
    }

    // Split quotes: "...," he said, "..." is one quotation.
    std::vector<FoundQuote> joined;
    for (auto& quote : kept) {
        if (!joined.empty()) {
            FoundQuote& last = joined.back();
            Span between{last.outer.end, quote.outer.begin};
            std::string_view gap = doc.view(between);
            auto tokens = scan::tokenize(text, between);
            std::size_t words = word_count(tokens);
            bool continues = !tokens.empty() && tokens.back().low == "," &&
                             (tokens.front().low == "," || text[last.parts.back().end] == ',');
            if (continues && words > 0 && words <= kMaxAttributionWords && has_speech_verb(tokens, speech_verbs) &&
                gap.find('\n') == std::string_view::npos) {
                last.outer.end = quote.outer.end;
                last.parts.insert(last.parts.end(), quote.parts.begin(), quote.parts.end());
                last.paragraphs = last.paragraphs || quote.paragraphs;
                continue;
            }
        }
        joined.push_back(std::move(quote));
    }
    for (auto& quote : joined) {
        std::string words;
        for (const Span& part : quote.parts) {
            if (!words.empty()) words += ' ';
            words += part.of(text);
        }
        quote.text = squeeze_spaces(words);
    }
    return joined;
}

}  // namespace newsgraph
