// Readers facing bad input: what is refused, what is repaired, and the limits.
#include <unistd.h>

#include <filesystem>

#include "readers/content_sniffer.hpp"
#include "readers/jsonl.hpp"
#include "readers/reader.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;

namespace {
std::vector<std::string> read_lines_of(const std::string& corpus, const ReadOptions& options,
                                       std::vector<std::string>* problems = nullptr) {
    std::vector<std::string> texts;
    read_json_lines(
        corpus, "c.jsonl", [&](Document&& d) { texts.push_back(d.text); },
        [&](const Diagnostic& d) {
            if (problems) problems->push_back(d.text());
        },
        options);
    return texts;
}
}  // namespace

TEST_CASE("files that are not UTF-8 text are recognized with the reason") {
    CHECK_FALSE(non_text_reason("plain text"));
    CHECK(*non_text_reason("\xFF\xFEh\0i\0") ==
          "UTF-16 text is not supported; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
    CHECK(non_text_reason(std::string("h\0e\0l\0l\0o\0", 10))
              ->rfind("UTF-16 (little-endian) text without a byte order mark", 0) == 0);
    CHECK(non_text_reason(std::string("\0h\0e\0l\0l\0o", 10))->rfind("UTF-16 (big-endian)", 0) == 0);
    CHECK(*non_text_reason("\x89PNG\r\n\x1A\n....") == "binary content (a PNG image), not a text article");
    CHECK(*non_text_reason("%PDF-1.7") == "binary content (a PDF document), not a text article");
    CHECK(*non_text_reason(std::string("ab\0\0\0\0cd", 8)) == "binary content (NUL bytes), not a text article");
}

TEST_CASE("control characters and U+FFFE/U+FFFF are removed and reported; --strict refuses them") {
    std::string text = "a\x01 b\x1B[1m c\fd \xEF\xBF\xBE\xEF\xBF\xBF\te\n";
    CHECK(remove_control_characters(text) == 4);
    CHECK(text == "a b[1m c\nd \te\n");
    std::vector<Diagnostic> diagnostics;
    auto sink = [&](const Diagnostic& d) { diagnostics.push_back(d); };
    CHECK(normalize_input_text("x\x02y", "c.txt", sink) == "xy");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].text() == "c.txt: 1 control character(s) or U+FFFE/U+FFFF removed");
    CHECK_THROWS_WITH(normalize_input_text("x\x02y", "c.txt", sink, true),
                      Catch::Contains("c.txt") && Catch::Contains("(--strict)"));
    CHECK_THROWS_WITH(normalize_input_text("bad \xC3 byte", "b.txt", sink, true), Catch::Contains("invalid UTF-8"));
}

TEST_CASE("a file over --max-document-size is refused before it is read") {
    TempDir dir;
    dir.write("big.txt", std::string(5000, 'a'));
    ReadOptions options;
    options.max_document_size = 4096;
    auto read = [&] {
        read_input(
            dir.path("big.txt"), [](Document&&) {}, {}, options);
    };
    CHECK_THROWS_WITH(read(), Catch::Contains("big.txt: 5000 bytes, over --max-document-size (4096 bytes); skipped"));
    options.max_document_size = 5000;
    CHECK_NOTHROW(read());
}

TEST_CASE("JSON Lines: any line end, a line limit, --strict refuses repairs and duplicate ids") {
    ReadOptions options;
    std::string one = R"({"id": "a", "text": "one"})", two = R"({"id": "b", "text": "two"})";
    CHECK(read_lines_of(one + "\r\n" + two + "\r", options) == std::vector<std::string>{"one", "two"});
    CHECK(read_lines_of(one + "\r" + two, options) == std::vector<std::string>{"one", "two"});
    CHECK(read_lines_of("\xEF\xBB\xBF" + one + "\n", options) == std::vector<std::string>{"one"});

    std::vector<std::string> problems;
    options.max_document_size = 30;
    CHECK(read_lines_of(one + "\n" + R"({"id": "long", "text": "far too long for the limit"})" + "\n" + two, options,
                        &problems) == std::vector<std::string>{"one", "two"});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "c.jsonl:2: line of 52 bytes, over --max-document-size (30 bytes); skipped");

    problems.clear();
    options = ReadOptions{};
    options.strict = true;
    std::string corpus = one + "\n" + R"({"id": "a", "text": "again"})" + "\n" + "{\"text\": \"caf\xE9\"}\n" + two;
    CHECK(read_lines_of(corpus, options, &problems) == std::vector<std::string>{"one", "two"});
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "c.jsonl:2: duplicate id \"a\" (--strict)");
    CHECK(problems[1] == "c.jsonl:3: 1 invalid UTF-8 sequence(s) replaced with U+FFFD (--strict)");
    CHECK_THROWS_WITH(read_lines_of("\n\n", ReadOptions{}), Catch::Contains("empty input"));
}

TEST_CASE("a folder that cannot be listed is reported and the walk goes on") {
    TempDir dir;
    dir.write("a.txt", "a");
    dir.write("locked/b.txt", "b");
    std::filesystem::permissions(dir.path("locked"), std::filesystem::perms::none);
    bool root_reads_anyway = ::access(dir.path("locked").c_str(), R_OK) == 0;
    std::vector<std::string> problems;
    auto files = expand_inputs({dir.path("")}, [&](const Diagnostic& d) { problems.push_back(d.text()); });
    std::filesystem::permissions(dir.path("locked"), std::filesystem::perms::owner_all);
    if (root_reads_anyway) return;  // root lists any folder; tests/cli/bad_inputs_test.py covers this as another user
    CHECK(files == std::vector<std::string>{dir.path("a.txt")});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("locked: cannot list directory") != std::string::npos);
}
