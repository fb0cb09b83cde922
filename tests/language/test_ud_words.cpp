// UD word segmentation: clitics, possessives, fixed contractions and hyphens, with the spans
// the words point back to.
#include <string>
#include <vector>

#include "language/sentence_splitter.hpp"
#include "language/tokenizer.hpp"
#include "language/ud_words.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/run_command.hpp"

using namespace newsgraph;

namespace {

// "form" for a one-word token, "form<token>" for the words of a multiword token.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<UdWord> words = UdSegmenter::shared()->segment(text, Tokenizer::shared()->tokenize(text));
    std::vector<std::size_t> starts = token_starts(words);
    std::vector<std::string> out;
    for (std::size_t t = 0; t + 1 < starts.size(); ++t) {
        bool multiword = starts[t + 1] - starts[t] > 1;
        for (std::size_t w = starts[t]; w < starts[t + 1]; ++w) {
            std::string word = words[w].form;
            if (multiword) word.append("<").append(words[w].span.of(text)).append(">");
            out.push_back(std::move(word));
        }
    }
    return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("clitics split off into words of one multiword token", "[ud_words]") {
    CHECK(words_of("I don't know") == Words{"I", "do<don't>", "n't<don't>", "know"});
    CHECK(words_of("We can't, they won\u2019t.") ==
          Words{"We", "ca<can't>", "n't<can't>", ",", "they", "wo<won\u2019t>", "n\u2019t<won\u2019t>", "."});
    CHECK(words_of("I'm sure you'll see they've gone") == Words{"I<I'm>", "'m<I'm>", "sure", "you<you'll>",
                                                                "'ll<you'll>", "see", "they<they've>", "'ve<they've>",
                                                                "gone"});
}

TEST_CASE("possessive and contracted 's join the word before into one token", "[ud_words]") {
    CHECK(words_of("Bush's plan") == Words{"Bush<Bush's>", "'s<Bush's>", "plan"});
    CHECK(words_of("It's late") == Words{"It<It's>", "'s<It's>", "late"});
    // a quote mark after a space is not a clitic
    CHECK(words_of("he said 's") == Words{"he", "said", "'", "s"});
}

TEST_CASE("fixed contractions come from the lexicon, keeping the case of the text", "[ud_words]") {
    CHECK(words_of("Cannot stop, gonna go") ==
          Words{"Can<Cannot>", "not<Cannot>", "stop", ",", "gon<gonna>", "na<gonna>", "go"});
    CHECK(words_of("canned nothing") == Words{"canned", "nothing"});
}

TEST_CASE("hyphens between letters separate tokens unless the first part is a prefix", "[ud_words]") {
    CHECK(words_of("a well-known al-Qaeda's leader") ==
          Words{"a", "well", "-", "known", "al", "-", "Qaeda<Qaeda's>", "'s<Qaeda's>", "leader"});
    CHECK(words_of("a non-profit e-mail") == Words{"a", "non-profit", "e-mail"});
    CHECK(words_of("COVID-19 and 713-853-3989") == Words{"COVID-19", "and", "713-853-3989"});
}

TEST_CASE("words of a token point at the token's bytes", "[ud_words]") {
    std::string text = "so don't";
    std::vector<UdWord> words = UdSegmenter::shared()->segment(text, Tokenizer::shared()->tokenize(text));
    REQUIRE(words.size() == 3);
    CHECK(words[1].span == Span{3, 8});
    CHECK(words[2].span == Span{3, 8});
    CHECK(token_starts(words) == std::vector<std::size_t>{0, 1, 3});
}

TEST_CASE("addresses, slashed words, repeated punctuation and emoticons stay one token", "[ud_words]") {
    CHECK(words_of("mail bob@example.org or see www.un.org.") ==
          Words{"mail", "bob@example.org", "or", "see", "www.un.org", "."});
    CHECK(words_of("read Report.pdf on 08/16/2000 and/or later") ==
          Words{"read", "Report.pdf", "on", "08/16/2000", "and/or", "later"});
    CHECK(words_of("Wow!! Really?! -- fine :)") == Words{"Wow", "!!", "Really", "?!", "--", "fine", ":)"});
    // closing punctuation after a stop stays apart, and so does a slash between spaces
    CHECK(words_of("(it ended.) a / b") == Words{"(", "it", "ended", ".", ")", "a", "/", "b"});
}

TEST_CASE("on real articles, the words of every token spell it and tokens follow each other", "[ud_words]") {
    static const SentenceSplitter splitter;
    for (const char* name : {"samples/un-cybercrime.md", "samples/who-cholera-mozambique.txt",
                             "tests/data/articles/australia-port-cyberattack.txt"}) {
        std::string text = slurp(source_path(name));
        REQUIRE(!text.empty());
        std::size_t previous_end = 0;
        for (const Sentence& sentence : splitter.split(text)) {
            std::vector<UdWord> words = UdSegmenter::shared()->segment(text, sentence.tokens);
            std::vector<std::size_t> starts = token_starts(words);
            for (std::size_t t = 0; t + 1 < starts.size(); ++t) {
                std::string spelled;
                for (std::size_t w = starts[t]; w < starts[t + 1]; ++w) spelled += words[w].form;
                const Span& span = words[starts[t]].span;
                CHECK(spelled == std::string(span.of(text)));
                CHECK(span.begin >= previous_end);
                previous_end = span.end;
            }
        }
    }
}
