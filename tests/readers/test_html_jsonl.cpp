// HTML pages and JSON Lines corpora.
#include "readers/html.hpp"
#include "readers/jsonl.hpp"
#include "readers/reader.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/run_command.hpp"

using namespace newsgraph;

TEST_CASE("an HTML news page gives its article text and metadata, not its boilerplate") {
    std::string path = source_path("tests/data/readers/news-page.html");
    HtmlArticle article = read_html_article(slurp(path), path);
    CHECK(article.meta.title == "Coastal cities get £40m flood defence fund");
    CHECK(article.meta.url == "https://gazette.example/news/2026/03/flood-fund");
    CHECK(article.meta.date == "2026-03-14T09:30:00Z");
    CHECK(article.meta.language == "en-GB");
    CHECK(article.text.rfind("Coastal cities get £40m flood defence fund\n\n", 0) == 0);
    CHECK(article.text.find("The Department for Environment announced a £40m fund on Friday to protect coastal towns "
                            "from flooding & storm surges.") != std::string::npos);
    CHECK(article.text.find("“We cannot wait for the next storm,” said Environment Minister Priya Natarajan.") !=
          std::string::npos);
    for (const char* boilerplate :
         {"Sport", "Login", "Paris", "Lisbon", "trackRead", "comment", "Contact us", "font-family", "Fake Person"})
        CHECK(article.text.find(boilerplate) == std::string::npos);
}

TEST_CASE("HTML without text is an error naming the file") {
    CHECK_THROWS_WITH(read_html_article("<html><body><script>x()</script></body></html>", "empty.html"),
                      Catch::Contains("empty.html") && Catch::Contains("no article text"));
}

namespace {
std::string nested_page(int depth) {
    std::string html = "<html><body>";
    for (int i = 0; i < depth; ++i) html += "<div>";
    return html + "Deep text here.";
}
}  // namespace

TEST_CASE("nested HTML is read without recursion; past the parser's depth limit it is a clear error") {
    CHECK(read_html_article(nested_page(200), "nested.html").text == "Deep text here.");
    // libxml2 stops at its nesting limit (256) instead of exhausting memory.
    CHECK_THROWS_WITH(read_html_article(nested_page(10000), "deep.html"), Catch::Contains("deep.html"));
}

TEST_CASE("an HTML page's DTD entities never become article text, nor does the end of its internal subset") {
    std::string page =
        "<!DOCTYPE html [\n  <!ENTITY boss \"Minister Anna Berg met the envoy in Oslo\">\n"
        "  <!ENTITY tricky 'a ] b'>\n]>\n"
        "<html><head><title>Talks</title></head><body><p>Minister Karl Weber said &boss; so.</p></body></html>\n";
    HtmlArticle article = read_html_article(page, "entities.html");
    CHECK(article.text.find("Anna Berg") == std::string::npos);
    CHECK(article.text.find("]>") == std::string::npos);
    CHECK(article.text.find("ENTITY") == std::string::npos);
    CHECK(article.text.find("Minister Karl Weber said") != std::string::npos);
}

TEST_CASE("JSON-LD in an HTML page nested too deeply refuses the page with its line") {
    std::string page = "<html><head>\n<script type=\"application/ld+json\">" + std::string(150000, '[') +
                       "</script></head><body><p>Minister Karl Weber said so.</p></body></html>";
    CHECK_THROWS_WITH(read_html_article(page, "deep.html"),
                      Catch::Contains("deep.html") && Catch::Contains("line 2") &&
                          Catch::Contains("nested too deeply (limit 1000 levels)"));
}

TEST_CASE("JSON Lines: good lines become documents, bad ones are reported by line") {
    std::string corpus =
        R"({"id": "a1", "title": "Talks in Geneva", "url": "https://x.example/a1", "published": "2026-01-02", "text": "Delegates met."})"
        "\n"
        "{not json}\n"
        R"({"id": "a3", "text": 42})"
        "\n"
        R"({"id": "a4", "title": "No body"})"
        "\n"
        "\n"
        R"({"id": "a1", "html": "<html><body><article><p>Second page text.</p></article></body></html>"})"
        "\n"
        "[1, 2]\n";
    std::vector<Document> docs;
    std::vector<Diagnostic> diagnostics;
    read_json_lines(
        corpus, "news.jsonl", [&](Document&& d) { docs.push_back(std::move(d)); },
        [&](const Diagnostic& d) { diagnostics.push_back(d); });
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "a1");
    CHECK(docs[0].meta.title == "Talks in Geneva");
    CHECK(docs[0].meta.url == "https://x.example/a1");
    CHECK(docs[0].meta.date == "2026-01-02");
    CHECK(docs[0].text == "Talks in Geneva\n\nDelegates met.");
    CHECK(docs[1].text == "Second page text.");
    std::vector<std::string> lines;
    for (const auto& d : diagnostics) lines.push_back(d.text());
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].rfind("news.jsonl:2: malformed JSON", 0) == 0);
    CHECK(lines[1] == "news.jsonl:3: field \"text\" must be a string");
    CHECK(lines[2] == "news.jsonl:4: no \"text\" or \"html\" field");
    CHECK(lines[3].rfind("news.jsonl:6: duplicate id \"a1\"", 0) == 0);
    CHECK(lines[4] == "news.jsonl:7: a line must hold one JSON object");
    CHECK(diagnostics[3].severity == Severity::Warning);
}

TEST_CASE("input kinds follow the extension") {
    CHECK(input_kind("a/b.HTML") == InputKind::Html);
    CHECK(input_kind("x.jsonl") == InputKind::JsonLines);
    CHECK(input_kind("x.md") == InputKind::Markdown);
    CHECK(input_kind("x") == InputKind::Text);
}
