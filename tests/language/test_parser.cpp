// The parser end to end on generated toy treebanks: training beats a fixed
// baseline on held-out sentences, models round-trip through files, training is
// deterministic, and broken model files are errors.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>

#include "core/error.hpp"
#include "language/jackknife.hpp"
#include "language/parser.hpp"
#include "language/parser_trainer.hpp"
#include "tests/language/toy_treebank.hpp"

using namespace newsgraph;

namespace {

ParserTrainerOptions quick_options() {
    ParserTrainerOptions options;
    options.epochs = 4;
    options.seed = 42;
    return options;
}

const std::string& toy_model() {
    static const std::string bytes =
        train_parser(test::toy_treebank(300, 1), test::toy_treebank(40, 2), quick_options());
    return bytes;
}

// Every word attached to the word before it (the first to the root), labelled "dep".
AttachmentScore previous_word_baseline(const std::vector<TreebankSentence>& gold) {
    AttachmentScore score;
    for (const TreebankSentence& sentence : gold) {
        std::vector<TreebankWord> words = sentence.words;
        for (std::size_t i = 0; i < words.size(); ++i) words[i].head = static_cast<int>(i), words[i].deprel = "dep";
        score.add(sentence.words, words);
    }
    return score;
}

std::vector<std::vector<TreebankWord>> parse_all(const Parser& parser, const std::vector<TreebankSentence>& gold) {
    std::vector<std::vector<TreebankWord>> parsed;
    for (const TreebankSentence& sentence : gold) {
        parsed.push_back(sentence.words);
        for (TreebankWord& w : parsed.back()) w.head = -1, w.deprel.clear();
        parser.parse(parsed.back());
    }
    return parsed;
}

}  // namespace

TEST_CASE("a parser trained on a small slice beats attaching to the previous word", "[language]") {
    std::vector<TreebankSentence> held_out = test::toy_treebank(100, 3);
    AttachmentScore trained = evaluate_parser(toy_model(), held_out);
    AttachmentScore baseline = previous_word_baseline(held_out);
    INFO("trained UAS " << trained.uas() << " LAS " << trained.las() << ", baseline UAS " << baseline.uas());
    CHECK(trained.uas() > baseline.uas() + 20);
    CHECK(trained.las() > 90);
}

TEST_CASE("a parser model saved to a file and loaded again parses the same", "[language]") {
    std::string path = "parser_roundtrip_test.ngm";
    {
        std::ofstream out(path, std::ios::binary);
        out << toy_model();
    }
    Parser loaded = Parser::load(path);
    std::remove(path.c_str());
    Parser direct = Parser::from_bytes(toy_model(), "toy");
    std::vector<TreebankSentence> gold = test::toy_treebank(30, 4);
    auto a = parse_all(loaded, gold);
    auto b = parse_all(direct, gold);
    for (std::size_t s = 0; s < a.size(); ++s)
        for (std::size_t i = 0; i < a[s].size(); ++i) {
            CHECK(a[s][i].head == b[s][i].head);
            CHECK(a[s][i].deprel == b[s][i].deprel);
        }
    std::vector<TreebankWord> empty;
    direct.parse(empty);
    CHECK(empty.empty());
}

TEST_CASE("training is deterministic for a seed", "[language]") {
    ParserTrainerOptions options = quick_options();
    options.epochs = 2;
    std::vector<TreebankSentence> train = test::toy_treebank(80, 5), dev = test::toy_treebank(10, 6);
    std::string first = train_parser(train, dev, options);
    CHECK(train_parser(train, dev, options) == first);
    options.seed = 43;
    CHECK(train_parser(train, dev, options) != first);
}

TEST_CASE("truncated or corrupt parser models are errors naming the file", "[language]") {
    const std::string& bytes = toy_model();
    for (std::size_t keep : {std::size_t{0}, std::size_t{7}, bytes.size() / 2, bytes.size() - 1})
        CHECK_THROWS_WITH(Parser::from_bytes(std::string_view(bytes).substr(0, keep), "cut.ngm"),
                          Catch::Contains("cut.ngm"));
    std::string flipped = bytes;
    flipped[flipped.size() / 2] ^= 0x40;
    CHECK_THROWS_AS(Parser::from_bytes(flipped, "flipped.ngm"), Error);
    CHECK_THROWS_WITH(Parser::load("no/such/parser.ngm"), Catch::Contains("no/such/parser.ngm"));
}

TEST_CASE("training refuses sentences without a valid tree", "[language]") {
    std::vector<TreebankSentence> train = test::toy_treebank(5, 7);
    train[2].words[0].head = 1;  // the first word heads itself
    CHECK_THROWS_WITH(train_parser(train, train, quick_options()), Catch::Contains("toy-3"));
}

TEST_CASE("jackknifing replaces training tags and keeps the trees", "[language]") {
    std::vector<TreebankSentence> train = test::toy_treebank(120, 8), dev = test::toy_treebank(10, 9);
    // Damage every tag: the fold taggers, trained on the other folds' damaged tags, learn those.
    for (TreebankSentence& sentence : train)
        for (TreebankWord& w : sentence.words) w.xpos = "X" + w.xpos;
    const std::vector<TreebankSentence> before = train;
    std::vector<std::string> heard;
    jackknife_tags(train, dev, 3, 2, 1, WordClusters(), [&](const std::string& what) { heard.push_back(what); });
    CHECK(heard.size() == 3);
    std::size_t tagged_like_training = 0, words = 0;
    for (std::size_t s = 0; s < train.size(); ++s)
        for (std::size_t i = 0; i < train[s].words.size(); ++i) {
            const TreebankWord &now = train[s].words[i], &was = before[s].words[i];
            CHECK(now.form == was.form);
            CHECK(now.head == was.head);
            CHECK(now.deprel == was.deprel);
            tagged_like_training += now.xpos == was.xpos;
            ++words;
        }
    CHECK(tagged_like_training > words * 9 / 10);
    CHECK_THROWS_AS(jackknife_tags(train, dev, 1, 2, 1, WordClusters(), nullptr), Error);
}
