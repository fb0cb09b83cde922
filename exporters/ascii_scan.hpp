// Word-at-a-time scans behind the writers' fast paths for plain ASCII text,
// the common case: eight bytes are checked at once, and a word holding any
// byte of interest is looked at byte by byte.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsgraph {

namespace ascii_scan_detail {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ull;

inline std::uint64_t load(const char* at) {
    std::uint64_t word;
    std::memcpy(&word, at, sizeof word);
    return word;
}

// Nonzero when some byte of `word` is below 0x20 or at or above 0x80.
inline std::uint64_t control_or_high(std::uint64_t word) { return ((word - kOnes * 0x20) | word) & kHigh; }

// Nonzero when some byte of `word` equals `byte`.
inline std::uint64_t has_byte(std::uint64_t word, unsigned char byte) {
    std::uint64_t x = word ^ (kOnes * byte);
    return (x - kOnes) & ~x & kHigh;
}

// Nonzero when some byte of `word` is one XML escapes or may escape: outside
// 0x20..0x7E (controls, DEL, non-ASCII) or one of < > & ".
inline std::uint64_t xml_special(std::uint64_t word) {
    return control_or_high(word) | has_byte(word, 0x7F) | has_byte(word, '<') | has_byte(word, '>') |
           has_byte(word, '&') | has_byte(word, '"');
}

}  // namespace ascii_scan_detail

// Length of the leading run of bytes below 0x80.
inline std::size_t ascii_prefix(std::string_view text) {
    using namespace ascii_scan_detail;
    std::size_t at = 0;
    while (at + 8 <= text.size() && (load(text.data() + at) & kHigh) == 0) at += 8;
    while (at < text.size() && static_cast<unsigned char>(text[at]) < 0x80) ++at;
    return at;
}

// True when no 8-byte word of `text` has `word_flags` nonzero and no byte of the
// tail is `bad_byte`: a word-at-a-time check that every byte is acceptable.
template <typename WordFlags, typename BadByte>
bool every_byte(std::string_view text, WordFlags word_flags, BadByte bad_byte) {
    std::size_t at = 0;
    while (at + 8 <= text.size() && word_flags(ascii_scan_detail::load(text.data() + at)) == 0) at += 8;
    for (; at < text.size(); ++at)
        if (bad_byte(static_cast<unsigned char>(text[at]))) return false;
    return true;
}

// True when every byte is ASCII and no C0 control other than TAB, LF and CR occurs:
// text that is valid UTF-8 and free of every character XML 1.0 forbids.
inline bool xml_plain(std::string_view text) {
    return every_byte(text, ascii_scan_detail::control_or_high, [](unsigned char byte) {
        return byte >= 0x80 || (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD);
    });
}

// True when every byte is printable ASCII (0x20..0x7E) other than < > & ":
// text that XML escaping leaves unchanged, in element content and in attribute values.
inline bool xml_verbatim(std::string_view text) {
    return every_byte(text, ascii_scan_detail::xml_special, [](unsigned char byte) {
        return byte < 0x20 || byte >= 0x7F || byte == '<' || byte == '>' || byte == '&' || byte == '"';
    });
}

// True when every byte is ASCII other than a C0 control, '"' or '\\': text that
// JSON escaping leaves unchanged.
inline bool json_verbatim(std::string_view text) {
    using namespace ascii_scan_detail;
    return every_byte(
        text, [](std::uint64_t word) { return control_or_high(word) | has_byte(word, '"') | has_byte(word, '\\'); },
        [](unsigned char byte) { return byte < 0x20 || byte >= 0x80 || byte == '"' || byte == '\\'; });
}

}  // namespace newsgraph
