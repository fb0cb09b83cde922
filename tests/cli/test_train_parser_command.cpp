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

    CHECK(run_train_parser({"--train", train, "-o", model}) == 2);  // no --dev
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", model, "--epochs", "0"}) == 2);
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", model, "--jackknife", "2"}) == 2);
    CHECK(run_train_parser({"--train", "no/such.conllu", "--dev", dev, "-o", model}) == 1);
    std::ofstream("train_parser_cli_bad.conllu") << "1\tword\n";
    CHECK(run_train_parser({"--train", "train_parser_cli_bad.conllu", "--dev", dev, "-o", model}) == 1);
    CHECK(run_train_parser({"--train", train, "--dev", dev, "-o", "no/such/dir/model.ngm", "--epochs", "1"}) == 1);
    for (const char* path : {"train_parser_cli_train.conllu", "train_parser_cli_dev.conllu", "train_parser_cli.ngm",
                             "train_parser_cli_bad.conllu"})
        std::remove(path);
}
