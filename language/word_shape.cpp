// Word shape tests over UTF-8 code points.
#include "language/word_shape.hpp"

#include <unicode/uchar.h>

#include <cctype>

#include "core/text.hpp"

namespace newsgraph {

bool is_capitalized(std::string_view word) {
    if (word.empty()) return false;
    std::size_t length = 0;
    return is_upper(decode_utf8(word, 0, length));
}

bool is_lower_word(std::string_view word) {
    bool letter = false;
    for (std::size_t i = 0; i < word.size();) {
        if (auto byte = static_cast<unsigned char>(word[i]); byte < 0x80) {  // ASCII without ICU
            ++i;
            if (byte >= 'A' && byte <= 'Z') return false;
            letter = letter || (byte >= 'a' && byte <= 'z');
            continue;
        }
        std::size_t length = 0;
        char32_t c = decode_utf8(word, i, length);
        i += length;
        if (!is_letter(c)) continue;
        if (!u_islower(static_cast<UChar32>(c))) return false;
        letter = true;
    }
    return letter;
}

bool is_acronym(std::string_view word) {
    int capitals = 0;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t length = 0;
        char32_t c = decode_utf8(word, i, length);
        i += length;
        if (is_letter(c)) {
            if (!is_upper(c)) return false;
            ++capitals;
        } else if (!(c == '.' || c == '&' || (c >= '0' && c <= '9'))) {
            return false;
        }
    }
    return capitals >= 2 || (capitals == 1 && word.size() >= 2 && word[0] >= 'A' && word[0] <= 'Z' &&
                             word.find_first_of("0123456789") != std::string_view::npos);
}

bool starts_with_digit(std::string_view word) { return !word.empty() && word[0] >= '0' && word[0] <= '9'; }

bool is_wordlike(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        std::size_t length = 0;
        char32_t c = decode_utf8(word, i, length);
        i += length;
        if (is_letter(c) || (c >= '0' && c <= '9')) return true;
    }
    return false;
}

bool is_initial(std::string_view word) {
    std::string_view core = strip_trailing_period(word);
    std::size_t length = 0;
    if (core.empty()) return false;
    char32_t c = decode_utf8(core, 0, length);
    return length == core.size() && is_upper(c);
}

std::string_view strip_trailing_period(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    return word;
}

namespace {

bool starts_with_any_case(std::string_view text, std::string_view lower_prefix) {
    if (text.size() < lower_prefix.size()) return false;
    for (std::size_t k = 0; k < lower_prefix.size(); ++k)
        if (text[k] != lower_prefix[k] && text[k] != lower_prefix[k] - ('a' - 'A')) return false;
    return true;
}

bool is_email(std::string_view word) {
    std::size_t at = word.find('@');
    if (at == 0 || at == std::string_view::npos) return false;
    for (std::size_t k = 0; k < at; ++k) {
        unsigned char c = static_cast<unsigned char>(word[k]);
        if (!std::isalnum(c) && c != '.' && c != '-' && c != '_' && c != '+') return false;
    }
    std::size_t dot = word.find('.', at + 2);
    return dot != std::string_view::npos && dot + 1 < word.size() &&
           std::isalpha(static_cast<unsigned char>(word[dot + 1]));
}

}  // namespace

bool is_web_address(std::string_view word) {
    return starts_with_any_case(word, "http://") || starts_with_any_case(word, "https://") ||
           starts_with_any_case(word, "ftp://") || (starts_with_any_case(word, "www.") && word.size() > 6) ||
           is_email(word);
}

}  // namespace newsgraph
