// Mentions of people, organizations, places, threats, goals, events and
// amounts, with the traps: titles, sentence-initial capitals, weekdays.
#include "tests/extractors/entity_test_support.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using namespace newsgraph::test;

TEST_CASE("a title introduces a person and is not part of the name", "[entities][person]") {
    auto doc = analyse("Prime Minister Zorbak Quell announced the plan. Later, Dr. Ilse Varga agreed.");
    CHECK(entity(doc, EntityClass::Person, "Zorbak Quell"));
    CHECK(entity(doc, EntityClass::Person, "Ilse Varga"));
    CHECK_FALSE(named_anywhere(doc, "Prime Minister Zorbak Quell"));
    CHECK_FALSE(entity(doc, EntityClass::Person, "Dr. Ilse Varga"));
}

TEST_CASE("speech verbs and appositions are evidence for a person", "[entities][person]") {
    auto doc = analyse(
        "The rain stopped, Velmont Drabik said on Tuesday. It was late, according to Tamsin Oyelaran. "
        "Qorvan Ysel, head of the port authority, disagreed.");
    CHECK(entity(doc, EntityClass::Person, "Velmont Drabik"));
    CHECK(entity(doc, EntityClass::Person, "Tamsin Oyelaran"));
    CHECK(entity(doc, EntityClass::Person, "Qorvan Ysel"));
    CHECK_FALSE(named_anywhere(doc, "Tuesday"));
}

TEST_CASE("given names, non-ASCII letters, hyphens and initials", "[entities][person]") {
    auto doc = analyse(
        "Yesterday, Maria Kowalczyk visited the site with Søren Kjærgaard. "
        "The report by Zoë Ellingham was praised. Jean-Baptiste Mbarga attended, and J. K. Rowling spoke. "
        "Leung Kwok-hung was there too.");
    CHECK(entity(doc, EntityClass::Person, "Maria Kowalczyk"));
    CHECK(entity(doc, EntityClass::Person, "Søren Kjærgaard"));
    CHECK(entity(doc, EntityClass::Person, "Zoë Ellingham"));
    CHECK(entity(doc, EntityClass::Person, "Jean-Baptiste Mbarga"));
    CHECK(entity(doc, EntityClass::Person, "J. K. Rowling"));
    CHECK(entity(doc, EntityClass::Person, "Leung Kwok-hung"));
}

TEST_CASE("sentence-initial capitals, weekdays, months and lone titles are never entities", "[entities][traps]") {
    auto doc = analyse(
        "New technologies are arriving fast, and new rules follow. Over the years, over time, things change. "
        "An official met on Monday in January. The Executive Director spoke. The Secretary-General agreed. "
        "Mr Brown is not here, Mr said nothing.");
    for (const char* forbidden :
         {"New", "Over", "An", "Monday", "January", "Executive Director", "Secretary-General", "Mr"})
        CHECK_FALSE(named_anywhere(doc, forbidden));
    CHECK(count(doc, EntityClass::Organization) == 0);
    CHECK(count(doc, EntityClass::Place) == 0);
}

TEST_CASE("a headline's capitals are not evidence", "[entities][traps]") {
    auto doc = analyse("Storm Warnings Issued As Rivers Rise\n\nThe rivers rose in the night.");
    CHECK(doc.entities.empty());
}

TEST_CASE("organizations from head words, with an acronym defined in either order", "[entities][organization]") {
    auto doc = analyse(
        "The Agency for Rural Roads (ARR) opened an office. ARR's budget grew. "
        "Later, KMB, the Kestrel Mining Board, objected.");
    const Entity* arr = entity(doc, EntityClass::Organization, "Agency for Rural Roads");
    REQUIRE(arr);
    CHECK(has_alias(*arr, "ARR"));
    CHECK_FALSE(has_alias(*arr, "ARR's"));
    const Entity* kmb = entity(doc, EntityClass::Organization, "Kestrel Mining Board");
    REQUIRE(kmb);
    CHECK(has_alias(*kmb, "KMB"));
}

TEST_CASE("an acronym used before its long form is defined joins it", "[entities][organization]") {
    auto doc = analyse("OMS inspectors arrived early. The Office for Maritime Safety said the port was safe.");
    const Entity* oms = entity(doc, EntityClass::Organization, "Office for Maritime Safety");
    REQUIRE(oms);
    CHECK(has_alias(*oms, "OMS"));
    CHECK(count(doc, EntityClass::Organization) == 1);
}

TEST_CASE("the gazetteer expands UN names and keeps aliases", "[entities][organization]") {
    auto doc =
        analyse("Officials of the UN Office on Drugs and Crime (UNODC) met. UNODC's chief spoke to the U.N. assembly.");
    const Entity* unodc = entity(doc, EntityClass::Organization, "United Nations Office on Drugs and Crime");
    REQUIRE(unodc);
    CHECK(unodc->key == "unodc");
    CHECK(has_alias(*unodc, "UN Office on Drugs and Crime"));
    CHECK(has_alias(*unodc, "UNODC"));
    const Entity* un = entity(doc, EntityClass::Organization, "United Nations");
    REQUIRE(un);
    CHECK(has_alias(*un, "U.N."));
}

TEST_CASE("a known organization before a hyphen and a lower-case word is named there", "[entities][organization]") {
    auto doc = analyse("The Hezbollah-provoked fighting spread, and NATO-led troops left.");
    CHECK(entity(doc, EntityClass::Organization, "Hezbollah"));
    CHECK(entity(doc, EntityClass::Organization, "North Atlantic Treaty Organization"));
    auto unknown = analyse("The Kolbeck-provoked fighting spread.");  // not a known name
    CHECK_FALSE(entity(unknown, EntityClass::Organization, "Kolbeck"));
}

TEST_CASE("'the Commission' refers back to the latest organization with that head word", "[entities][organization]") {
    auto doc = analyse(
        "The Commission on Fishing Quotas met in Oslo. Delegates praised the Commission. "
        "The ministry of fisheries and the Commission agreed.");
    const Entity* commission = entity(doc, EntityClass::Organization, "Commission on Fishing Quotas");
    REQUIRE(commission);
    CHECK(commission->mentions.size() == 3);
    CHECK(has_alias(*commission, "Commission"));
    CHECK(entity(doc, EntityClass::Place, "Oslo"));
}

TEST_CASE("a city after a city and a comma is a list, not the first one's region", "[entities][place]") {
    auto doc = analyse("Protests spread to Paris, London and Berlin. A fair opened in Paris, Texas.");
    CHECK(entity(doc, EntityClass::Place, "Paris"));
    CHECK_FALSE(entity(doc, EntityClass::Place, "Paris, London"));
    CHECK(entity(doc, EntityClass::Place, "Paris, Texas"));
}

TEST_CASE("places: countries, cities, demonyms and places inside organization names", "[entities][place]") {
    auto doc = analyse(
        "Afghan officials met in Kabul. Researchers at the University of Sheffield wrote to Afghanistan's embassy.");
    const Entity* afghanistan = entity(doc, EntityClass::Place, "Afghanistan");
    REQUIRE(afghanistan);
    CHECK(has_alias(*afghanistan, "Afghan"));
    CHECK(entity(doc, EntityClass::Place, "Kabul"));
    CHECK(entity(doc, EntityClass::Organization, "University of Sheffield"));
    // the city named inside the university's name is spoken of too
    CHECK(entity(doc, EntityClass::Place, "Sheffield"));

    auto alone = analyse("Gabonese and Estonian teams played.");
    CHECK(count(alone, EntityClass::Place) == 0);
}

TEST_CASE("a member noun names its organization where the article names it or a public office follows",
          "[entities][organization]") {
    auto doc = analyse("The Church of Scientology sued. A Scientologist spoke. Republican Senator Ann Ford agreed.");
    const Entity* church = entity(doc, EntityClass::Organization, "Church of Scientology");
    REQUIRE(church);
    CHECK(has_alias(*church, "Scientologist"));
    CHECK(entity(doc, EntityClass::Organization, "Republican Party"));

    auto alone = analyse("A Scientologist spoke. Republican voters agreed.");
    CHECK(count(alone, EntityClass::Organization) == 0);
}

TEST_CASE("a town before a known state is a place", "[entities][place]") {
    auto doc = analyse("The boy lives in Brindlecombe, Texas, with his family. Brindlecombe is small.");
    const Entity* town = entity(doc, EntityClass::Place, "Brindlecombe, Texas");
    REQUIRE(town);
    CHECK(has_alias(*town, "Brindlecombe"));
}

TEST_CASE("threats and goals come from the lexicons with canonical names", "[entities][threat][goal]") {
    auto doc =
        analyse("Efforts against cyber-crime and trafficking in persons help reach the SDGs and the 2030 Agenda.");
    CHECK(entity(doc, EntityClass::Threat, "cybercrime"));
    CHECK(entity(doc, EntityClass::Threat, "human trafficking"));
    CHECK(entity(doc, EntityClass::Goal, "Sustainable Development Goals"));
    CHECK(entity(doc, EntityClass::Goal, "2030 Agenda for Sustainable Development"));
}

TEST_CASE("events: sessions, operations and named conferences", "[entities][event]") {
    auto doc = analyse(
        "The body opened its annual session. Police ran Operation Nightfall. Delegates flew to the Lisbon Ocean "
        "Summit.");
    CHECK(entity(doc, EntityClass::Event, "annual session"));
    CHECK(entity(doc, EntityClass::Event, "Operation Nightfall"));
    CHECK(entity(doc, EntityClass::Event, "Lisbon Ocean Summit"));
}

TEST_CASE("amounts of money carry value, currency and span", "[entities][amount]") {
    std::string text =
        "Crime costs $1.5 trillion a year; the fund has US$3 billion, EUR 450m and \u00a312m, plus 20 million euros.";
    auto doc = analyse(text);
    struct Want {
        const char* surface;
        double value;
        const char* currency;
    };
    for (Want want :
         {Want{"$1.5 trillion", 1.5e12, "USD"}, Want{"US$3 billion", 3e9, "USD"}, Want{"EUR 450m", 4.5e8, "EUR"},
          Want{"\u00a312m", 1.2e7, "GBP"}, Want{"20 million euros", 2e7, "EUR"}}) {
        const Entity* amount = entity(doc, EntityClass::Amount, want.surface);
        INFO(want.surface);
        REQUIRE(amount);
        CHECK(amount->value == Approx(want.value));
        CHECK(amount->currency == want.currency);
        CHECK(doc.view(amount->span) == want.surface);
    }
}
