// Which earlier name a short form or a lone surname refers to, and that a long run of names in one document
// gets the same readings as the same names one at a time.
#include <string>

#include "tests/extractors/entity_test_support.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using namespace newsgraph::test;

TEST_CASE("the ministry is the latest ministry named before it", "[entities][organization][short_form]") {
    auto doc = analyse(
        "The Ministry of Health and the Ministry of Finance met. Later the Health Workers Union met. "
        "The ministry said no.");
    const Entity* health = entity(doc, EntityClass::Organization, "Ministry of Health");
    const Entity* finance = entity(doc, EntityClass::Organization, "Ministry of Finance");
    REQUIRE(health);
    REQUIRE(finance);
    CHECK(health->mentions.size() == 1);
    CHECK(finance->mentions.size() == 2);
}

TEST_CASE("a lone surname joins the nearest full name before it", "[entities][person][resolver]") {
    auto doc = analyse(
        "Mary Smith met John Smith on Monday. Smith said the talks went well. "
        "Mary Smith spoke later. Smith agreed.");
    const Entity* mary = entity(doc, EntityClass::Person, "Mary Smith");
    const Entity* john = entity(doc, EntityClass::Person, "John Smith");
    REQUIRE(mary);
    REQUIRE(john);
    CHECK(john->mentions.size() == 2);
    CHECK(mary->mentions.size() == 3);
}

TEST_CASE("many people in one document each stay one person", "[entities][person][scale]") {
    const char* given[] = {"Maria", "John", "Ahmed", "Laura"};
    const char* syllables[] = {"ka", "lo", "mi", "ra", "te", "su", "no", "bi"};
    std::string text;
    std::size_t people = 0;
    for (std::size_t i = 0; i < 64; ++i)
        for (std::size_t g = 0; g < 4; ++g, ++people) {
            std::string surname = std::string(syllables[i % 8]) + syllables[(i / 8) % 8] + syllables[g];
            surname[0] = static_cast<char>(surname[0] - 'a' + 'A');
            text += std::string(given[g]) + " " + surname + (g % 2 ? " and " : " met ");
            if (g == 3) text.replace(text.size() - 5, 5, ". ");
        }
    auto doc = analyse(text);
    CHECK(count(doc, EntityClass::Person) == people);
    for (const Entity& e : doc.entities) CHECK(e.mentions.size() == 1);
}

TEST_CASE("a lexicon name written in lower case matches as written, not any lower-case word", "[entities][lexicon]") {
    auto doc = analyse("The attack was claimed by al-Qaeda on Monday.");
    CHECK(entity(doc, EntityClass::Organization, "Al-Qaeda"));
    // near misses: a lexicon name written with a capital still needs one ("the hamas" is no name), and one written
    // in lower case matches only as written ("the channel" is no "the Channel")
    CHECK(count(analyse("They said the hamas was good."), EntityClass::Organization) == 0);
    CHECK(count(analyse("He crossed the channel by boat."), EntityClass::Place) == 0);
}

TEST_CASE("a city of the GeoNames list is a place in its country", "[entities][lexicon]") {
    auto doc = analyse("Floods hit Porto Alegre and Kollam on Friday.");
    CHECK(entity(doc, EntityClass::Place, "Porto Alegre"));
    CHECK(entity(doc, EntityClass::Place, "Kollam"));
    // near miss: a one-word city touching another capitalized word is no place alone
    CHECK_FALSE(entity(analyse("Floods hit Kollam Road on Friday."), EntityClass::Place, "Kollam"));
}
