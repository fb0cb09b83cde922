// Rule-based tokenizer over UTF-8 code points.
#include "language/tokenizer.hpp"

#include <unicode/uchar.h>

#include <array>

#include "core/resources.hpp"
#include "core/text.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

bool unicode_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool unicode_word_char(char32_t c) {
    return is_letter(c) || u_isdigit(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) != 0 ||
           u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK ||
           u_charType(static_cast<UChar32>(c)) == U_COMBINING_SPACING_MARK;
}

// The same tests for ASCII, asked of ICU once: most characters of English news are ASCII.
struct AsciiClasses {
    std::array<bool, 128> space{};
    std::array<bool, 128> word{};
    AsciiClasses() {
        for (char32_t c = 0; c < 128; ++c) {
            space[c] = unicode_space(c);
            word[c] = unicode_word_char(c);
        }
    }
};
// Built before main; nothing tokenizes during static initialization.
const AsciiClasses kAscii;

bool is_space(char32_t c) { return c < 128 ? kAscii.space[c] : unicode_space(c); }

bool is_word_char(char32_t c) { return c < 128 ? kAscii.word[c] : unicode_word_char(c); }

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_apostrophe(char32_t c) { return c == '\'' || c == U'\u2019'; }

bool is_hyphen(char32_t c) { return c == '-' || c == U'\u2010' || c == U'\u2011'; }

// Characters that end a web address: a space or control character, a quote, an angle bracket.
bool ends_address(char c) {
    return static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == '"' || c == '\'';
}

// The end of a web address (URL or e-mail) starting at `begin`, or `begin` when none starts there: UD
// keeps such an address one token, its "?", "/" and "." included. Punctuation at its end ("see
// www.un.org.") is not part of it.
std::size_t web_address_end(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t stop = begin;
    while (stop < end && !ends_address(text[stop])) ++stop;
    if (!is_web_address(text.substr(begin, stop - begin))) return begin;
    while (stop > begin && std::string_view(".,;:!?)]}").find(text[stop - 1]) != std::string_view::npos) --stop;
    return stop;
}

}  // namespace

Tokenizer::Tokenizer() {
    for (const auto& row : tsv_resource("lexicons/abbreviations.tsv")) {
        if (row.size() < 2) continue;
        if (row[1] == "place")
            as_written_[row[0]] = AbbreviationKind::Name;
        else
            abbreviations_[ascii_lower(row[0])] = row[1] == "title" ? AbbreviationKind::Title : AbbreviationKind::Name;
    }
}

std::shared_ptr<const Tokenizer> Tokenizer::shared() { return shared_from_resources<Tokenizer>(); }

AbbreviationKind Tokenizer::abbreviation(std::string_view token) const {
    if (token.size() < 2 || token.back() != '.') return AbbreviationKind::None;
    std::string_view core = token.substr(0, token.size() - 1);
    std::size_t length = 0;
    char32_t first = decode_utf8(core, 0, length);
    if (length == core.size() && is_upper(first)) return AbbreviationKind::Title;  // an initial
    if (core.find('.') != std::string_view::npos) return AbbreviationKind::Name;   // U.S., e.g.
    auto written = as_written_.find(std::string(core));
    if (written != as_written_.end()) return written->second;
    auto found = abbreviations_.find(ascii_lower(core));
    return found == abbreviations_.end() ? AbbreviationKind::None : found->second;
}

std::vector<Span> Tokenizer::tokenize(std::string_view text, Span range) const {
    std::vector<Span> tokens;
    std::size_t i = range.begin;
    auto next = [&](std::size_t at, std::size_t& length) -> char32_t {
        if (at >= range.end) {
            length = 0;
            return 0;
        }
        return decode_utf8(text, at, length);
    };
    while (i < range.end) {
        std::size_t length = 0;
        char32_t c = next(i, length);
        if (is_space(c)) {
            i += length;
            continue;
        }
        std::size_t begin = i;
        if (std::size_t web = web_address_end(text, i, range.end); web > i) {
            tokens.push_back({begin, web});
            i = web;
            continue;
        }
        if (!is_word_char(c)) {
            i += length;
            if (c == '.') {  // an ellipsis stays one token
                while (i < range.end && text[i] == '.') ++i;
            } else if (is_apostrophe(c)) {  // possessive 's after a word
                std::size_t l2 = 0;
                char32_t s = next(i, l2);
                std::size_t l3 = 0;
                if ((s == 's' || s == 'S') && !tokens.empty() && tokens.back().end == begin &&
                    !is_word_char(next(i + l2, l3)))
                    i += l2;
            }
            tokens.push_back({begin, i});
            continue;
        }
        bool numeric = is_digit(c);
        i += length;
        while (i < range.end) {
            std::size_t l1 = 0;
            char32_t d = next(i, l1);
            if (is_word_char(d)) {
                i += l1;
                continue;
            }
            std::size_t l2 = 0;
            char32_t after = next(i + l1, l2);
            if (is_apostrophe(d) && is_letter(after)) {
                std::size_t l3 = 0;
                // keep "'s" apart ("UNODC's") but join "O'Brien", "don't"
                if ((after == 's' || after == 'S') && !is_word_char(next(i + l1 + l2, l3))) break;
                i += l1 + l2;
                continue;
            }
            if (is_hyphen(d) && is_word_char(after)) {
                i += l1 + l2;
                continue;
            }
            if (numeric && (d == ',' || d == '.') && is_digit(after)) {
                i += l1 + l2;
                continue;
            }
            // file and host names: "report.pdf", "Amazon.com", "alt.animals"
            if (d == '.' && is_letter(after) && !is_upper(after)) {
                i += l1 + l2;
                continue;
            }
            if (d == '.' && is_letter(after)) {
                // dotted abbreviations: U.S., D.C.
                std::size_t l3 = 0;
                char32_t after2 = next(i + l1 + l2, l3);
                std::size_t word_length = i - begin;
                if (word_length <= 2 && !is_word_char(after2) && word_length < 4) {
                    i += l1 + l2;
                    continue;
                }
            }
            if (d == '&' && is_upper(after) && is_upper(c)) {  // AT&T
                i += l1 + l2;
                continue;
            }
            break;
        }
        // attach a final period to abbreviations and initials (never to a number: "target 5.2." ends a sentence)
        if (!numeric && i < range.end && text[i] == '.') {
            std::string_view candidate = text.substr(begin, i + 1 - begin);
            if (abbreviation(candidate) != AbbreviationKind::None) ++i;
        }
        tokens.push_back({begin, i});
    }
    return tokens;
}

}  // namespace newsgraph
