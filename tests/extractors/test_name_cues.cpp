// The cue-word lexicon of the name rules: what the shipped file holds and how a bad line is reported.
#include <string>
#include <vector>

#include "core/error.hpp"
#include "extractors/name_cues.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {
std::vector<TsvRow> rows(std::vector<std::vector<std::string>> lines) {
    std::vector<TsvRow> out;
    std::size_t number = 3;  // as if two comment lines came first
    for (auto& fields : lines) out.push_back({number++, std::move(fields)});
    return out;
}
}  // namespace

TEST_CASE("the shipped cue file loads and answers by class", "[entities][lexicon][cues]") {
    const NameCues& cues = *NameCues::shared();
    CHECK(cues.is(Cue::Connector, std::string("of")));
    CHECK(cues.is(Cue::Particle, std::string("von")));
    CHECK_FALSE(cues.is(Cue::Particle, std::string("of")));
    CHECK(cues.is(Cue::Opener, std::string("#")));  // written \# in the file
    CHECK(cues.is(Cue::Opener, std::string("\u201c")));
    CHECK(cues.is(Cue::PersonNoun, std::string("teacher")));
    CHECK(cues.is(Cue::EventNoun, std::string("summit")));
    CHECK(cues.common_ending("nation"));       // "tion", six letters at least
    CHECK_FALSE(cues.common_ending("ation"));  // too short for the ending to count
    CHECK(cues.ends_with(Cue::AdverbEnding, "quickly"));
    CHECK_FALSE(cues.ends_with(Cue::AdverbEnding, "fly"));  // shorter than four letters
    CHECK(cues.ends_with(Cue::ParticipleEnding, "blamed"));
}

TEST_CASE("cue words are folded when loaded, openers kept as written", "[entities][lexicon][cues]") {
    NameCues cues("mine.tsv", rows({{"Summit", "event_noun"}, {"\u2018", "opener"}, {"ware", "common_ending", "5"}}));
    CHECK(cues.is(Cue::EventNoun, std::string("summit")));
    CHECK(cues.is(Cue::Opener, std::string("\u2018")));
    CHECK(cues.common_ending("malware"));
    CHECK_FALSE(cues.common_ending("ware"));
}

TEST_CASE("a bad line in the cue file is an error naming the file and line", "[entities][lexicon][cues]") {
    CHECK_THROWS_WITH(NameCues("mine.tsv", rows({{"of", "connector"}, {"of", "conector"}})),
                      "mine.tsv:4: unknown cue \"conector\"");
    CHECK_THROWS_WITH(NameCues("mine.tsv", rows({{"of"}})), "mine.tsv:3: expected a word and a cue separated by a tab");
    CHECK_THROWS_WITH(NameCues("mine.tsv", rows({{"of", "connector", "2"}})),
                      "mine.tsv:3: expected two columns, a word and a cue");
    CHECK_THROWS_WITH(NameCues("mine.tsv", rows({{"tion", "common_ending"}})),
                      "mine.tsv:3: an ending (common_ending) needs its minimum word length in a third column");
    CHECK_THROWS_WITH(NameCues("mine.tsv", rows({{"tion", "common_ending", "six"}})),
                      "mine.tsv:3: minimum length \"six\" is not a number");
}
