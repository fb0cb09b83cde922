// Sums of money written with the words of lexicons/money_words.tsv, currencies.tsv and scale_words.tsv.
#include <tuple>

#include "extractors/money_words.hpp"
#include "tests/extractors/entity_test_support.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using namespace newsgraph::test;

namespace {
std::size_t amounts(const Document& doc) {
    return std::count_if(doc.entities.begin(), doc.entities.end(),
                         [](const Entity& e) { return e.cls == EntityClass::Amount; });
}
}  // namespace

TEST_CASE("any ISO 4217 code before a number is its currency", "[amount]") {
    auto doc = analyse("The loan of NGN 2bn and XOF 500 million came after CHF 3m.");
    for (auto [surface, currency] : {std::pair{"NGN 2bn", "NGN"}, {"XOF 500 million", "XOF"}, {"CHF 3m", "CHF"}}) {
        INFO(surface);
        const Entity* amount = entity(doc, EntityClass::Amount, surface);
        REQUIRE(amount);
        CHECK(amount->currency == currency);
    }
}

TEST_CASE("the naira, cedi, won and rupee signs, and crores", "[amount]") {
    auto doc = analyse("The bank lent \u20a62.5 billion, GH\u20b545 million, \u20a93 trillion and Rs 500 crore.");
    for (auto [surface, currency, value] : {std::tuple{"\u20a62.5 billion", "NGN", 2.5e9},
                                            {"\u20b545 million", "GHS", 4.5e7},
                                            {"\u20a93 trillion", "KRW", 3e12},
                                            {"Rs 500 crore", "INR", 5e9}}) {
        INFO(surface);
        const Entity* amount = entity(doc, EntityClass::Amount, surface);
        REQUIRE(amount);
        CHECK(amount->currency == currency);
        CHECK(amount->value == value);
    }
    // near miss: "Rs" with no number after it is no amount
    CHECK(amounts(analyse("Alpha Rs said so on Monday.")) == 0);
}

TEST_CASE("a code that is also a word, and a weight in pounds, are no money", "[amount]") {
    CHECK(amounts(analyse("TOP 10 COUNTRIES AT COP 26 SAY TRY 3 THINGS.")) == 0);
    CHECK(amounts(analyse("They shipped 5 pounds of rice.")) == 0);
    auto doc = analyse("They paid 5 pounds in fees and 300 US dollars in tax.");
    REQUIRE(entity(doc, EntityClass::Amount, "5 pounds"));
    CHECK(entity(doc, EntityClass::Amount, "5 pounds")->currency == "GBP");
    REQUIRE(entity(doc, EntityClass::Amount, "300 US dollars"));
    CHECK(entity(doc, EntityClass::Amount, "300 US dollars")->currency == "USD");
}

TEST_CASE("the money words: prefixes, dollar countries, suffixes and scales", "[amount]") {
    const MoneyWords& words = *MoneyWords::shared();
    CHECK(words.prefix("\u20ac") == "EUR");
    CHECK(words.prefix("RMB") == "CNY");
    CHECK(words.prefix("KES") == "KES");
    CHECK(words.prefix("kes").empty());
    CHECK(words.prefix("TOP").empty());
    CHECK(words.dollar_country("HK") == "HKD");
    CHECK(words.suffix("Euros", "") == "EUR");
    CHECK(words.suffix("pounds", "Of").empty());
    CHECK(words.qualifier("U.S."));
    CHECK(words.scale("BN") == 1e9);
    CHECK(words.scale("gazillion") == 0.0);
}
