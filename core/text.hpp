// Unicode text helpers built on ICU: case folding, accent folding, UTF-8
// validation and the slug used inside IRIs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph {

// Lower-cased, accents removed, NFKC: the form used to compare names
// ("António" and "ANTONIO" fold to "antonio").
std::string fold(std::string_view text);

// ASCII letters lower-cased, every other byte kept: for words known to be ASCII and for
// cues compared byte by byte ("Said" -> "said", "É" unchanged).
std::string ascii_lower(std::string_view text);

// IRI path segment for a name: folded, letters and digits kept (any script),
// every other run of characters replaced by one '-'. Never empty.
std::string slug(std::string_view text);

// Replaces invalid UTF-8 sequences with U+FFFD; returns how many were replaced.
std::size_t repair_utf8(std::string& text);

// Removes characters XML 1.0 forbids (C0 controls but TAB/LF/CR, U+FFFE, U+FFFF)
// and returns the rest; used by every XML writer.
std::string xml_safe(std::string_view text);

// Collapses runs of whitespace to one space and trims both ends.
std::string squeeze_spaces(std::string_view text);

// Decodes the UTF-8 code point at text[at]; sets `length` to its byte length
// (1 for an invalid byte, which decodes as U+FFFD).
char32_t decode_utf8(std::string_view text, std::size_t at, std::size_t& length);

// True when the code point is a letter in any script (ICU u_isalpha).
bool is_letter(char32_t c);
// True for an upper- or title-case letter.
bool is_upper(char32_t c);

}  // namespace newsgraph
