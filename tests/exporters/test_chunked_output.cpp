// Tests for output formatted in chunks on several threads (exporters/ordered_chunks,
// emit_triples with a FragmentedSink, write_xml_items): the same bytes as one
// thread, and the error a single thread would have met first.
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

#include "core/error.hpp"
#include "exporters/exporter.hpp"
#include "exporters/ordered_chunks.hpp"
#include "tests/exporters/sample_graphs.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

std::string written(Format format, const KnowledgeGraph& graph, std::size_t threads, std::size_t chunk_size) {
    ExportOptions options;
    options.threads = threads;
    options.chunk_size = chunk_size;
    std::ostringstream out;
    write_graph(format, graph, options, out);
    return out.str();
}

std::string error_of(Format format, const KnowledgeGraph& graph, std::size_t threads) {
    try {
        written(format, graph, threads, 1);
    } catch (const Error& error) {
        return error.what();
    }
    return "no error";
}

// Twelve people; the seventh in IRI order has an IRI with a space, which every RDF writer refuses.
KnowledgeGraph graph_with_bad_iri() {
    KnowledgeGraph graph;
    for (int i = 0; i < 12; ++i) {
        Node node;
        node.iri =
            std::string("http://example.org/person/").append(std::to_string(10 + i)).append(i == 6 ? " bad" : "");
        node.name = std::string("Person ").append(std::to_string(i));
        node.confidence = 0.5;
        graph.add_node(std::move(node));
    }
    return graph;
}

}  // namespace

TEST_CASE("chunks are written in order whatever order they finish in", "[exporters]") {
    std::string serial, parallel;
    auto format = [](std::size_t chunk, std::string& text) {
        // Early chunks take longest, so later ones finish first.
        std::this_thread::sleep_for(std::chrono::microseconds((40 - chunk % 40) * 20));
        text = std::to_string(chunk);
        text.insert(text.begin(), '<');
        text.push_back('>');
    };
    write_chunks_in_order(100, 1, format, [&](std::string& text) { serial += text; });
    write_chunks_in_order(100, 4, format, [&](std::string& text) { parallel += text; });
    CHECK(serial.rfind("<0><1><2>", 0) == 0);
    CHECK(parallel == serial);
}

TEST_CASE("the earliest failing chunk's exception is the one rethrown", "[exporters]") {
    for (std::size_t threads : {1, 3}) {
        std::string out;
        auto format = [](std::size_t chunk, std::string& text) {
            if (chunk == 9) std::this_thread::sleep_for(std::chrono::milliseconds(20));  // fails after chunk 11 does
            if (chunk == 9 || chunk == 11)
                throw std::runtime_error(std::string("chunk ").append(std::to_string(chunk)));
            text = std::to_string(chunk);
            text.push_back(',');
        };
        CHECK_THROWS_WITH(write_chunks_in_order(40, threads, format, [&](std::string& text) { out += text; }),
                          "chunk 9");
        CHECK(out == "0,1,2,3,4,5,6,7,8,");
    }
}

TEST_CASE("every chunked format writes the same bytes on any number of threads", "[exporters]") {
    const KnowledgeGraph graphs[] = {testing::small_graph(), testing::adversarial_graph()};
    for (Format format :
         {Format::GraphML, Format::Gexf, Format::RdfXml, Format::JsonLd, Format::NTriples, Format::NQuads}) {
        for (const KnowledgeGraph& graph : graphs) {
            CAPTURE(info(format).name);
            const std::string serial = written(format, graph, 1, 2048);
            CHECK(written(format, graph, 3, 1) == serial);
            CHECK(written(format, graph, 2, 2) == serial);
            CHECK(written(format, graph, 4, 3) == serial);
        }
    }
}

TEST_CASE("a chunked RDF export fails as a single-threaded one does", "[exporters]") {
    const KnowledgeGraph graph = graph_with_bad_iri();
    for (Format format : {Format::RdfXml, Format::JsonLd, Format::NTriples, Format::NQuads}) {
        CAPTURE(info(format).name);
        const std::string serial = error_of(format, graph, 1);
        CHECK_THAT(serial, Catch::Contains("person/16 bad"));
        CHECK(error_of(format, graph, 3) == serial);
    }
}
