// The tagger: feature extraction, training on a generated slice against a
// most-frequent-tag baseline, save and load, damaged models, determinism.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>

#include "core/error.hpp"
#include "language/language_models.hpp"
#include "language/tagger.hpp"
#include "language/tagger_features.hpp"
#include "language/tagger_trainer.hpp"
#include "tests/language/tagger_slice.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

std::vector<TreebankWord> words_of(std::initializer_list<const char*> forms) {
    std::vector<TreebankWord> words;
    for (const char* form : forms) {
        words.emplace_back();
        words.back().form = form;
    }
    return words;
}

TaggerTrainingOptions small_options() {
    TaggerTrainingOptions options;
    options.epochs = 4;
    options.min_feature_count = 1;
    options.dictionary_min_count = 2;
    return options;
}

// Accuracy (percent) of the most frequent training tag of each word (the most frequent tag overall when unseen).
double baseline_accuracy(const std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& test) {
    std::map<std::string, std::map<std::string, int>> counts;
    std::map<std::string, int> overall;
    for (const auto& sentence : train)
        for (const auto& word : sentence.words) {
            ++counts[word.form][word.upos];
            ++overall[word.upos];
        }
    auto most = [](const std::map<std::string, int>& tags) {
        std::pair<std::string, int> best{"", -1};
        for (const auto& [tag, count] : tags)
            if (count > best.second) best = {tag, count};
        return best.first;
    };
    std::size_t right = 0, total = 0;
    for (const auto& sentence : test)
        for (const auto& word : sentence.words) {
            auto found = counts.find(word.form);
            right += (found == counts.end() ? most(overall) : most(found->second)) == word.upos;
            ++total;
        }
    return 100.0 * static_cast<double>(right) / static_cast<double>(total);
}

}  // namespace

TEST_CASE("word features hash affixes, shape and the ambiguity class", "[language]") {
    AmbiguityDictionary dictionary;
    dictionary.index = HashIndex({hash_text("the")}, {0});
    dictionary.classes = {42};
    std::vector<WordInfo> infos;
    word_infos(words_of({"The", "Running", "dogs", "café"}), dictionary, WordClusters(), infos);
    REQUIRE(infos.size() == 4);
    CHECK(infos[0].lower == hash_text("the"));
    CHECK(infos[0].form == hash_text("The"));
    CHECK(infos[0].ambiguity == 42);
    CHECK(infos[1].ambiguity != 42);
    CHECK(infos[1].prefix[1] == hash_text("ru"));
    CHECK(infos[1].suffix[2] == hash_text("ing"));
    CHECK(infos[1].shape == hash_text("Xx"));
    CHECK(infos[2].suffix[3] == hash_text("dogs"));
    CHECK(infos[2].suffix[0] == hash_text("s"));
    CHECK(infos[3].suffix[1] == hash_text("fé"));  // characters, not bytes
    CHECK(word_shape("U.S.-based 2024") == "X.X.-x d");
}

TEST_CASE("static features see the neighbours, dynamic ones the tags around", "[language]") {
    std::vector<WordInfo> infos;
    word_infos(words_of({"the", "dog", "barks"}), AmbiguityDictionary{}, WordClusters(), infos);
    std::vector<std::uint64_t> a, b, first;
    static_features(infos, 1, a);
    static_features(infos, 1, b);
    static_features(infos, 0, first);
    CHECK(a == b);
    CHECK(a.size() == first.size());
    CHECK(a != first);
    std::vector<WordInfo> other;
    word_infos(words_of({"the", "dog", "sleeps"}), AmbiguityDictionary{}, WordClusters(), other);
    std::vector<std::uint64_t> c;
    static_features(other, 1, c);
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.size(); ++i) differing += a[i] != c[i];
    CHECK(differing == 3);  // next word, its suffix and the word pair (same shape, both unknown)

    std::vector<std::uint64_t> d1, d2, d3;
    dynamic_features(infos, 1, {3, 0, 0}, {0, 0, 7}, d1);
    dynamic_features(infos, 1, {4, 0, 0}, {0, 0, 7}, d2);
    dynamic_features(infos, 1, {3, 0, 0}, {0, 0, 8}, d3);
    REQUIRE(d1.size() == d2.size());
    std::size_t by_tag = 0, by_guess = 0;
    for (std::size_t i = 0; i < d1.size(); ++i) {
        by_tag += d1[i] != d2[i];
        by_guess += d1[i] != d3[i];
    }
    CHECK(by_tag == 8);    // the seven templates of the previous tag and (previous tag, next guess)
    CHECK(by_guess == 5);  // the templates of the guesses on the right
}

TEST_CASE("a tagger trained on a small slice beats the most-frequent-tag baseline", "[language]") {
    auto train = test::tagger_slice(300, 1, false), dev = test::tagger_slice(50, 2, false);
    auto test = test::tagger_slice(200, 3, true);
    Tagger tagger = Tagger::from_bytes(train_tagger(train, dev, small_options()).finish(), "slice");
    TaggingScores scores = score_tagger(tagger, test);
    double baseline = baseline_accuracy(train, test);
    INFO("tagger UPOS " << scores.upos << ", baseline " << baseline);
    CHECK(scores.upos > baseline + 5);
    CHECK(scores.upos > 95);
    CHECK(scores.lemma > 95);
    auto words = words_of({"they", "can", "book", "the", "room", "."});
    tagger.tag(words);
    CHECK(words[2].upos == "VERB");
    CHECK(words[2].xpos == "VB");
    CHECK(words[4].upos == "NOUN");
    CHECK(words[1].lemma == "can");
}

TEST_CASE("a saved tagger loads and tags the same", "[language]") {
    auto train = test::tagger_slice(200, 4, false), dev = test::tagger_slice(30, 5, false);
    ModelWriter model = train_tagger(train, dev, small_options());
    std::string path = "tagger_test_model.ngm";
    model.save(path);
    Tagger loaded = Tagger::load(path), direct = Tagger::from_bytes(model.finish(), "memory");
    std::remove(path.c_str());
    for (const auto& sentence : test::tagger_slice(40, 6, true)) {
        std::vector<TreebankWord> a = sentence.words, b = sentence.words;
        loaded.tag(a);
        direct.tag(b);
        for (std::size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].upos == b[i].upos);
            CHECK(a[i].xpos == b[i].xpos);
            CHECK(a[i].lemma == b[i].lemma);
        }
    }
    CHECK_THROWS_AS(Tagger::load("no/such/tagger.ngm"), Error);
}

TEST_CASE("a truncated or damaged tagger model is an error naming it", "[language]") {
    auto train = test::tagger_slice(100, 7, false);
    std::string bytes = train_tagger(train, {}, small_options()).finish();
    for (std::size_t size : {std::size_t{0}, std::size_t{10}, bytes.size() / 2, bytes.size() - 1})
        CHECK_THROWS_WITH(Tagger::from_bytes(bytes.substr(0, size), "cut.ngm"), Catch::Contains("cut.ngm"));
    std::string damaged = bytes;
    damaged[damaged.size() / 3] ^= 0x5A;
    CHECK_THROWS_AS(Tagger::from_bytes(damaged, "damaged.ngm"), Error);
    ModelWriter other("parser", 1);
    other.put_u32(1);
    CHECK_THROWS_WITH(Tagger::from_bytes(other.finish(), "parser.ngm"), Catch::Contains("parser.ngm"));
}

TEST_CASE("training twice gives byte-identical models; another seed another model", "[language]") {
    auto train = test::tagger_slice(200, 8, false), dev = test::tagger_slice(30, 9, false);
    TaggerTrainingOptions options = small_options();
    std::string first = train_tagger(train, dev, options).finish();
    CHECK(train_tagger(train, dev, options).finish() == first);
    options.seed = 99;
    options.epochs = 1;
    std::string other_seed = train_tagger(train, {}, options).finish();
    options.seed = 1;
    CHECK(train_tagger(train, {}, options).finish() != other_seed);
}

namespace {

// The words of `forms` as the tagger tags them.
std::vector<TreebankWord> tagged(const Tagger& tagger, std::initializer_list<const char*> forms) {
    std::vector<TreebankWord> words;
    for (const char* form : forms) words.emplace_back().form = form;
    tagger.tag(words);
    return words;
}

}  // namespace

TEST_CASE("a word in capitals read as a pronoun in a mixed-case sentence is a proper noun; a shouted one is not",
          "[language]") {
    auto models = LanguageModels::built_in();
    if (!models) return;  // a program built without models has no tagger to check
    auto tag = [&](std::initializer_list<const char*> forms) { return tagged(*models->tagger, forms); };
    auto who = tag({"WHO", "Director", "-", "General", "Tedros", "said", "so", "."});
    CHECK(who[0].upos == "PROPN");
    CHECK(who[0].xpos == "NNP");
    auto shouted = tag({"please", "SCHEDULE", "YOU", "MUST", "come", "."});
    CHECK(shouted[2].upos == "PRON");
}

TEST_CASE("an irregular past form after a subject and before its object is the past verb, not a noun", "[language]") {
    auto models = LanguageModels::built_in();
    if (!models) return;  // a program built without models has no tagger to check
    auto tag = [&](std::initializer_list<const char*> forms) { return tagged(*models->tagger, forms); };
    for (auto sentence : {tag({"A", "soldier", "shot", "a", "protester", "."}),
                          tag({"Dan", "White", "shot", "Mayor", "George", "Moscone", "."}),
                          tag({"Jack", "Ruby", "fatally", "shot", "Lee", "Oswald", "."}),
                          tag({"Police", "shot", "and", "killed", "a", "man", "."})}) {
        const TreebankWord& shot =
            *std::find_if(sentence.begin(), sentence.end(), [](const TreebankWord& w) { return w.form == "shot"; });
        INFO(sentence[0].form << " " << sentence[1].form);
        CHECK(shot.xpos == "VBD");
        CHECK(shot.lemma == "shoot");
    }
    // near misses: a noun after an article or a possessive, and a past form that is also a present one
    CHECK(tag({"He", "got", "a", "flu", "shot", "in", "May", "."})[4].upos == "NOUN");
    CHECK(tag({"It", "was", "his", "best", "shot", "."})[4].upos == "NOUN");
    CHECK(tag({"They", "cut", "the", "budget", "."})[1].lemma == "cut");
}

TEST_CASE("name particles between a proper noun and a capitalized word are proper nouns", "[language]") {
    auto models = LanguageModels::built_in();
    if (!models) return;  // a program built without models has no tagger to check
    auto words = tagged(*models->tagger, {"Ursula", "von", "der", "Leyen", "was", "re-elected", "."});
    for (std::size_t k = 1; k <= 3; ++k) {
        INFO(words[k].form);
        CHECK(words[k].upos == "PROPN");
        CHECK(words[k].xpos == "NNP");
    }
    // near miss: a particle word that no capitalized word follows stays as tagged ("ten" a number)
    CHECK(tagged(*models->tagger, {"He", "met", "Jones", "ten", "years", "ago", "."})[3].upos == "NUM");
}

TEST_CASE("a capitalized word too rare for the dictionary is never a function word", "[language]") {
    auto models = LanguageModels::built_in();
    if (!models) return;  // a program built without models has no tagger to check
    auto words = tagged(*models->tagger, {"The", "CA", ",", "led", "by", "former", "Ljubljana", "mayor", "Tomaž",
                                          "Vidmar", ",", "won", "."});
    CHECK(words[8].upos == "PROPN");
    CHECK(words[8].lemma == "Tomaž");
    // near misses: frequent function words keep their tags, capitalized or not
    CHECK(words[4].upos == "ADP");
    CHECK(tagged(*models->tagger, {"By", "noon", "the", "market", "closed", "."})[0].upos == "ADP");
}
