// Tests for write_graph_outputs: several outputs at once, each committed in the
// background while the next is formatted.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "exporters/exporter.hpp"
#include "exporters/parallel_export.hpp"
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

std::string expected(Format format, const KnowledgeGraph& graph) {
    std::ostringstream out;
    write_graph(format, graph, ExportOptions{}, out);
    return out.str();
}

std::size_t entries(const std::string& directory) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++count;
    return count;
}

}  // namespace

TEST_CASE("write_graph_outputs writes every format in full, on one thread or several", "[exporters]") {
    const KnowledgeGraph graph = testing::adversarial_graph();
    for (std::size_t threads : {1, 2, 3}) {
        TempDir dir;
        std::vector<OutputRequest> requests;
        for (const auto& row : kFormats)
            if (row.format != Format::Svg && row.format != Format::Png)  // pictures depend on the Graphviz build
                requests.push_back({row.format, dir.path("out." + std::string(row.extension))});
        auto errors = write_graph_outputs(graph, requests, ExportOptions{}, threads);
        for (std::size_t i = 0; i < requests.size(); ++i) {
            INFO(requests[i].path << " on " << threads << " thread(s)");
            CHECK_FALSE(errors[i]);
            CHECK(read(requests[i].path) == expected(requests[i].format, graph));
        }
        CHECK(entries(dir.path("")) == requests.size());  // every temporary file renamed into place
    }
}

TEST_CASE("write_graph_outputs: a path named twice ends up as the later output", "[exporters]") {
    const KnowledgeGraph graph = testing::small_graph();
    TempDir dir;
    const std::string path = dir.path("out.data");
    auto errors = write_graph_outputs(graph, {{Format::GraphML, path}, {Format::JsonLd, path}}, ExportOptions{}, 2);
    CHECK_FALSE(errors[0]);
    CHECK_FALSE(errors[1]);
    CHECK(read(path) == expected(Format::JsonLd, graph));
    CHECK(entries(dir.path("")) == 1);
}

TEST_CASE("write_graph_outputs: a commit that fails is that output's error alone", "[exporters]") {
    if (!std::filesystem::exists("/dev/full")) {
        WARN("no /dev/full here");
        return;
    }
    const KnowledgeGraph graph = testing::small_graph();
    TempDir dir;
    const std::string good = dir.path("out.graphml");
    // The small graph fits the 64 KB write buffer: the full device fails when the
    // background thread commits it, after the next output has been formatted.
    auto errors =
        write_graph_outputs(graph, {{Format::NTriples, "/dev/full"}, {Format::GraphML, good}}, ExportOptions{}, 1);
    REQUIRE(errors[0]);
    CHECK(errors[0]->file() == "/dev/full");
    CHECK_FALSE(errors[1]);
    CHECK(read(good) == expected(Format::GraphML, graph));
}
