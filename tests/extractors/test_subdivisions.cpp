// ISO 3166-2 subdivisions (lexicons/subdivisions.tsv) as gazetteer places, with their parent and code.
#include <algorithm>

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

TEST_CASE("every Associated Press state abbreviation names a U.S. state", "[subdivisions][wire]") {
    // The AP stylebook's abbreviations; Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are written out.
    const char* abbreviations[] = {"Ala.",  "Ariz.", "Ark.",  "Calif.", "Colo.", "Conn.", "Del.",  "Fla.",  "Ga.",
                                   "Ill.",  "Ind.",  "Kan.",  "Ky.",    "La.",   "Md.",   "Mass.", "Mich.", "Minn.",
                                   "Miss.", "Mo.",   "Mont.", "Neb.",   "Nev.",  "N.H.",  "N.J.",  "N.M.",  "N.Y.",
                                   "N.C.",  "N.D.",  "Okla.", "Ore.",   "Pa.",   "R.I.",  "S.C.",  "S.D.",  "Tenn.",
                                   "Vt.",   "Va.",   "Wash.", "W.Va.",  "Wis.",  "Wyo."};
    auto gazetteer = load_gazetteer();
    for (const char* abbreviation : abbreviations) {
        INFO(abbreviation);
        auto doc = analyse(std::string("The mayor of Brindlecombe, ") + abbreviation + ", said so.");
        const Entity* state = nullptr;
        for (const Entity& e : doc.entities)
            if (e.cls == EntityClass::Place && has_alias(e, abbreviation)) state = &e;
        REQUIRE(state);
        const GazetteerEntry* entry = gazetteer->find_key(state->key);
        REQUIRE(entry);
        CHECK(entry->kind == "state");
        CHECK(entry->parent == "united_states");
    }
    // Georgia alone is still the country; "Ga." is the state
    auto georgia = gazetteer->match_word("Georgia", Span{0, 7}, EntityClass::Place);
    REQUIRE(georgia);
    CHECK(georgia->entry->kind == "country");
}

TEST_CASE("a city before an abbreviated state is a place, not a person before a title", "[subdivisions][wire]") {
    // "Miss." is also a title; after a city's comma it is Mississippi
    auto doc = analyse("The senators spoke in Jackson, Miss., and in Macon, Ga., on Monday.");
    CHECK(entity(doc, EntityClass::Place, "Jackson, Mississippi"));
    CHECK(entity(doc, EntityClass::Place, "Macon, Georgia, U.S."));
    CHECK_FALSE(entity(doc, EntityClass::Person, "Jackson"));
    // near miss: a name, a comma and a title is still a person
    auto person = analyse("The award went to Brindle Jackson, Miss Universe, on Monday.");
    CHECK_FALSE(entity(person, EntityClass::Place, "Jackson, Mississippi"));
    auto coach = analyse("After the match, Zorvan Dario Gomez, Panama coach, said he was happy.");
    CHECK(entity(coach, EntityClass::Person, "Zorvan Dario Gomez"));
    CHECK_FALSE(entity(coach, EntityClass::Place, "Zorvan Dario Gomez, Panama"));
}

TEST_CASE("'Greater' before a known place names the larger area", "[subdivisions]") {
    auto doc = analyse("Andy Burnham, the Mayor of Greater Manchester, met Greater Manchester Police in Salford.");
    const Entity* area = entity(doc, EntityClass::Place, "Greater Manchester");
    REQUIRE(area);
    CHECK_FALSE(entity(doc, EntityClass::Place, "Greater"));
    CHECK_FALSE(entity(doc, EntityClass::Organization, "Greater"));
    const Entity* police = entity(doc, EntityClass::Organization, "Greater Manchester Police");
    REQUIRE(police);
    CHECK(std::find(police->aliases.begin(), police->aliases.end(), "Greater") == police->aliases.end());
    // near miss: a lower-case "greater" is no part of a name
    auto lower = analyse("The storm did greater damage in Manchester.");
    CHECK(entity(lower, EntityClass::Place, "Manchester"));
    CHECK_FALSE(entity(lower, EntityClass::Place, "greater Manchester"));
}
