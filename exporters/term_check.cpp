// IRI and language-tag syntax checks.
#include "exporters/term_check.hpp"

#include <array>
#include <string>

#include "core/error.hpp"

namespace newsgraph {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_valid_iri(std::string_view iri) {
    auto colon = iri.find(':');
    if (colon == std::string_view::npos || colon == 0 || !is_alpha(iri[0])) return false;
    for (std::size_t i = 1; i < colon; ++i) {
        char c = iri[i];
        if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return false;
    }
    // One table look-up per byte: this runs for every IRI every writer writes.
    static constexpr auto kForbidden = [] {
        std::array<bool, 256> table{};
        for (int c = 0; c <= 0x20; ++c) table[static_cast<std::size_t>(c)] = true;
        table[0x7F] = true;
        for (unsigned char c : std::string_view("<>\"{}|^`\\")) table[c] = true;
        return table;
    }();
    for (char c : iri)
        if (kForbidden[static_cast<unsigned char>(c)]) return false;
    return true;
}

bool is_valid_language(std::string_view tag) {
    std::size_t part = 0;
    std::size_t length = 0;
    for (char c : tag) {
        if (c == '-') {
            if (length == 0) return false;
            ++part;
            length = 0;
            continue;
        }
        bool ok = part == 0 ? is_alpha(c) : (is_alpha(c) || is_digit(c));
        if (!ok || ++length > 8) return false;
    }
    return length > 0;
}

void require_valid_iri(std::string_view iri, std::string_view what) {
    if (!is_valid_iri(iri))
        throw Error("cannot write " + std::string(what) + " <" + std::string(iri) +
                    ">: not an absolute IRI or contains a character IRIs forbid");
}

}  // namespace newsgraph
