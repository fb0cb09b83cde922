// Tests for language/phrase_index: matches() against a look-up of every
// possible phrase length, over phrases that share prefixes.
#include <random>
#include <string>
#include <vector>

#include "language/phrase_index.hpp"
#include "language/tokenizer.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

// Every phrase starting at tokens[at], longest first, found by trying each length.
std::vector<std::pair<std::size_t, const std::vector<std::size_t>*>> every_length(
    const PhraseIndex& index, const std::vector<std::string>& tokens, std::size_t at) {
    std::vector<std::pair<std::size_t, const std::vector<std::size_t>*>> out;
    for (std::size_t n = tokens.size() - at; n > 0; --n) {
        std::string joined;
        for (std::size_t i = at; i < at + n; ++i) joined += (i > at ? " " : "") + tokens[i];
        if (const auto* values = index.find(joined)) out.emplace_back(n, values);
    }
    return out;
}

}  // namespace

TEST_CASE("phrase index returns every phrase at a position, longest first", "[extractors]") {
    Tokenizer tokenizer;
    PhraseIndex index;
    index.add(tokenizer, "United Nations", 1);
    index.add(tokenizer, "United Nations Office on Drugs and Crime", 2);
    index.add(tokenizer, "United", 3);
    index.add(tokenizer, "United Nations", 4);
    std::vector<std::string> tokens = {"the", "united", "nations", "office", "on", "drugs", "and", "crime"};
    auto found = index.matches(tokens, 1);
    REQUIRE(found.size() == 3);
    CHECK(found[0].first == 7);
    CHECK(*found[0].second == std::vector<std::size_t>{2});
    CHECK(found[1].first == 2);
    CHECK(*found[1].second == std::vector<std::size_t>{1, 4});
    CHECK(found[2].first == 1);
    CHECK(index.matches(tokens, 0).empty());
    // "united nations office" is only the start of a phrase, not one.
    CHECK(index.matches({"united", "nations", "office"}, 0).size() == 2);
    const std::vector<std::size_t>* values = nullptr;
    CHECK(index.match(tokens, 1, values) == 7);
}

TEST_CASE("phrase index matches agree with trying every length", "[extractors]") {
    Tokenizer tokenizer;
    PhraseIndex index;
    const std::vector<std::string> words = {"a", "b", "c", "d"};
    std::mt19937 random(11);
    for (std::size_t value = 0; value < 40; ++value) {
        std::string phrase;
        for (std::size_t n = 1 + random() % 4; n > 0; --n) phrase += words[random() % words.size()] + " ";
        index.add(tokenizer, phrase, value);
    }
    for (int round = 0; round < 200; ++round) {
        std::vector<std::string> tokens;
        for (std::size_t n = 1 + random() % 8; n > 0; --n) tokens.push_back(words[random() % words.size()]);
        for (std::size_t at = 0; at < tokens.size(); ++at)
            CHECK(index.matches(tokens, at) == every_length(index, tokens, at));
    }
}
