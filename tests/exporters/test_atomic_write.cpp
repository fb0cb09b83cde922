// Tests for write_graph_file: all-or-nothing file output.
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "exporters/exporter.hpp"
#include "tests/exporters/sample_graphs.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::size_t entries(const std::string& directory) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++count;
    return count;
}

}  // namespace

TEST_CASE("write_graph_file writes the same bytes as write_graph", "[exporters]") {
    TempDir dir;
    KnowledgeGraph graph = testing::small_graph();
    for (const auto& row : kFormats) {
        std::string path = dir.path("out." + std::string(row.extension));
        write_graph_file(row.format, graph, ExportOptions{}, path);
        std::ostringstream expected;
        write_graph(row.format, graph, ExportOptions{}, expected);
        CHECK(read(path) == expected.str());
        struct stat info {};
        REQUIRE(::stat(path.c_str(), &info) == 0);
        CHECK((info.st_mode & S_IRUSR) != 0);
    }
    CHECK(entries(dir.path("")) == kFormats.size());  // no temporary files left behind
}

TEST_CASE("write_graph_file replaces an existing file", "[exporters]") {
    TempDir dir;
    dir.write("graph.nt", "old contents\n");
    write_graph_file(Format::NTriples, testing::small_graph(), ExportOptions{}, dir.path("graph.nt"));
    std::string written = read(dir.path("graph.nt"));
    CHECK(written.find("old contents") == std::string::npos);
    CHECK(written.find("<https://w3id.org/newsgraph/id/amount/doc-1-200> ") == 0);
    CHECK(entries(dir.path("")) == 1);
}

TEST_CASE("write_graph_file into a missing directory throws and creates nothing", "[exporters]") {
    TempDir dir;
    std::string path = dir.path("missing/graph.rdf");
    CHECK_THROWS_WITH(write_graph_file(Format::RdfXml, testing::small_graph(), ExportOptions{}, path),
                      Catch::Contains(path));
    CHECK_FALSE(std::filesystem::exists(dir.path("missing")));
    CHECK(entries(dir.path("")) == 0);
}

TEST_CASE("a failing writer leaves the previous file untouched", "[exporters]") {
    TempDir dir;
    dir.write("graph.jsonld", "previous");
    ExportOptions broken;
    broken.ns.entities = "not an iri/";  // every entity IRI is then relative: the writers refuse
    KnowledgeGraph graph = testing::small_graph(broken.ns);
    CHECK_THROWS_WITH(write_graph_file(Format::JsonLd, graph, broken, dir.path("graph.jsonld")),
                      Catch::Contains(dir.path("graph.jsonld")));
    CHECK(read(dir.path("graph.jsonld")) == "previous");
    CHECK(entries(dir.path("")) == 1);
}

TEST_CASE("a full device makes write_graph_file throw naming it", "[exporters]") {
    if (!std::filesystem::exists("/dev/full")) {
        WARN("no /dev/full here");
        return;
    }
    for (const auto& row : kFormats)
        CHECK_THROWS_WITH(write_graph_file(row.format, testing::adversarial_graph(), ExportOptions{}, "/dev/full"),
                          Catch::Contains("/dev/full"));
    CHECK(std::filesystem::is_character_file("/dev/full"));  // written to, never replaced
}

TEST_CASE("write_graph_file through a symlink replaces the target and keeps the link", "[exporters]") {
    TempDir dir;
    dir.write("real.nt", "old\n");
    std::filesystem::create_symlink(dir.path("real.nt"), dir.path("link.nt"));
    write_graph_file(Format::NTriples, testing::small_graph(), ExportOptions{}, dir.path("link.nt"));
    CHECK(std::filesystem::is_symlink(dir.path("link.nt")));
    CHECK(read(dir.path("real.nt")).find("<https://w3id.org/newsgraph/id/amount/doc-1-200> ") == 0);
    CHECK(entries(dir.path("")) == 2);
}
