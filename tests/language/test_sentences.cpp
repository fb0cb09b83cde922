// Sentence splitting and tokenization: abbreviations, initials, paragraphs,
// headlines, quotes and UTF-8.
#include <string>
#include <vector>

#include "language/sentence_splitter.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

std::vector<std::string> sentences_of(const std::string& text) {
    static const SentenceSplitter splitter;
    std::vector<std::string> out;
    for (const Sentence& s : splitter.split(text)) out.emplace_back(s.span.of(text));
    return out;
}

std::vector<std::string> tokens_of(const std::string& text) {
    static const Tokenizer tokenizer;
    std::vector<std::string> out;
    for (const Span& t : tokenizer.tokenize(text)) out.emplace_back(t.of(text));
    return out;
}

}  // namespace

TEST_CASE("abbreviations and titles do not end a sentence", "[sentences]") {
    auto s = sentences_of("Mr. Smith met Dr. Jones at St. Mary's church. They talked for No. 3 hours.");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "Mr. Smith met Dr. Jones at St. Mary's church.");
    CHECK(s[1] == "They talked for No. 3 hours.");
}

TEST_CASE("dotted acronyms end a sentence only before a clear sentence start", "[sentences]") {
    auto s = sentences_of(
        "The U.S. President met U.N. officials in the U.S. The talks ended on Jan. 5 with Acme Inc. staff.");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "The U.S. President met U.N. officials in the U.S.");
    CHECK(s[1] == "The talks ended on Jan. 5 with Acme Inc. staff.");
}

TEST_CASE("a US state abbreviation is one token only as written, and may end a sentence", "[sentences]") {
    CHECK(tokens_of("Portland, Ore., said") == std::vector<std::string>{"Portland", ",", "Ore.", ",", "said"});
    CHECK(tokens_of("he was ill.") == std::vector<std::string>{"he", "was", "ill", "."});
    auto s = sentences_of("She lives in Portland, Ore. The storm hit Salem, Ore., on Monday.");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "She lives in Portland, Ore.");
    CHECK(s[1] == "The storm hit Salem, Ore., on Monday.");
}

TEST_CASE("a dateline opening a paragraph is a sentence of its own", "[sentences]") {
    auto s = sentences_of(
        "SANTIAGO, Nov 25 \u2013 Chile's minister spoke.\n\nLONDON (Reuters) - Britain agreed.\n\n"
        "Rio de Janeiro \u2013 \"We won,\" she said.\n\nWASHINGTON\u2014The Senate voted.");
    REQUIRE(s.size() == 8);
    CHECK(s[0] == "SANTIAGO, Nov 25 \u2013");
    CHECK(s[1] == "Chile's minister spoke.");
    CHECK(s[2] == "LONDON (Reuters) -");
    CHECK(s[4] == "Rio de Janeiro \u2013");
    CHECK(s[6] == "WASHINGTON\u2014");
    CHECK(s[7] == "The Senate voted.");
}

TEST_CASE("a dash inside an opening sentence is no dateline", "[sentences]") {
    auto s = sentences_of("John Smith \u2013 the accountant \u2013 said no.\n\nLater, Smith - Jones said yes.");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "John Smith \u2013 the accountant \u2013 said no.");
    CHECK(s[1] == "Later, Smith - Jones said yes.");
}

TEST_CASE("initials stay inside the sentence", "[sentences]") {
    auto s = sentences_of("J. K. Rowling wrote it. K.C. Maurer read it.");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "J. K. Rowling wrote it.");
}

TEST_CASE("a blank line always ends a sentence and a first line without period is a headline", "[sentences]") {
    static const SentenceSplitter splitter;
    std::string text = "Floods hit the coast\n\nRain fell all night. Roads closed\n\nOfficials said more rain is due.";
    auto s = splitter.split(text);
    REQUIRE(s.size() == 4);
    CHECK(s[0].headline);
    CHECK(s[0].span.of(text) == "Floods hit the coast");
    CHECK_FALSE(s[1].headline);
    CHECK(s[2].span.of(text) == "Roads closed");
    CHECK_FALSE(s[2].headline);
}

TEST_CASE("a first line ending with a period is not a headline", "[sentences]") {
    static const SentenceSplitter splitter;
    auto s = splitter.split("It rained.\n\nThen it stopped.");
    REQUIRE(s.size() == 2);
    CHECK_FALSE(s[0].headline);
}

TEST_CASE("closing quotes stay with their sentence; a comma inside quotes does not split", "[sentences]") {
    auto s = sentences_of("\"It is done,\" he said. \"We won.\" She left.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "\"It is done,\" he said.");
    CHECK(s[1] == "\"We won.\"");
    CHECK(s[2] == "She left.");
    auto curly = sentences_of("\u201CWe are ready.\u201D The minister smiled. \u201CAre you?\u201D he asked.");
    REQUIRE(curly.size() == 3);
    CHECK(curly[0] == "\u201CWe are ready.\u201D");
    CHECK(curly[2] == "\u201CAre you?\u201D he asked.");
}

TEST_CASE("tokens split possessives, currency and punctuation but keep names whole", "[sentences][tokens]") {
    CHECK(tokens_of("UNODC's report") == std::vector<std::string>{"UNODC", "'s", "report"});
    CHECK(tokens_of("UNODC\u2019s") == std::vector<std::string>{"UNODC", "\u2019s"});
    CHECK(tokens_of("$1.5 trillion,") == std::vector<std::string>{"$", "1.5", "trillion", ","});
    CHECK(tokens_of("O'Brien's Secretary-General") == std::vector<std::string>{"O'Brien", "'s", "Secretary-General"});
    CHECK(tokens_of("António Guterres, Nguyễn Văn An.") ==
          std::vector<std::string>{"António", "Guterres", ",", "Nguyễn", "Văn", "An", "."});
    CHECK(tokens_of("the U.S. and Washington D.C.") ==
          std::vector<std::string>{"the", "U.S.", "and", "Washington", "D.C."});
}

TEST_CASE("a web address, e-mail address or file name is one token", "[sentences][tokens]") {
    CHECK(tokens_of("See http://www.google.com/search?q=un+report&ie=utf-8.") ==
          std::vector<std::string>{"See", "http://www.google.com/search?q=un+report&ie=utf-8", "."});
    CHECK(tokens_of("(www.unodc.org), <press@un.org>") ==
          std::vector<std::string>{"(", "www.unodc.org", ")", ",", "<", "press@un.org", ">"});
    CHECK(tokens_of("Write to jane.doe@example.co.uk?") ==
          std::vector<std::string>{"Write", "to", "jane.doe@example.co.uk", "?"});
    CHECK(tokens_of("Amazon.com sent report.pdf") == std::vector<std::string>{"Amazon.com", "sent", "report.pdf"});
    // not addresses: a name at a department, a missing space before a capital
    CHECK(tokens_of("Smith@ENRON") == std::vector<std::string>{"Smith", "@", "ENRON"});
    CHECK(tokens_of("ended.The") == std::vector<std::string>{"ended", ".", "The"});
}

TEST_CASE("informal text starts sentences in lower case after a stop, not after an abbreviation", "[sentences]") {
    auto s = sentences_of("they never bite. i think they are fine. see www.example.com/find?q=pens now.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "they never bite.");
    CHECK(s[1] == "i think they are fine.");
    CHECK(s[2] == "see www.example.com/find?q=pens now.");
    auto abbreviations = sentences_of("We sell pens, cups etc. and more, e.g. hats.");
    CHECK(abbreviations.size() == 1);
}

TEST_CASE("the splitter component fills sentences with their tokens", "[sentences]") {
    SentenceSplitter splitter;
    Document doc;
    doc.text = "One two. Three.";
    splitter.run(doc);
    REQUIRE(doc.sentences.size() == 2);
    CHECK(doc.sentences[0].tokens.size() == 3);
    CHECK(doc.sentences[1].tokens.size() == 2);
    CHECK(doc.sentence_at(10) == 1);
}
