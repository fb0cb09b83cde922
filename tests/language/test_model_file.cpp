// The model file format: values come back as written; truncation, damage and
// a wrong kind or version are errors naming the file, never a crash.
#include "core/error.hpp"
#include "language/embedded_models.hpp"
#include "language/model_file.hpp"
#include "language/name_recognizer.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

std::string sample_model() {
    ModelWriter writer("tagger", 2);
    writer.put_u8(7);
    writer.put_u32(123456);
    writer.put_f32(0.25f);
    writer.put_string("NOUN");
    writer.put_strings({"a", "", "ccc"});
    writer.put_array(std::vector<float>{1.5f, -2.0f});
    return writer.finish();
}

std::string load_error(const std::string& bytes, std::string_view kind = "tagger", std::uint32_t max_version = 2) {
    try {
        ModelReader reader(bytes, "m.bin", kind, max_version);
        reader.get_u8();
        reader.get_u32();
        reader.get_f32();
        reader.get_string();
        reader.get_strings();
        reader.get_array<float>();
        reader.expect_end();
    } catch (const Error& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("a model file reads back what was written") {
    std::string bytes = sample_model();
    ModelReader reader(bytes, "m.bin", "tagger", 3);
    CHECK(reader.version() == 2);
    CHECK(reader.get_u8() == 7);
    CHECK(reader.get_u32() == 123456);
    CHECK(reader.get_f32() == 0.25f);
    CHECK(reader.get_string() == "NOUN");
    CHECK(reader.get_strings() == std::vector<std::string>{"a", "", "ccc"});
    CHECK(reader.get_array<float>() == std::vector<float>{1.5f, -2.0f});
    CHECK_NOTHROW(reader.expect_end());
}

TEST_CASE("every truncation of a model file is a clear error") {
    std::string bytes = sample_model();
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        std::string message = load_error(bytes.substr(0, size));
        INFO("size " << size);
        CHECK(message.rfind("m.bin: ", 0) == 0);
    }
}

TEST_CASE("a damaged byte, a wrong kind or a newer version is refused") {
    std::string bytes = sample_model();
    std::string damaged = bytes;
    damaged[damaged.size() / 2] ^= 0x10;
    CHECK(load_error(damaged) == "m.bin: corrupt model file: checksum mismatch (truncated or damaged)");
    CHECK(load_error(bytes, "parser") == "m.bin: model file holds a tagger model, expected a parser model");
    CHECK(load_error(bytes, "tagger", 1) ==
          "m.bin: model format version 2 is not supported (this program reads up to 1)");
    CHECK(load_error("hello") == "m.bin: not a newsgraph model file");
    CHECK(load_error(bytes).empty());
}

TEST_CASE("a count larger than the file is refused before allocating") {
    ModelWriter writer("tagger", 1);
    writer.put_u64(~0ull);  // an array count no file can hold
    std::string bytes = writer.finish();
    ModelReader reader(bytes, "m.bin", "tagger", 1);
    CHECK_THROWS_WITH(reader.get_array<float>(), "m.bin: corrupt model file: array longer than the file");
}

TEST_CASE("a trusted reader skips only the checksum") {
    std::string bytes = sample_model();
    bytes.back() ^= 0x10;  // the checksum's last byte
    CHECK_THROWS_AS(ModelReader(bytes, "m.bin", "tagger", 2), Error);
    ModelReader trusted(bytes, "m.bin", "tagger", 2, ModelIntegrity::Trusted);
    CHECK(trusted.get_u8() == 7);
    CHECK_THROWS_WITH(ModelReader(bytes, "m.bin", "parser", 2, ModelIntegrity::Trusted),
                      "m.bin: model file holds a tagger model, expected a parser model");
}

TEST_CASE("the models built into the program pass their checksums") {
    // The program trusts its embedded models without a checksum at each start: this is where they are checked.
    for (const EmbeddedModel& model : embedded_models()) {
        INFO(model.name);
        std::string_view kind = model.name == "ner.ngm" ? kNameModelKind : model.name.substr(0, model.name.find('.'));
        CHECK_NOTHROW(ModelReader(model.bytes, std::string(model.name), kind, 1000));
    }
}
