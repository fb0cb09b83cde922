// Prepared model images (ModelLayout::Prepared): tables written aligned and read
// in place, images of the shipped models that tag, parse and recognize exactly
// as the model files they were made from, and never loaded as model files.
#include <algorithm>
#include <fstream>
#include <span>

#include "core/error.hpp"
#include "language/embedded_models.hpp"
#include "language/model_file.hpp"
#include "language/name_recognizer.hpp"
#include "language/parser.hpp"
#include "language/prepared_models.hpp"
#include "language/tagger.hpp"
#include "language/weight_table.hpp"
#include "language/word_clusters.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;

namespace {

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const EmbeddedModel* embedded(std::string_view name) {
    for (const EmbeddedModel& model : embedded_models())
        if (model.name == name) return &model;
    return nullptr;
}

std::vector<TreebankWord> words_of(std::initializer_list<const char*> forms) {
    std::vector<TreebankWord> words;
    for (const char* form : forms) {
        TreebankWord word;
        word.form = form;
        words.push_back(word);
    }
    return words;
}

}  // namespace

TEST_CASE("an aligned array starts at a multiple of 64 bytes and is read in place", "[language]") {
    ModelWriter out("test", 1, ModelLayout::Prepared);
    out.put_u8(1);  // puts the array off any alignment
    const std::vector<std::uint32_t> values{7, 8, 9};
    out.put_aligned(std::span<const std::uint32_t>(values));
    out.put_u8(2);
    const std::string bytes = out.finish();
    ModelReader in(bytes, "a.bin", "test", 1);
    CHECK(in.prepared());
    CHECK(in.get_u8() == 1);
    std::span<const std::uint32_t> read = in.get_aligned<std::uint32_t>();
    CHECK(std::vector<std::uint32_t>(read.begin(), read.end()) == values);
    CHECK((reinterpret_cast<const char*>(read.data()) - bytes.data()) % 64 == 0);
    CHECK(in.get_u8() == 2);
    in.expect_end();
    // a model file in the portable layout is no image
    ModelWriter portable("test", 1);
    const std::string plain = portable.finish();
    CHECK_FALSE(ModelReader(plain, "p.bin", "test", 1).prepared());
}

TEST_CASE("a prepared image is never read as a model file", "[language]") {
    TempDir dir;
    ModelWriter out("tagger", 1, ModelLayout::Prepared);
    out.save(dir.path("tagger.ngm"));
    CHECK_THROWS_WITH(read_model_bytes(dir.path("tagger.ngm")), Catch::Contains("prepared model image"));
    CHECK(model_kind(file_bytes(dir.path("tagger.ngm")), "t") == "tagger");
    CHECK_THROWS_AS(model_kind("not a model", "t"), Error);
}

TEST_CASE("the tagger's weight table scores the same read from an image", "[language]") {
    const std::vector<std::uint64_t> keys{0x10, 0x21, 0x32};
    const std::vector<std::uint32_t> rows{0, 1, 5, 6};
    const std::vector<std::uint8_t> classes{2, 0, 1, 2, 3, 1};
    const std::vector<std::int16_t> weights{5, -1, 2, 3, 4, 9};
    WeightTable table(keys, rows, classes, weights, 4);
    ModelWriter out("test", 1, ModelLayout::Prepared);
    table.write_prepared(out);
    const std::string bytes = out.finish();
    ModelReader in(bytes, "t.bin", "test", 1);
    WeightTable prepared = WeightTable::read_prepared(in);
    const std::vector<std::uint64_t> features{0x21, 0x10, 0x99, 0x32};
    std::vector<std::int32_t> expected(table.stride(), 0), got(prepared.stride(), 0);
    table.add_scores(features.data(), features.size(), expected.data());
    prepared.add_scores(features.data(), features.size(), got.data());
    CHECK(got == expected);
    CHECK(expected[1] == 2 + 9);  // the sum the rows hold: a table that scores nothing fails
}

TEST_CASE("images of the shipped models tag, parse and recognize as the model files do", "[language][models]") {
    const EmbeddedModel* tagger_image = embedded("tagger.ngm");
    if (!tagger_image) return;  // a program built without models has none to check
    const std::string tagger_file = file_bytes(source_path("models/tagger.ngm"));
    const std::string parser_file = file_bytes(source_path("models/parser.ngm"));
    // the build made the program's images with prepare_model: the same bytes every time
    CHECK(prepare_model(tagger_file, "tagger.ngm") == tagger_image->bytes);
    CHECK(prepare_model(parser_file, "parser.ngm") == embedded("parser.ngm")->bytes);
    Tagger from_file = Tagger::from_bytes(tagger_file, "tagger.ngm");
    Tagger from_image = Tagger::from_bytes(tagger_image->bytes, "image", ModelIntegrity::Trusted);
    Parser parser_file_model = Parser::from_bytes(parser_file, "parser.ngm");
    Parser parser_image = Parser::from_bytes(embedded("parser.ngm")->bytes, "image", ModelIntegrity::Trusted);
    CHECK(from_image.feature_count() == from_file.feature_count());
    auto a = words_of({"Kowalczyk", "accrued", "fees", "at", "Barclays", "in", "London", "last", "year", "."});
    auto b = a;
    from_file.tag(a);
    from_image.tag(b);
    parser_file_model.parse(a);
    parser_image.parse(b);
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO(a[i].form);
        CHECK(b[i].upos == a[i].upos);
        CHECK(b[i].xpos == a[i].xpos);
        CHECK(b[i].lemma == a[i].lemma);
        CHECK(b[i].head == a[i].head);
        CHECK(b[i].deprel == a[i].deprel);
    }
    CHECK(a[4].upos == "PROPN");  // tags were given: a tagger that tags nothing fails above and here
    if (const EmbeddedModel* names = embedded("ner.ngm")) {
        const std::string names_file = file_bytes(source_path("models/ner.ngm"));
        CHECK(prepare_model(names_file, "ner.ngm") == names->bytes);
        NameRecognizer file_names = NameRecognizer::from_bytes(names_file, "ner.ngm");
        NameRecognizer image_names = NameRecognizer::from_bytes(names->bytes, "image", ModelIntegrity::Trusted);
        CHECK(image_names.weights().feature_count() == file_names.weights().feature_count());
        std::vector<Word> words;
        for (const TreebankWord& w : a) {
            Word word;
            word.form = w.form;
            word.lemma = w.lemma;
            word.upos = w.upos;
            word.xpos = w.xpos;
            word.head = w.head - 1;
            word.deprel = w.deprel;
            words.push_back(word);
        }
        const std::vector<std::uint8_t> tags = file_names.tag(words);
        CHECK(image_names.tag(words) == tags);
        // names were found: a recognizer that finds none fails
        CHECK(std::any_of(tags.begin(), tags.end(), [](std::uint8_t tag) { return tag != NameTagSet::kOutside; }));
    }
}
