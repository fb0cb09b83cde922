// `newsgraph train parser`: a model from a small treebank file, and the exit
// status and message for usage errors and bad treebanks.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>

#include "cli/train_parser_command.hpp"
#include "language/conllu.hpp"
#include "language/parser.hpp"
#include "tests/language/toy_treebank.hpp"

using namespace newsgraph;

namespace {

std::string write_treebank(const std::string& path, const std::vector<TreebankSentence>& sentences) {
    std::ofstream out(path);
    for (const TreebankSentence& sentence : sentences) write_conllu(out, sentence);
    return path;
}

}  // namespace

TEST_CASE("train parser writes a model that loads, and refuses bad input", "[cli]") {
    std::string train = write_treebank("train_parser_cli_train.conllu", test::toy_treebank(60, 11));
    std::string dev = write_treebank("train_parser_cli_dev.conllu", test::toy_treebank(10, 12));
    std::string model = "train_parser_cli.ngm";
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", model, "--epochs", "1"}) == 0);
    CHECK(Parser::load(model).labels().size() > 3);

    // The training sentences as the parser learned from them: here the treebank's own, word for word.
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", model, "--epochs", "1", "--explore", "0.5",
                            "--write-train-tags", "train_parser_cli_tags.conllu"}) == 0);
    std::vector<TreebankSentence> written = read_conllu_file("train_parser_cli_tags.conllu");
    std::vector<TreebankSentence> given = read_conllu_file(train);
    REQUIRE(written.size() == given.size());
    for (std::size_t i = 0; i < given.size(); ++i) {
        REQUIRE(written[i].words.size() == given[i].words.size());
        for (std::size_t w = 0; w < given[i].words.size(); ++w) {
            CHECK(written[i].words[w].form == given[i].words[w].form);
            CHECK(written[i].words[w].upos == given[i].words[w].upos);
            CHECK(written[i].words[w].head == given[i].words[w].head);
        }
    }
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", model, "--explore", "1.5"}) == 2);
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", model, "--epochs", "1", "--write-train-tags",
                            "no/such/dir/tags.conllu"}) == 1);

    CHECK(run_train_parser({"--train", train, "-o", model}) == 2);  // no --dev
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", model, "--epochs", "0"}) == 2);
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", model, "--jackknife", "2"}) == 2);
    CHECK(run_train_parser({"--train", "no/such.conllu", "--dev", dev, "-o", model}) == 1);
    std::ofstream("train_parser_cli_bad.conllu") << "1\tword\n";
    CHECK(run_train_parser({"--train", "train_parser_cli_bad.conllu", "--dev", dev, "-o", model}) == 1);
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", "no/such/dir/model.ngm", "--epochs", "1"}) == 1);
    for (const char* path : {"train_parser_cli_train.conllu", "train_parser_cli_dev.conllu", "train_parser_cli.ngm",
                             "train_parser_cli_bad.conllu", "train_parser_cli_tags.conllu"})
        std::remove(path);
}
