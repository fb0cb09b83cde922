// Unicode helpers and deterministic identifiers.
#include "core/iri.hpp"
#include "core/text.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

TEST_CASE("fold removes accents and case") {
    CHECK(fold("António GUTERRES") == "antonio guterres");
    CHECK(fold("Søren") == fold("søren"));
    CHECK(fold("Zoë") == "zoe");
}

TEST_CASE("slug keeps letters of any script and joins the rest with dashes") {
    CHECK(slug("UN Office on Drugs and Crime") == "un-office-on-drugs-and-crime");
    CHECK(slug("  António  Guterres ") == "antonio-guterres");
    CHECK(slug("Nguyễn Văn An") == "nguyen-van-an");
    CHECK(slug("Москва") == "москва");
    CHECK(slug("<script>") == "script");
    CHECK(slug("!!!") == "unnamed");
}

TEST_CASE("slug of ASCII text agrees with the full Unicode path") {
    // A trailing no-break space sends the same text through ICU's normalization.
    for (std::string text : {"Rock'n'Roll  Hall_of-Fame 2024!", "U.S.-based\tA\x01b", "", "--", "ABC123xyz"})
        CHECK(slug(text) == slug(text + "\u00A0"));
    CHECK(slug("U.S.-based 2024") == "u-s-based-2024");
}

TEST_CASE("entity IRIs are stable and depend on class and folded name") {
    vocab::Namespaces ns;
    CHECK(entity_iri(ns, EntityClass::Person, "António Guterres") ==
          "https://w3id.org/newsgraph/id/person/antonio-guterres");
    CHECK(entity_iri(ns, EntityClass::Person, "Antonio Guterres") ==
          entity_iri(ns, EntityClass::Person, "António Guterres"));
    CHECK(entity_iri(ns, EntityClass::Place, "Vienna") != entity_iri(ns, EntityClass::Person, "Vienna"));
    std::string scratch;
    CHECK(statement_hash(scratch, "a", "p", "b", "") == statement_hash(scratch, "a", "p", "b", ""));
    CHECK(statement_hash(scratch, "a", "p", "b", "") != statement_hash(scratch, "b", "p", "a", ""));
    CHECK(statement_hash(scratch, "a", "p", "b", "") == stable_hash("a\np\nb\n"));
    std::string iri = statement_iri_prefix(ns);
    append_statement_iri(iri, 0xab, 12);
    CHECK(iri == "https://w3id.org/newsgraph/id/statement/00000000000000ab-12");
}

TEST_CASE("repair_utf8 replaces invalid bytes and counts them") {
    std::string text = "ok \xff\xfe end";
    CHECK(repair_utf8(text) == 2);
    CHECK(text == "ok \xEF\xBF\xBD\xEF\xBF\xBD end");
    std::string valid = "Zoë";
    CHECK(repair_utf8(valid) == 0);
}

TEST_CASE("xml_safe drops characters XML 1.0 forbids") {
    CHECK(xml_safe(std::string("a\x01"
                               "b\tc\x1f") +
                   "\xEF\xBF\xBE" + "d") == "ab\tcd");
}
