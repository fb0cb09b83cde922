// Tests for exporters/number_format and exporters/term_check.
#include <cmath>
#include <limits>

#include "core/error.hpp"
#include "exporters/number_format.hpp"
#include "exporters/term_check.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

TEST_CASE("format_decimal writes the shortest fixed form", "[exporters]") {
    CHECK(format_decimal(0.95) == "0.95");
    CHECK(format_decimal(1.0) == "1");
    CHECK(format_decimal(0.1) == "0.1");
    CHECK(format_decimal(1.5e12) == "1500000000000");
    CHECK(format_decimal(-2.5) == "-2.5");
    CHECK(format_decimal(-0.0) == "0");
    CHECK(format_decimal(1.0 / 3.0) == "0.3333333333333333");
    CHECK(format_decimal(1e-7) == "0.0000001");
    CHECK_THROWS_AS(format_decimal(std::nan("")), Error);
    CHECK_THROWS_AS(format_decimal(std::numeric_limits<double>::infinity()), Error);
}

TEST_CASE("IRI and language tag checks", "[exporters]") {
    CHECK(is_valid_iri("https://w3id.org/newsgraph/id/person/ada"));
    CHECK(is_valid_iri("http://evil/#x"));
    CHECK(is_valid_iri("urn:x:1"));
    CHECK_FALSE(is_valid_iri("relative/path"));
    CHECK_FALSE(is_valid_iri("http://a b"));
    CHECK_FALSE(is_valid_iri("http://a/<x>"));
    CHECK_FALSE(is_valid_iri("http://a/\x01"));
    CHECK_FALSE(is_valid_iri("1http://a"));
    CHECK(is_valid_language("en"));
    CHECK(is_valid_language("en-us"));
    CHECK(is_valid_language("zh-Hant-TW"));
    CHECK_FALSE(is_valid_language("en_US"));
    CHECK_FALSE(is_valid_language(""));
    CHECK_FALSE(is_valid_language("en-"));
    CHECK_FALSE(is_valid_language("toolonglanguage"));
    CHECK_THROWS_WITH(require_valid_iri("not an iri", "subject"), Catch::Contains("not an iri"));
}

// The check scans eight bytes at a time: every byte value, in the first word, in
// a later one and in the bytes after the last whole word, must be judged as RFC 3987 has it (controls, space, DEL and
// <>"{}|^`\ forbidden; bytes of non-ASCII characters allowed).
TEST_CASE("IRI check judges every byte value wherever it falls", "[exporters]") {
    const std::string forbidden = "<>\"{}|^`\\";
    for (int value = 0; value < 0x100; ++value) {
        const char byte = static_cast<char>(value);
        const bool allowed = value > 0x20 && value != 0x7F && forbidden.find(byte) == std::string::npos;
        for (std::string iri : {"a:", "http://a/", "http://example.org/path/"}) {
            iri += byte;
            iri += "suffix";
            INFO("byte " << value << " in " << iri.size() << " bytes");
            CHECK(is_valid_iri(iri) == allowed);
        }
    }
}
