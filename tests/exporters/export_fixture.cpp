// newsgraph_export_fixture DIR: writes the adversarial graph as x.graphml,
// x.rdf, x.jsonld and x.nt into DIR, for tests/consumers/check_exports.py.
#include <iostream>
#include <string>

#include "core/error.hpp"
#include "exporters/exporter.hpp"
#include "tests/exporters/sample_graphs.hpp"

int main(int argc, char** argv) {
    if (argc != 2 && argc != 3) {
        std::cerr << "usage: newsgraph_export_fixture DIR [small|adversarial]\n";
        return 2;
    }
    using namespace newsgraph;
    std::string which = argc == 3 ? argv[2] : "adversarial";
    KnowledgeGraph graph = which == "small" ? testing::small_graph() : testing::adversarial_graph();
    try {
        for (const auto& row : kFormats)
            write_graph_file(row.format, graph, ExportOptions{},
                             std::string(argv[1]) + "/x." + std::string(row.extension));
    } catch (const Error& error) {
        std::cerr << "newsgraph_export_fixture: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
