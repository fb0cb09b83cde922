// CoNLL-U reading and writing: fields, multiword tokens, empty nodes, errors with file and line.
#include <sstream>

#include "core/error.hpp"
#include "language/conllu.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

const char* const kSample =
    "# sent_id = s1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n";

std::vector<TreebankSentence> read(const std::string& text) {
    std::istringstream in(text);
    return read_conllu(in, "t.conllu");
}

std::string error_of(const std::string& text) {
    try {
        read(text);
    } catch (const Error& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("CoNLL-U words, comments and multiword tokens are read") {
    auto sentences = read(kSample);
    REQUIRE(sentences.size() == 1);
    const TreebankSentence& s = sentences[0];
    CHECK(s.comment("sent_id") == "s1");
    CHECK(s.comment("text") == "I don't know.");
    REQUIRE(s.words.size() == 5);  // the empty node 4.1 is skipped
    CHECK(s.words[2].form == "n't");
    CHECK(s.words[2].lemma == "not");
    CHECK(s.words[3].head == 0);
    CHECK(s.words[0].head == 4);
    CHECK(s.words[0].deprel == "nsubj");
    CHECK(s.words[3].misc == "SpaceAfter=No");
    REQUIRE(s.multiword_tokens.size() == 1);
    CHECK(s.multiword_tokens[0].first == 2);
    CHECK(s.multiword_tokens[0].last == 3);
    CHECK(s.multiword_tokens[0].form == "don't");
}

TEST_CASE("CoNLL-U written back is the input without its empty nodes") {
    std::ostringstream out;
    for (const auto& sentence : read(kSample)) write_conllu(out, sentence);
    std::string expected = kSample;
    expected.erase(expected.find("4.1\t"), std::string("4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_\n").size());
    CHECK(out.str() == expected);
}

TEST_CASE("CoNLL-U comments can be set and several sentences follow each other") {
    auto sentences = read(std::string(kSample) + "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n");
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[1].words.size() == 1);
    sentences[1].set_comment("sent_id", "s2");
    sentences[1].set_comment("sent_id", "s3");
    CHECK(sentences[1].comments.size() == 1);
    CHECK(sentences[1].comment("sent_id") == "s3");
}

TEST_CASE("malformed CoNLL-U names the file and line") {
    CHECK(error_of("1\tI\tI\tPRON\n") == "t.conllu:1: expected 10 tab-separated fields");
    CHECK(error_of("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n3\tx\tx\tX\tX\t_\t1\tdep\t_\t_\n") ==
          "t.conllu:2: word id '3' is not the next word number");
    CHECK(error_of("1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n") == "t.conllu:1: head 'x' is not a word number");
    CHECK(error_of("1\tI\tI\tPRON\tPRP\t_\t7\troot\t_\t_\n\n") ==
          "t.conllu:2: head 7 is beyond the sentence's last word");
    CHECK(error_of("# only a comment\n\n") == "t.conllu:2: sentence without words");
}
