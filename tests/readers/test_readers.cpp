// Readers: Markdown stripping, text normalization and input discovery.
#include <fstream>

#include "readers/markdown.hpp"
#include "readers/reader.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;

namespace {
std::vector<Document> read_all(const std::string& path, std::vector<Diagnostic>* diagnostics = nullptr) {
    std::vector<Document> docs;
    read_input(
        path, [&](Document&& doc) { docs.push_back(std::move(doc)); },
        [&](const Diagnostic& d) {
            if (diagnostics) diagnostics->push_back(d);
        });
    return docs;
}
}  // namespace

TEST_CASE("Markdown loses markup and raw HTML but keeps words and paragraphs") {
    std::string text = markdown_to_text(
        "# Title here\n\nSome *emphasis* and <u>underlined words</u> cost \\$5.\nNext line.\n\n- item one\n");
    CHECK(text == "Title here\n\nSome emphasis and underlined words cost $5. Next line.\n\nitem one");
}

TEST_CASE("Markdown links keep their text, not their URL") {
    CHECK(markdown_to_text("See [the report](http://example.org/r.pdf) today.") == "See the report today.");
}

TEST_CASE("input text normalization") {
    std::vector<Diagnostic> diagnostics;
    auto sink = [&](const Diagnostic& d) { diagnostics.push_back(d); };
    CHECK(normalize_input_text("\xEF\xBB\xBFline one\r\nline two\rthree", "a.txt", sink) ==
          "line one\nline two\nthree");
    CHECK(diagnostics.empty());
    CHECK(normalize_input_text("bad \xC3 byte", "b.txt", sink) == "bad \xEF\xBF\xBD byte");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].file == "b.txt");
    CHECK(diagnostics[0].message.find("invalid UTF-8") != std::string::npos);
    CHECK_THROWS_WITH(normalize_input_text(std::string("PNG\0\0", 5), "img.txt", sink),
                      Catch::Contains("img.txt") && Catch::Contains("binary"));
    CHECK_THROWS_WITH(normalize_input_text("\xFF\xFEh\0i\0", "u16.txt", sink), Catch::Contains("UTF-16"));
}

TEST_CASE("reading files: title from the headline, id from the name, errors name the file") {
    TempDir dir;
    dir.write("story.md", "Leaders meet in Oslo\n\nThe *summit* opened on Monday.\n");
    dir.write("empty.txt", "  \n\n");
    auto docs = read_all(dir.path("story.md"));
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].id == "story");
    CHECK(docs[0].meta.title == "Leaders meet in Oslo");
    CHECK(docs[0].meta.source_path == dir.path("story.md"));
    CHECK(docs[0].text == "Leaders meet in Oslo\n\nThe summit opened on Monday.");
    CHECK_THROWS_WITH(read_all(dir.path("empty.txt")), Catch::Contains("empty.txt") && Catch::Contains("empty"));
    CHECK_THROWS_WITH(read_all(dir.path("missing.txt")),
                      Catch::Contains("missing.txt") && Catch::Contains("no such file"));
}

TEST_CASE("directories expand recursively, sorted, known extensions only") {
    TempDir dir;
    dir.write("b.txt", "b");
    dir.write("a/z.md", "z");
    dir.write("a/y.txt", "y");
    dir.write("image.png", "x");
    dir.write("README.md", "about this folder");
    dir.write("a/.hidden.txt", "x");
    auto files = expand_inputs({dir.path("")});
    REQUIRE(files.size() == 3);
    CHECK(files[0] == dir.path("a/y.txt"));
    CHECK(files[1] == dir.path("a/z.md"));
    CHECK(files[2] == dir.path("b.txt"));
    CHECK_THROWS_WITH(expand_inputs({dir.path("nope")}), Catch::Contains("nope"));
}
