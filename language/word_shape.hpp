// Shape tests on single words (capitalized, acronym, lower-case, digits),
// UTF-8 aware; the name extractors decide with them what a token may be.
#pragma once

#include <string_view>

namespace newsgraph {

// True when the first character is an upper- or title-case letter.
bool is_capitalized(std::string_view word);
// True when every letter is lower-case and there is at least one letter.
bool is_lower_word(std::string_view word);
// True for "UNODC", "U.N.", "AT&T", "G20": two or more capitals, no lower-case letter.
bool is_acronym(std::string_view word);
// True when the word starts with a digit.
bool starts_with_digit(std::string_view word);
// True when the word holds at least one letter or digit.
bool is_wordlike(std::string_view word);
// True for an initial such as "J." or "K".
bool is_initial(std::string_view word);
// True for a web address ("http://...", "https://...", "ftp://...", "www.un.org") or an e-mail address (a local
// part of letters, digits and ".-_+", "@", a domain with a dot): such a token names no one.
bool is_web_address(std::string_view word);
// The word without one final period ("Mr." -> "Mr").
std::string_view strip_trailing_period(std::string_view word);

}  // namespace newsgraph
