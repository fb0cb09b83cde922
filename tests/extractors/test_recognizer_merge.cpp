// The recognizer's name spans as mentions: trimming by the parse, class from the type, and how they
// join the lexicon and rule mentions over the same words.
#include <string>

#include "extractors/recognized_names.hpp"
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

Mention mention_of(const Document& doc, std::string_view words, EntityClass cls, double confidence, std::string rule) {
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

}  // namespace

TEST_CASE("a recognized span loses its article, possessive ending and a person's title", "[entities][recognizer]") {
    Document doc = parsed("Staff of the Foreign Office's press team met President Ada Lovelace in Devon.");
    recognize(doc, 0, "the Foreign Office's", "organization", 0.9);
    recognize(doc, 0, "President Ada Lovelace", "person", 0.8);
    recognize(doc, 0, "Devon", "place", 0.7);
    std::vector<Mention> found = recognized_mentions(doc, doc.sentences[0], RecognizerMerge().titles());
    REQUIRE(found.size() == 3);
    CHECK(found[0].name == "Foreign Office");
    CHECK(found[0].cls == EntityClass::Organization);
    CHECK(found[0].rule == "recognizer/organization");
    CHECK(found[1].name == "Ada Lovelace");
    CHECK(found[1].cls == EntityClass::Person);
    CHECK(found[1].confidence == 0.8);
    CHECK(found[2].cls == EntityClass::Place);
}

TEST_CASE("only people, organizations and places come from the recognizer", "[entities][recognizer]") {
    CHECK(recognized_class("person") == EntityClass::Person);
    CHECK(recognized_class("organization") == EntityClass::Organization);
    CHECK(recognized_class("place") == EntityClass::Place);
    CHECK_FALSE(recognized_class("event"));
    CHECK_FALSE(recognized_class("object"));
    CHECK_FALSE(recognized_class(""));
}

TEST_CASE("a confident name nothing else found is added; an unsure one is not", "[entities][recognizer]") {
    Document doc = parsed("The Association of Chief Fire Officers met Zorblat Quux.");
    recognize(doc, 0, "The Association of Chief Fire Officers", "organization", 0.9);
    recognize(doc, 0, "Zorblat Quux", "person", 0.3);
    merge().run(doc);
    const Mention* body = at(doc, "Association of Chief Fire Officers");
    REQUIRE(body);
    CHECK(body->cls == EntityClass::Organization);
    CHECK_FALSE(at(doc, "Zorblat Quux"));
}

TEST_CASE("a lexicon match keeps its class; a rule guess on the same words takes a confident recognizer's",
          "[entities][recognizer]") {
    Document doc = parsed("Paris met Jordan Wells in Chad.");
    Mention lexicon = mention_of(doc, "Chad", EntityClass::Place, 0.9, "gazetteer/place");
    lexicon.key = "place:chad";
    doc.mentions.push_back(lexicon);
    doc.mentions.push_back(mention_of(doc, "Jordan Wells", EntityClass::Place, 0.45, "names/locative"));
    recognize(doc, 0, "Jordan Wells", "person", 0.9);
    recognize(doc, 0, "Chad", "person", 0.9);
    merge().run(doc);
    REQUIRE(at(doc, "Chad"));
    CHECK(at(doc, "Chad")->cls == EntityClass::Place);
    REQUIRE(at(doc, "Jordan Wells"));
    CHECK(at(doc, "Jordan Wells")->cls == EntityClass::Person);
    CHECK(at(doc, "Jordan Wells")->rule == "recognizer/person");
}

TEST_CASE("a weak rule guess the recognizer does not back is dropped, a strong one kept", "[entities][recognizer]") {
    Document doc = parsed("Fire Officers and Ada Lovelace met.");
    doc.mentions.push_back(mention_of(doc, "Fire Officers", EntityClass::Person, 0.4, "names/plain_name"));
    doc.mentions.push_back(mention_of(doc, "Ada Lovelace", EntityClass::Person, 0.8, "names/given_name"));
    merge().run(doc);
    CHECK_FALSE(at(doc, "Fire Officers"));
    CHECK(at(doc, "Ada Lovelace"));
}

TEST_CASE("sentences the recognizer did not read keep every rule guess", "[entities][recognizer]") {
    Document doc = parsed("Fire Officers met.");
    doc.sentences[0].words.clear();
    doc.mentions.push_back(mention_of(doc, "Fire Officers", EntityClass::Person, 0.4, "names/plain_name"));
    merge().run(doc);
    CHECK(at(doc, "Fire Officers"));
}
