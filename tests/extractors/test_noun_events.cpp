// Events named by common nouns, read from the parse: a modified event noun, a bare definite one, the near misses
// that give none, and the repair of an event noun in "-ing" that the parser read as a verb.
#include <string>
#include <vector>

#include "extractors/noun_events.hpp"
#include "extractors/resolver.hpp"
#include "tests/extractors/parse_builder.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using newsgraph::testing::ParsedSentence;

namespace {

using W = newsgraph::testing::ParsedWord;

// The event mentions the component adds to `doc`, as "name|rule".
std::vector<std::string> events_of(Document& doc) {
    std::size_t before = doc.mentions.size();
    NounEventExtractor().run(doc);
    std::vector<std::string> out;
    for (std::size_t i = before; i < doc.mentions.size(); ++i)
        out.push_back(doc.mentions[i].name + "|" + doc.mentions[i].rule);
    return out;
}

std::vector<std::string> events_of(const std::vector<std::string>& rows) {
    ParsedSentence s(rows);
    return events_of(s.doc);
}

}  // namespace

TEST_CASE("a noun phrase headed by an event noun with a content modifier is an event", "[noun-events]") {
    // Police carried out overnight raids in Lekki
    std::vector<std::string> found = events_of(
        {"Police/police/NOUN/2/nsubj", "carried/carry/VERB/0/root", "out/out/ADP/2/compound:prt",
         "overnight/overnight/ADJ/5/amod", "raids/raid/NOUN/2/obj", "in/in/ADP/7/case", "Lekki/Lekki/PROPN/5/nmod"});
    CHECK(found == std::vector<std::string>{"overnight raids|events/noun-phrase"});
    // the nationwide catch - up vaccination drive: the hyphenated modifier hangs to its left
    found = events_of({"They/they/PRON/2/nsubj", "joined/join/VERB/0/root", "the/the/DET/9/det",
                       "nationwide/nationwide/ADJ/9/amod", "catch/catch/NOUN/9/compound", "-/-/PUNCT/7/punct",
                       "up/up/ADP/5/compound", "vaccination/vaccination/NOUN/9/compound", "drive/drive/NOUN/2/obj"});
    CHECK(found == std::vector<std::string>{"nationwide catch - up vaccination drive|events/noun-phrase"});
}

TEST_CASE("a bare definite event noun is one event, unless an event of the article has that noun", "[noun-events]") {
    ParsedSentence s({"The/the/DET/2/det", "trial/trial/NOUN/3/nsubj", "resumed/resume/VERB/0/root"});
    s.add_sentence({"The/the/DET/2/det", "trial/trial/NOUN/3/nsubj", "ended/end/VERB/0/root"});
    std::vector<std::string> found = events_of(s.doc);
    CHECK(found == std::vector<std::string>{"trial|events/definite-noun", "trial|events/definite-noun"});
    Resolver().run(s.doc);
    std::size_t events = 0;
    for (const Entity& e : s.doc.entities) events += e.cls == EntityClass::Event ? 1 : 0;
    CHECK(events == 1);
    // a modified "murder trial" names the event: the later "the trial" is left to the reference anchors
    ParsedSentence named(
        {"the/the/DET/3/det", "murder/murder/NOUN/3/compound", "trial/trial/NOUN/4/nsubj", "began/begin/VERB/0/root"});
    named.add_sentence({"The/the/DET/2/det", "trial/trial/NOUN/3/nsubj", "ended/end/VERB/0/root"});
    CHECK(events_of(named.doc) == std::vector<std::string>{"murder trial|events/noun-phrase"});
}

TEST_CASE("near misses give no event", "[noun-events]") {
    // he is on trial for murder: no determiner, no modifier
    CHECK(events_of({"he/he/PRON/4/nsubj", "is/be/AUX/4/cop", "on/on/ADP/4/case", "trial/trial/NOUN/0/root",
                     "for/for/ADP/6/case", "murder/murder/NOUN/4/nmod"})
              .empty());
    // the meeting point: the event noun modifies another noun
    CHECK(events_of(
              {"at/at/ADP/4/case", "the/the/DET/4/det", "meeting/meeting/NOUN/4/compound", "point/point/NOUN/0/root"})
              .empty());
    // campaign finance rules
    CHECK(events_of({"campaign/campaign/NOUN/2/compound", "finance/finance/NOUN/3/compound", "rules/rule/NOUN/0/root"})
              .empty());
    // its next meeting: "next" makes no name, and a bare noun needs "the"
    CHECK(events_of({"its/its/PRON/3/nmod:poss", "next/next/ADJ/3/amod", "meeting/meeting/NOUN/0/root"}).empty());
    // computer hard drives: "hard" says which drive is no event (lexicons/phrase_modifiers.tsv)
    CHECK(events_of({"computer/computer/NOUN/3/compound", "hard/hard/ADJ/3/amod", "drives/drive/NOUN/0/root"}).empty());
    // the drive home: "drive" is no event alone
    CHECK(events_of({"the/the/DET/2/det", "drive/drive/NOUN/0/root", "home/home/ADV/2/advmod"}).empty());
}

TEST_CASE("an event noun in -ing read as a verb on the noun before it is repaired", "[noun-events]") {
    // Pike testified at a Senate hearing on Thursday (hearing/VBG/advcl beside Senate/obl)
    ParsedSentence s(std::vector<W>{{"Pike", "Pike", "PROPN", "NNP", 2, "nsubj"},
                                    {"testified", "testify", "VERB", "VBD", 0, "root"},
                                    {"at", "at", "ADP", "IN", 5, "case"},
                                    {"a", "a", "DET", "DT", 5, "det"},
                                    {"Senate", "Senate", "PROPN", "NNP", 2, "obl"},
                                    {"hearing", "hear", "VERB", "VBG", 2, "advcl"},
                                    {"on", "on", "ADP", "IN", 8, "case"},
                                    {"Thursday", "Thursday", "PROPN", "NNP", 6, "obl"}});
    s.entity(EntityClass::Organization, "Senate", 5, 5);
    CHECK(events_of(s.doc) == std::vector<std::string>{"Senate hearing|events/noun-phrase"});
    const std::vector<Word>& words = s.doc.sentences[0].words;
    CHECK(words[5].upos == "NOUN");
    CHECK(words[5].head == 1);
    CHECK(words[5].deprel == "obl");
    CHECK(words[4].head == 5);
    CHECK(words[4].deprel == "compound");
    CHECK(words[2].head == 5);                                       // "at" moves to the noun
    CHECK(s.doc.mentions.back().span.begin == words[5].span.begin);  // "Senate" keeps its own mention
    // "hearing the case" has an object: a verb, left alone
    ParsedSentence verb(std::vector<W>{{"the", "the", "DET", "DT", 2, "det"},
                                       {"judge", "judge", "NOUN", "NN", 0, "root"},
                                       {"hearing", "hear", "VERB", "VBG", 2, "acl"},
                                       {"the", "the", "DET", "DT", 5, "det"},
                                       {"case", "case", "NOUN", "NN", 3, "obj"}});
    CHECK(events_of(verb.doc).empty());
    CHECK(verb.doc.sentences[0].words[2].upos == "VERB");
}

TEST_CASE("a threat the taxonomy names keeps its type; one that only modifies the event stays its own",
          "[noun-events]") {
    // the nurses ' strike, typed a threat: no event
    ParsedSentence strike({"the/the/DET/2/det", "strike/strike/NOUN/3/nsubj", "ended/end/VERB/0/root"});
    strike.entity(EntityClass::Threat, "strike", 2, 2);
    CHECK(events_of(strike.doc).empty());
    // an oral cholera vaccination campaign: "cholera" keeps its threat mention, the event its name
    ParsedSentence campaign({"an/a/DET/5/det", "oral/oral/ADJ/5/amod", "cholera/cholera/NOUN/4/compound",
                             "vaccination/vaccination/NOUN/5/compound", "campaign/campaign/NOUN/0/root"});
    campaign.entity(EntityClass::Threat, "cholera", 3, 3);
    CHECK(events_of(campaign.doc) == std::vector<std::string>{"oral cholera vaccination campaign|events/noun-phrase"});
    CHECK(campaign.doc.view(campaign.doc.mentions.back().span) == "vaccination campaign");
}
