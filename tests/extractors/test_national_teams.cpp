// Countries that play a match are read as their national teams, and only in match reports.
#include "extractors/national_teams.hpp"
#include "tests/extractors/entity_test_support.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using namespace newsgraph::test;

namespace {
Document with_teams(std::string text) {
    static const SentenceSplitter splitter;
    static const GazetteerExtractor gazetteer;
    static const NameExtractor names;
    static const NationalTeams teams;
    static const Resolver resolver;
    Document doc;
    doc.id = "test";
    doc.text = std::move(text);
    for (const Extractor* component :
         std::initializer_list<const Extractor*>{&splitter, &gazetteer, &names, &teams, &resolver})
        component->run(doc);
    return doc;
}
}  // namespace

TEST_CASE("countries in a match report's results are national teams", "[entities][teams]") {
    auto doc = with_teams(
        "Group F ended early. Sweden defeated South Korea in the first match, and Tunisia lost 1 - 2 to England. "
        "The goal came late. The teams will travel to Moscow, Russia.");
    const Entity* sweden = entity(doc, EntityClass::Organization, "Sweden national team");
    REQUIRE(sweden);
    CHECK(has_alias(*sweden, "Sweden"));
    CHECK(entity(doc, EntityClass::Organization, "South Korea national team"));
    CHECK(entity(doc, EntityClass::Organization, "Tunisia national team"));
    CHECK(entity(doc, EntityClass::Organization, "England national team"));
    CHECK_FALSE(entity(doc, EntityClass::Place, "Sweden"));
    // a country that plays no match stays a place
    CHECK(entity(doc, EntityClass::Place, "Russia"));
    CHECK(entity(doc, EntityClass::Place, "Moscow"));
}

TEST_CASE("without a match report, countries that defeat each other stay places", "[entities][teams]") {
    auto doc = with_teams("Sweden defeated Norway in the vote on fishing quotas. Talks resume in June.");
    CHECK(entity(doc, EntityClass::Place, "Sweden"));
    CHECK(entity(doc, EntityClass::Place, "Norway"));
    CHECK(count(doc, EntityClass::Organization) == 0);
}
