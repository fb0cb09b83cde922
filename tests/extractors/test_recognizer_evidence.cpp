// How the recognizer's names weigh against the rule and lexicon mentions over the same words: which
// weak rule mentions a confident name replaces, which plain names its silence removes, and lexicon
// names written in lower case.
#include <string>

#include "extractors/confidences.hpp"
#include "extractors/recognizer_evidence.hpp"
#include "extractors/recognizer_merge.hpp"
#include "tests/extractors/recognizer_test_support.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using namespace newsgraph::test;

namespace {

const RecognizerMerge& merge() {
    static const RecognizerMerge component;
    return component;
}

Mention rule_mention(const Document& doc, std::string_view words, EntityClass cls, double confidence,
                     std::string rule) {
    Mention m;
    std::size_t at = doc.text.find(words);
    m.span = Span{at, at + words.size()};
    m.cls = cls;
    m.name = std::string(words);
    m.confidence = confidence;
    m.rule = std::move(rule);
    return m;
}

const Mention* at(const Document& doc, std::string_view words) {
    for (const Mention& m : doc.mentions)
        if (doc.view(m.span) == words) return &m;
    return nullptr;
}

// Tags the words of `doc` whose form is in `forms` with `upos`.
void tag(Document& doc, std::initializer_list<std::string_view> forms, const std::string& upos) {
    for (Sentence& s : doc.sentences)
        for (Word& w : s.words)
            for (std::string_view form : forms)
                if (w.form == form) w.upos = upos;
}

}  // namespace

TEST_CASE("the mention index finds every mention over a span", "[entities][recognizer]") {
    Document doc = parsed("Ada Lovelace met Charles Babbage in London.");
    doc.mentions.push_back(rule_mention(doc, "London", EntityClass::Place, 0.9, "gazetteer/place"));
    doc.mentions.push_back(rule_mention(doc, "Ada Lovelace met Charles", EntityClass::Person, 0.4, "names/plain_name"));
    doc.mentions.push_back(rule_mention(doc, "Charles Babbage", EntityClass::Person, 0.8, "names/given_name"));
    MentionIndex index(doc.mentions);
    std::size_t at = doc.text.find("Babbage");
    CHECK(index.overlapping(Span{at, at + 7}) == std::vector<std::size_t>{2});
    CHECK(index.overlapping(Span{at - 5, at + 7}) == std::vector<std::size_t>{1, 2});
    CHECK(index.overlapping(Span{0, 3}) == std::vector<std::size_t>{1});
    CHECK(index.overlapping(Span{at + 8, at + 10}).empty());
}

TEST_CASE("a confident recognized name replaces a weak rule name it disagrees with", "[entities][recognizer]") {
    // longer: the rule knew the surname alone
    Document doc = parsed("Rudwell Khalil spoke.");
    doc.mentions.push_back(rule_mention(doc, "Khalil", EntityClass::Person, 0.6, "names/known_person"));
    recognize(doc, 0, "Rudwell Khalil", "person", 0.97);
    merge().run(doc);
    REQUIRE(doc.mentions.size() == 1);
    CHECK(doc.view(doc.mentions[0].span) == "Rudwell Khalil");
    CHECK(doc.mentions[0].rule == "recognizer/person");

    // shorter: a plain capitalized run that ran on past the name
    Document run_on = parsed("Call John Staikos Direct today.");
    run_on.mentions.push_back(rule_mention(run_on, "John Staikos Direct", EntityClass::Person, 0.55, "names/speech"));
    recognize(run_on, 0, "John Staikos", "person", 0.95);
    merge().run(run_on);
    REQUIRE(run_on.mentions.size() == 1);
    CHECK(run_on.view(run_on.mentions[0].span) == "John Staikos");

    // the same words: a plain name's class gives way
    Document retyped = parsed("Zorblat Holdings grew.");
    retyped.mentions.push_back(
        rule_mention(retyped, "Zorblat Holdings", EntityClass::Person, confidence::kPlainName, "names/plain_name"));
    recognize(retyped, 0, "Zorblat Holdings", "organization", 0.99);
    merge().run(retyped);
    REQUIRE(retyped.mentions.size() == 1);
    CHECK(retyped.mentions[0].cls == EntityClass::Organization);
}

TEST_CASE("a rule name on firm evidence or agreeing with the recognizer stays as the rule found it",
          "[entities][recognizer]") {
    Document doc = parsed("Flights left Jomo Kenyatta International Airport for Chicago. Jordan Wells met Ann Lee.");
    doc.mentions.push_back(rule_mention(doc, "Jomo Kenyatta International Airport", EntityClass::Place, 0.6,
                                        "names/head_word"));  // a head word is firmer than a cut
    doc.mentions.push_back(rule_mention(doc, "Chicago", EntityClass::Place, 0.9, "gazetteer/place"));
    doc.mentions.push_back(rule_mention(doc, "Jordan Wells", EntityClass::Place, 0.45, "names/locative"));
    doc.mentions.push_back(rule_mention(doc, "Ann Lee", EntityClass::Person, 0.4, "names/plain_name"));
    recognize(doc, 0, "Jomo Kenyatta", "person", 0.99);
    recognize(doc, 0, "Chicago", "organization", 0.99);  // a lexicon name is never overruled
    recognize(doc, 1, "Jordan Wells", "person", 0.99);   // nor a class found on more than a plain name
    recognize(doc, 1, "Ann Lee", "person", 0.99);        // agreement keeps the rule's mention
    merge().run(doc);
    REQUIRE(doc.mentions.size() == 4);
    CHECK(at(doc, "Jomo Kenyatta International Airport")->rule == "names/head_word");
    CHECK(at(doc, "Chicago")->cls == EntityClass::Place);
    CHECK(at(doc, "Jordan Wells")->cls == EntityClass::Place);
    CHECK(at(doc, "Ann Lee")->rule == "names/plain_name");
}

TEST_CASE("an unsure recognized name replaces nothing", "[entities][recognizer]") {
    Document doc = parsed("Rudwell Khalil spoke.");
    doc.mentions.push_back(rule_mention(doc, "Khalil", EntityClass::Person, 0.6, "names/known_person"));
    recognize(doc, 0, "Rudwell Khalil", "person", confidence::kRecognizedOverRules - 0.05);
    merge().run(doc);
    REQUIRE(doc.mentions.size() == 1);
    CHECK(doc.view(doc.mentions[0].span) == "Khalil");
}

TEST_CASE("a plain name stands without the recognizer only when the tagger reads proper nouns",
          "[entities][recognizer]") {
    Document doc = parsed("Benefit Payments arrive. Cyd Ho lost. Sushi Lover wrote.");
    tag(doc, {"Benefit", "Payments", "Sushi", "Lover"}, "NOUN");
    for (std::string_view words : {"Benefit Payments", "Cyd Ho", "Sushi Lover"})
        doc.mentions.push_back(
            rule_mention(doc, words, EntityClass::Person, confidence::kPlainName, "names/plain_name"));
    recognize(doc, 2, "Sushi Lover", "person", 0.5);  // an unsure name over the words is still support
    CHECK(needs_recognizer_support(doc, *at(doc, "Sushi Lover")));
    CHECK_FALSE(needs_recognizer_support(doc, *at(doc, "Cyd Ho")));
    merge().run(doc);
    CHECK_FALSE(at(doc, "Benefit Payments"));
    CHECK(at(doc, "Cyd Ho"));
    REQUIRE(at(doc, "Sushi Lover"));
    // and, agreeing with the rule, it makes the name surer
    CHECK(at(doc, "Sushi Lover")->confidence > confidence::kPlainName);
}

TEST_CASE("a lexicon name written in lower case joins where the recognizer finds it", "[entities][recognizer]") {
    Document doc = parsed("we moved from india to san francisco and then to tampa bay with us.");
    recognize(doc, 0, "india", "place", 0.95);
    recognize(doc, 0, "san francisco", "place", 0.93);
    recognize(doc, 0, "tampa bay", "place", 0.99);  // not in the lexicons: lower-case words are no name
    recognize(doc, 0, "us", "place", 0.99);         // "US" is a lexicon name in capitals only
    merge().run(doc);
    REQUIRE(doc.mentions.size() == 2);
    CHECK(at(doc, "india")->cls == EntityClass::Place);
    CHECK(at(doc, "san francisco")->cls == EntityClass::Place);

    Document unsure = parsed("we moved from india.");
    recognize(unsure, 0, "india", "place", confidence::kRecognizedOverRules - 0.05);
    merge().run(unsure);
    CHECK(unsure.mentions.empty());
}

TEST_CASE("a one-word lexicon name that is an ordinary word the tagger reads as one needs the recognizer",
          "[entities][recognizer]") {
    Document doc = parsed("Nice teachers. Nice hosted the race. Nice people went to Nice.");
    tag(doc, {"teachers", "people", "hosted", "the", "race", "went", "to"}, "NOUN");
    doc.sentences[0].words[0].upos = "ADJ";  // "Nice teachers"
    doc.sentences[2].words[0].upos = "ADJ";  // "Nice people"
    for (std::size_t s : {0, 1, 2}) {        // each sentence's first word, and the last one's place
        Mention m = rule_mention(doc, "Nice", EntityClass::Place, 0.9, "gazetteer/place");
        m.span = doc.sentences[s].words[0].span;
        m.key = "place:nice";
        doc.mentions.push_back(m);
    }
    Mention last = doc.mentions.back();
    last.span = doc.sentences[2].words[doc.sentences[2].words.size() - 2].span;
    doc.mentions.push_back(last);
    recognize(doc, 2, "Nice", "place", 0.5);  // the recognizer's support keeps "Nice people" (its first word)
    merge().run(doc);
    REQUIRE(doc.mentions.size() == 3);
    CHECK(doc.mentions[0].span == doc.sentences[1].words[0].span);  // the tagger read a proper noun
    CHECK(doc.mentions[1].span == doc.sentences[2].words[0].span);
    CHECK(doc.mentions[2].span == last.span);
}

TEST_CASE("a rule name the recognizer reads the same way is surer than either", "[entities][recognizer]") {
    Document doc = parsed("Chuck Noll met Ada Brand.");
    Mention plain = rule_mention(doc, "Chuck Noll", EntityClass::Person, confidence::kPlainName, "names/plain_name");
    Mention person = rule_mention(doc, "Chuck Noll", EntityClass::Person, 0.9, "recognizer/person");
    CHECK(agreed_confidence(plain, person) == Approx(1.0 - 0.6 * 0.1));
    // near misses: another class, or other words, leave the rule's confidence as it was
    Mention organization = rule_mention(doc, "Chuck Noll", EntityClass::Organization, 0.9, "recognizer/organization");
    CHECK(agreed_confidence(plain, organization) == confidence::kPlainName);
    Mention shorter = rule_mention(doc, "Noll", EntityClass::Person, 0.9, "recognizer/person");
    CHECK(agreed_confidence(plain, shorter) == confidence::kPlainName);

    // in the merge: the plain name joins the recognizer's agreement, the other stays as the rules found it
    doc.mentions.push_back(plain);
    doc.mentions.push_back(
        rule_mention(doc, "Ada Brand", EntityClass::Person, confidence::kPlainName, "names/plain_name"));
    recognize(doc, 0, "Chuck Noll", "person", 0.95);
    recognize(doc, 0, "Ada Brand", "organization", 0.5);
    merge().run(doc);
    REQUIRE(at(doc, "Chuck Noll"));
    CHECK(at(doc, "Chuck Noll")->confidence > 0.9);
    CHECK(at(doc, "Chuck Noll")->rule == "names/plain_name");
    REQUIRE(at(doc, "Ada Brand"));
    CHECK(at(doc, "Ada Brand")->confidence == confidence::kPlainName);
}
