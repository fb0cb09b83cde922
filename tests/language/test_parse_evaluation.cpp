// The CoNLL 2018 evaluation on small hand-made gold and predicted treebanks:
// identical files, a different tokenization and sentence split, and texts that differ.
#include <sstream>
#include <string>

#include "core/error.hpp"
#include "language/conllu.hpp"
#include "language/parse_evaluation.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

std::vector<TreebankSentence> treebank(const std::string& text) {
    std::istringstream in(text);
    return read_conllu(in, "test.conllu");
}

const char* kGold =
    "1\tI\ti\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "2\thome\thome\tADV\tRB\t_\t1\tadvmod:lmod\t_\t_\n"
    "\n";

// "know." as one token, and "Go home" in the first sentence.
const char* kPredicted =
    "1\tI\ti\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow.\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tGo\tgo\tVERB\tVB\t_\t4\tconj\t_\t_\n"
    "6\thome\thome\tADV\tRB\t_\t5\tadvmod\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("identical treebanks score 100 everywhere", "[parse_evaluation]") {
    ParseEvaluation e = evaluate_parse(treebank(kGold), treebank(kGold), "gold", "gold");
    for (const ParseScore* s : {&e.tokens, &e.sentences, &e.words, &e.upos, &e.xpos, &e.lemmas, &e.uas, &e.las})
        CHECK(s->f1() == 1.0);
    CHECK(e.words.gold == 7);
    CHECK(e.tokens.gold == 6);
}

TEST_CASE("a different tokenization and sentence split are scored over aligned words", "[parse_evaluation]") {
    ParseEvaluation e = evaluate_parse(treebank(kGold), treebank(kPredicted), "gold", "predicted");
    CHECK(e.sentences.correct == 0);
    // tokens I, don't, Go, home match; know and . do not
    CHECK((e.tokens.correct == 4 && e.tokens.gold == 6 && e.tokens.system == 5));
    // words I, do, n't, Go, home align (the multiword token's words by their forms)
    CHECK((e.words.correct == 5 && e.words.gold == 7 && e.words.system == 6));
    CHECK(e.upos.correct == 5);
    // I, do and n't point at the unaligned "know."; Go's head differs; home's is right
    CHECK(e.uas.correct == 1);
    CHECK(e.las.correct == 1);  // home: advmod:lmod and advmod agree in their universal part
}

TEST_CASE("texts that differ are an error naming the prediction", "[parse_evaluation]") {
    std::string other = kGold;
    other.replace(other.find("\thome\thome"), 10, "\tHOME\thome");
    CHECK_THROWS_WITH(evaluate_parse(treebank(kGold), treebank(other), "gold.conllu", "pred.conllu"),
                      Catch::Contains("pred.conllu") && Catch::Contains("differs"));
}
