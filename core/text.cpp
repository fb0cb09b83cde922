// Unicode helpers; ICU does the normalization and case work.
#include "core/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace newsgraph {

namespace {

// NFKD, drop combining marks, case-fold, NFC again.
icu::UnicodeString folded(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    icu::UnicodeString source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString decomposed = nfkd->normalize(source, status);
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        if (u_getCombiningClass(c) == 0 && u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
        i += U16_LENGTH(c);
    }
    stripped.foldCase();
    return U_SUCCESS(status) ? nfc->normalize(stripped, status) : stripped;
}

char lower_byte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string fold(std::string_view text) {
    std::string out(text);
    for (char& c : out) {  // ASCII, the common case in English news, is lower-cased without ICU's conversions
        if (static_cast<unsigned char>(c) >= 0x80) {
            out.clear();
            folded(text).toUTF8String(out);
            return out;
        }
        c = lower_byte(c);
    }
    return out;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = lower_byte(c);
    return out;
}

namespace {

// slug() of ASCII text, which needs none of ICU's normalization: its letters lower-cased and digits, each run
// of other bytes one dash between them.
std::string ascii_slug(std::string_view text) {
    std::string out;
    bool pending_dash = false;
    for (char c : text) {
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (letter || (c >= '0' && c <= '9')) {
            if (pending_dash && !out.empty()) out += '-';
            pending_dash = false;
            out += lower_byte(c);
        } else {
            pending_dash = true;
        }
    }
    return out.empty() ? std::string("unnamed") : out;
}

}  // namespace

std::string slug(std::string_view text) {
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return ascii_slug(text);
    icu::UnicodeString source = folded(text);
    std::string out;
    bool pending_dash = false;
    for (int32_t i = 0; i < source.length();) {
        UChar32 c = source.char32At(i);
        i += U16_LENGTH(c);
        if (u_isalnum(c)) {
            if (pending_dash && !out.empty()) out += '-';
            pending_dash = false;
            icu::UnicodeString(c).toUTF8String(out);
        } else {
            pending_dash = true;
        }
    }
    return out.empty() ? std::string("unnamed") : out;
}

char32_t decode_utf8(std::string_view text, std::size_t at, std::size_t& length) {
    if (at < text.size() && static_cast<unsigned char>(text[at]) < 0x80) {  // ASCII: one byte, itself
        length = 1;
        return static_cast<char32_t>(text[at]);
    }
    int32_t offset = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), offset, static_cast<int32_t>(text.size()), c);
    length = static_cast<std::size_t>(offset) - at;
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

std::size_t repair_utf8(std::string& text) {
    // Fast path: pure ASCII is valid UTF-8.
    std::size_t start = 0;
    while (start < text.size() && static_cast<unsigned char>(text[start]) < 0x80) ++start;
    if (start == text.size()) return 0;
    std::string out;
    std::size_t replaced = 0;
    out.reserve(text.size());
    out.append(text, 0, start);
    for (std::size_t i = start; i < text.size();) {
        std::size_t length = 0;
        int32_t offset = static_cast<int32_t>(i);
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), offset, static_cast<int32_t>(text.size()), c);
        length = static_cast<std::size_t>(offset) - i;
        if (c < 0) {
            out += "\xEF\xBF\xBD";
            ++replaced;
        } else {
            out.append(text, i, length);
        }
        i += length;
    }
    if (replaced) text = std::move(out);
    return replaced;
}

std::string xml_safe(std::string_view text) {
    auto allowed = [](char32_t c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    };
    // Fast path: most text holds no forbidden character; only U+FFFE/U+FFFF start with 0xEF 0xBF.
    std::size_t first_bad = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD) || byte == 0xEF) {
            first_bad = i;
            break;
        }
    }
    if (first_bad == text.size()) return std::string(text);
    std::string out(text.substr(0, first_bad));
    out.reserve(text.size());
    for (std::size_t i = first_bad; i < text.size();) {
        std::size_t length = 0;
        char32_t c = decode_utf8(text, i, length);
        if (allowed(c)) out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

std::string squeeze_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
        } else {
            if (space && !out.empty()) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';  // ASCII without ICU's property look-up
    return u_isalpha(static_cast<UChar32>(c));
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

}  // namespace newsgraph
