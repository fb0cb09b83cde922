// Inputs the fuzz targets (tests/fuzz) once crashed on, kept here so the
// ordinary build checks them too.
#include "core/error.hpp"
#include "readers/rdf_input.hpp"
#include "readers/reader.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;

TEST_CASE("merge refuses JSON-LD whose @id, @type or @language is not a string") {
    TempDir dir;
    const char* nodes[] = {
        R"({"@id":"http://a/b","@type":3})",
        R"({"@id":"http://a/b","http://p/q":{"@id":{"x":1}}})",
        R"({"@id":"http://a/b","http://p/q":{"@id":7}})",
        R"({"@id":"http://a/b","http://p/q":{"@value":"v","@type":[1]}})",
        R"({"@id":"http://a/b","http://p/q":{"@value":"v","@language":{}}})",
    };
    for (const char* node : nodes) {
        INFO(node);
        dir.write("g.jsonld", std::string(R"({"@context":{},"@graph":[)") + node + "]}");
        CHECK_THROWS_AS(read_rdf_file(dir.path("g.jsonld"), [](const Term&, const Term&, const Term&) {}), Error);
    }
}

TEST_CASE("a text file shorter than the header it starts like is read as text") {
    TempDir dir;
    dir.write("riff.txt", "RIFF");
    std::vector<std::string> texts;
    read_input(dir.path("riff.txt"), [&](Document&& doc) { texts.push_back(doc.text); }, {});
    CHECK(texts == std::vector<std::string>{"RIFF"});
}
