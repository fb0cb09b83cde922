// The name recognizer: BILOU tags and legal transitions, gazetteer marks and
// loading, features, the GUM and IOB2 readers and their errors, training on a
// generated slice against a capitalized-PROPN baseline, model files, the pipeline component.
#include <sstream>

#include "core/error.hpp"
#include "language/name_annotator.hpp"
#include "language/name_features.hpp"
#include "language/name_trainer.hpp"
#include "tests/language/name_slice.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

std::vector<Word> words_of(std::initializer_list<const char*> forms) {
    std::vector<Word> words;
    for (const char* form : forms) words.emplace_back().form = form;
    return words;
}

std::shared_ptr<const NameGazetteer> toy_gazetteer() {
    return std::make_shared<const NameGazetteer>(std::vector<std::pair<std::string, std::string>>{
        {"New York City", "place"}, {"New York", "place"}, {"Anna", "given"}});
}

NameTrainingOptions slice_options() {
    NameTrainingOptions options;
    options.epochs = 5;
    options.types = {"person", "organization", "place"};
    return options;
}

// Every maximal run of capitalized PROPN words read as a person: what capitalization alone gives.
std::vector<std::vector<NameSpan>> baseline(const std::vector<NameExample>& examples) {
    std::vector<std::vector<NameSpan>> out;
    for (const NameExample& example : examples) {
        auto& spans = out.emplace_back();
        for (std::size_t i = 0; i < example.words.size();) {
            std::size_t end = i;
            while (end < example.words.size() && example.words[end].upos == "PROPN") ++end;
            if (end > i) spans.push_back({i, end, "person", 1.0});
            i = end > i ? end : i + 1;
        }
    }
    return out;
}

std::vector<std::vector<NameSpan>> gold_of(const std::vector<NameExample>& examples) {
    std::vector<std::vector<NameSpan>> out;
    for (const NameExample& example : examples) out.push_back(example.names);
    return out;
}

const NameRecognizer& slice_recognizer() {
    static const NameRecognizer recognizer = [] {
        std::string bytes = train_name_recognizer(test::name_slice(300, 7, false), test::name_slice(60, 9, false),
                                                  toy_gazetteer(), slice_options());
        return NameRecognizer::from_bytes(bytes, "slice.ngm");
    }();
    return recognizer;
}

std::string gum_text(const std::string& misc3, const std::string& misc4) {
    return "# newdoc id = GUM_news_toy\n# sent_id = toy-1\n"
           "1\tPresident\tPresident\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-x-x-1-sgl\n"
           "2\tObama\tObama\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)\n"
           "3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
           "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t" +
           misc3 +
           "\n"
           "5\tUniversity\tUniversity\tPROPN\tNNP\t_\t3\tobj\t_\t" +
           misc4 +
           "\n"
           "6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
           "7\tChicago\tChicago\tPROPN\tNNP\t_\t5\tnmod\t_\tEntity=(3-place-new-x-x-1-sgl)2)\n"
           "8\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_\n"
           "9\tcampus\tcampus\tNOUN\tNN\t_\t5\tconj\t_\tEntity=(4-place-new-x-x-1-sgl)\n\n";
}

}  // namespace

TEST_CASE("BILOU tags: legal transitions, encoding and decoding", "[ner]") {
    NameTagSet tags({"person", "place"});
    CHECK(tags.tag_count() == 9);
    auto b = NameTagSet::tag(0, NameTagSet::kBegin), i = NameTagSet::tag(0, NameTagSet::kInside);
    auto l = NameTagSet::tag(0, NameTagSet::kLast), u = NameTagSet::tag(1, NameTagSet::kUnit);
    auto other_last = NameTagSet::tag(1, NameTagSet::kLast);
    CHECK(NameTagSet::allowed(NameTagSet::kOutside, b));
    CHECK_FALSE(NameTagSet::allowed(NameTagSet::kOutside, i));
    CHECK_FALSE(NameTagSet::allowed(NameTagSet::kOutside, l));
    CHECK(NameTagSet::allowed(b, i));
    CHECK(NameTagSet::allowed(i, l));
    CHECK_FALSE(NameTagSet::allowed(b, other_last));
    CHECK_FALSE(NameTagSet::allowed(b, NameTagSet::kOutside));
    CHECK(NameTagSet::allowed(l, u));
    CHECK_FALSE(NameTagSet::may_end(b));
    CHECK(NameTagSet::may_end(u));
    std::vector<NameSpan> spans{{0, 3, "person", 1}, {4, 5, "place", 1}};
    std::vector<std::uint8_t> encoded = tags.encode(spans, 6);
    CHECK(encoded == std::vector<std::uint8_t>{b, i, l, NameTagSet::kOutside, u, NameTagSet::kOutside});
    std::vector<NameSpan> decoded = tags.decode(encoded);
    REQUIRE(decoded.size() == 2);
    CHECK((decoded[0].first == 0 && decoded[0].end == 3 && decoded[0].type == "person"));
    CHECK((decoded[1].first == 4 && decoded[1].end == 5 && decoded[1].type == "place"));
    CHECK(tags.tag_name(u) == "U-place");
}

TEST_CASE("Gazetteer marks every phrase over its words, by part", "[ner]") {
    NameGazetteer gazetteer = *toy_gazetteer();
    CHECK(gazetteer.phrase_count() == 3);
    std::vector<std::uint64_t> keys;
    for (const char* word : {"in", "new", "york", "city", "anna"}) keys.push_back(NameGazetteer::word_key(word));
    std::vector<std::vector<std::uint64_t>> marks;
    gazetteer.marks(keys, marks);
    CHECK(marks[0].empty());
    CHECK(marks[1].size() == 2);  // first word of "new york" and of "new york city"
    CHECK(marks[2].size() == 2);  // last of one, inside the other
    CHECK(marks[3].size() == 1);
    CHECK(marks[2][0] != marks[2][1]);
    CHECK(marks[4].size() == 1);
    CHECK(marks[4][0] != marks[3][0]);
}

TEST_CASE("The gazetteer reads the ontology's lexicons", "[ner]") {
    NameGazetteer gazetteer;
    CHECK(gazetteer.phrase_count() > 2000);
    const auto& labels = gazetteer.labels();
    for (const char* label : {"place", "organization", "given", "title", "demonym"})
        CHECK(std::find(labels.begin(), labels.end(), label) != labels.end());
    std::vector<std::vector<std::uint64_t>> marks;
    gazetteer.marks({NameGazetteer::word_key("united"), NameGazetteer::word_key("nations")}, marks);
    CHECK_FALSE(marks[0].empty());
    CHECK_FALSE(marks[1].empty());
}

TEST_CASE("Name features see the word, its neighbours, the gazetteer and the sentence's casing", "[ner]") {
    auto gazetteer = toy_gazetteer();
    auto features = [&](const std::vector<Word>& words, std::size_t i) {
        NameSentenceInfo info;
        name_sentence_info(words, *gazetteer, CaseProfiles(), WordClusters(), info);
        std::vector<std::uint64_t> out;
        name_static_features(info, i, out);
        return out;
    };
    auto plain = features(words_of({"I", "met", "Anna", "Smith", "there"}), 2);
    CHECK(plain == features(words_of({"I", "met", "Anna", "Smith", "there"}), 2));
    CHECK(plain != features(words_of({"I", "met", "Anna", "Jones", "there"}), 2));
    // "Anya" is not in the gazetteer: a different word and no mark.
    auto unknown = features(words_of({"I", "met", "Anya", "Smith", "there"}), 2);
    CHECK(unknown.size() < plain.size());
    auto lower = features(words_of({"i", "met", "anna", "smith", "there"}), 2);
    CHECK(lower != plain);
    NameSentenceInfo info;
    name_sentence_info(words_of({"a", "b"}), *gazetteer, CaseProfiles(), WordClusters(), info);
    std::vector<std::uint8_t> tags{NameTagSet::kOutside, NameTagSet::kOutside};
    std::vector<std::uint64_t> first, second;
    name_dynamic_features(info, 1, tags, first);
    tags[0] = NameTagSet::tag(0, NameTagSet::kUnit);
    name_dynamic_features(info, 1, tags, second);
    CHECK(first != second);
}

TEST_CASE("GUM entity annotation gives the named mentions", "[ner]") {
    std::istringstream in(gum_text("Entity=(2-organization-new-x-x-1-sgl", "_"));
    std::vector<NameExample> examples = read_gum_names(in, "toy.conllu");
    REQUIRE(examples.size() == 1);
    const NameExample& example = examples[0];
    CHECK(example.document == "GUM_news_toy");
    CHECK(example.sentence_id == "toy-1");
    REQUIRE(example.words.size() == 9);
    // "President" is a title; "the" is outside the PROPN run; the nested place and the common noun are not names.
    REQUIRE(example.names.size() == 2);
    CHECK((example.names[0].first == 1 && example.names[0].end == 2 && example.names[0].type == "person"));
    CHECK((example.names[1].first == 4 && example.names[1].end == 7 && example.names[1].type == "organization"));
}

TEST_CASE("Malformed GUM entity annotation is an error naming file and line", "[ner]") {
    std::istringstream unclosed(gum_text("Entity=(2-organization-new-x-x-1-sgl", "Entity=(5-place-new"));
    CHECK_THROWS_WITH(read_gum_names(unclosed, "toy.conllu"),
                      Catch::Contains("toy.conllu:") && Catch::Contains("not closed"));
    std::istringstream stray(gum_text("Entity=9)", "_"));
    CHECK_THROWS_WITH(read_gum_names(stray, "toy.conllu"), Catch::Contains("toy.conllu:6:"));
    std::istringstream short_line("1\tword\tword\n\n");
    CHECK_THROWS_WITH(read_gum_names(short_line, "bad.conllu"), Catch::Contains("bad.conllu:1:"));
    CHECK_THROWS_WITH(read_gum_names_file("/nonexistent/gum.conllu"), Catch::Contains("/nonexistent/gum.conllu"));
}

TEST_CASE("Universal NER IOB2 files are read and written", "[ner]") {
    std::string text =
        "# sent_id = s1\n1\tJohn\tB-PER\t-\t-\n2\tSmith\tI-PER\t-\t-\n3\tin\tO\t-\t-\n4\tNew\tI-LOC\t-\t-\n"
        "5\tYork\tI-LOC\t-\t-\n6\tand\tO\t-\t-\n7\tIBM\tB-ORG\t-\t-\n\n";
    std::istringstream in(text);
    std::vector<NameExample> examples = read_iob2_names(in, "toy.iob2");
    REQUIRE(examples.size() == 1);
    const auto& names = examples[0].names;
    REQUIRE(names.size() == 3);
    CHECK((names[0].first == 0 && names[0].end == 2 && names[0].type == "person"));
    CHECK((names[1].first == 3 && names[1].end == 5 && names[1].type == "place"));  // I- after O opens a span
    CHECK((names[2].first == 6 && names[2].type == "organization"));
    std::ostringstream out;
    write_iob2_names(out, examples, {names});
    std::istringstream again(out.str());
    std::vector<NameExample> reread = read_iob2_names(again, "out.iob2");
    REQUIRE(reread.size() == 1);
    CHECK(reread[0].names.size() == 3);
    CHECK(out.str().find("4\tNew\tB-LOC") != std::string::npos);
    std::istringstream bad("1\tJohn\tX-PER\t-\t-\n");
    CHECK_THROWS_WITH(read_iob2_names(bad, "bad.iob2"), Catch::Contains("bad.iob2:1:"));
    std::istringstream no_id("one\tJohn\tO\n");
    CHECK_THROWS_WITH(read_iob2_names(no_id, "bad.iob2"), Catch::Contains("bad.iob2:1:"));
}

TEST_CASE("Span scores count strict matches per type", "[ner]") {
    std::vector<std::vector<NameSpan>> gold{{{0, 2, "person", 1}, {3, 4, "place", 1}}, {{1, 2, "place", 1}}};
    std::vector<std::vector<NameSpan>> predicted{{{0, 2, "person", 1}, {3, 5, "place", 1}}, {{1, 2, "person", 1}}};
    NameEvaluation evaluation = evaluate_names(gold, predicted);
    CHECK(evaluation.all.correct == 1);
    CHECK(evaluation.all.gold == 3);
    CHECK(evaluation.all.predicted == 3);
    CHECK(evaluation.types["person"].precision() == Approx(0.5));
    CHECK(evaluation.types["place"].recall() == Approx(0.0));
}

TEST_CASE("A recognizer trained on a slice beats the capitalized-PROPN baseline on unseen names", "[ner]") {
    std::vector<NameExample> test = test::name_slice(200, 11, true);
    NameEvaluation learned = evaluate_names(gold_of(test), recognize_examples(slice_recognizer(), test));
    NameEvaluation base = evaluate_names(gold_of(test), baseline(test));
    INFO("learned F1 " << learned.all.f1() << ", baseline F1 " << base.all.f1());
    CHECK(learned.all.f1() > 0.85);
    CHECK(learned.all.f1() > base.all.f1() + 0.3);
}

TEST_CASE("Greedy decoding gives only legal tag sequences", "[ner]") {
    const NameRecognizer& recognizer = slice_recognizer();
    for (const auto& example : test::name_slice(50, 5, true)) {
        std::vector<Word> words = example.words;
        std::reverse(words.begin(), words.end());  // sequences the model never saw
        std::vector<std::uint8_t> tags = recognizer.tag(words);
        std::uint8_t previous = NameTagSet::kOutside;
        for (std::uint8_t tag : tags) {
            CHECK(NameTagSet::allowed(previous, tag));
            previous = tag;
        }
        CHECK(NameTagSet::may_end(previous));
        for (const NameSpan& span : recognizer.recognize(words))
            CHECK((span.confidence >= 0.5 && span.confidence <= 1));
    }
}

TEST_CASE("Recognizer model files: deterministic, round trip, damage is an error naming the file", "[ner]") {
    auto train = test::name_slice(100, 3, false);
    std::string a = train_name_recognizer(train, {}, toy_gazetteer(), slice_options());
    std::string b = train_name_recognizer(train, {}, toy_gazetteer(), slice_options());
    CHECK(a == b);
    NameRecognizer loaded = NameRecognizer::from_bytes(a, "a.ngm");
    CHECK(loaded.tag_set().types() == slice_options().types);
    CHECK(loaded.weights().feature_count() > 0);
    CHECK_THROWS_WITH(NameRecognizer::from_bytes(a.substr(0, a.size() / 2), "cut.ngm"), Catch::Contains("cut.ngm"));
    std::string flipped = a;
    flipped[flipped.size() / 2] ^= 0x20;
    CHECK_THROWS_WITH(NameRecognizer::from_bytes(flipped, "flipped.ngm"), Catch::Contains("flipped.ngm"));
    CHECK_THROWS_WITH(NameRecognizer::load("/nonexistent/ner.ngm"), Catch::Contains("/nonexistent/ner.ngm"));
}

TEST_CASE("The ner component fills Sentence::names from the parse", "[ner]") {
    auto recognizer = std::make_shared<const NameRecognizer>(slice_recognizer());
    NameAnnotator annotator(recognizer);
    CHECK(annotator.name() == "ner");
    CHECK(annotator.needs() == std::vector<Annotation>{Annotation::Parse});
    CHECK(annotator.provides() == std::vector<Annotation>{Annotation::Names});
    Document doc;
    doc.sentences.resize(2);
    doc.sentences[0].words = test::name_slice(1, 21, true)[0].words;
    annotator.run(doc);
    CHECK_FALSE(doc.sentences[0].names.empty());
    CHECK(doc.sentences[1].names.empty());
}
