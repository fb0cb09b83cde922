// ISO 3166-2 subdivisions (lexicons/subdivisions.tsv) as gazetteer places, with their parent and code.
#include "core/place_codes.hpp"
#include "extractors/gazetteer.hpp"
#include "tests/extractors/entity_test_support.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using namespace newsgraph::test;

TEST_CASE("English counties and Indian states are places under their country, with ISO codes", "[subdivisions]") {
    auto doc = analyse("Police in Devon and Cornwall said roads in Kerala were closed.");
    for (const char* name : {"Devon", "Cornwall", "Kerala"}) {
        INFO(name);
        const Entity* place = entity(doc, EntityClass::Place, name);
        REQUIRE(place);
        CHECK(place->confidence >= 0.9);
    }
    auto gazetteer = load_gazetteer();
    const GazetteerEntry* devon = gazetteer->find_key("iso_gb_dev");
    REQUIRE(devon);
    CHECK(devon->name == "Devon");
    CHECK(devon->kind == "two-tier county");
    CHECK(devon->parent == "england");
    CHECK(iso_place_code("Devon") == "GB-DEV");
    CHECK(iso_place_code("Kenya") == "KE");
    CHECK(iso_place_code("Atlantis").empty());
}

TEST_CASE("a one-word subdivision inside a longer name or opening a sentence is not that place", "[subdivisions]") {
    // Flores and Rivera are departments of Uruguay, Lara a state of Venezuela.
    auto doc = analyse("Lara Croft met Isabel Flores on Monday. Flores Street was shut.");
    CHECK_FALSE(entity(doc, EntityClass::Place, "Lara"));
    CHECK_FALSE(entity(doc, EntityClass::Place, "Flores"));
    auto alone = analyse("The fair was held in Flores, Uruguay.");
    CHECK(entity(alone, EntityClass::Place, "Flores"));
}
