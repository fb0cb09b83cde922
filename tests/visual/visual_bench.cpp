// Times the picture and explorer writers: `newsgraph_visual_bench EDGES|INPUT OUT.{svg,png,html} [MAX_NODES]`
// renders synthetic_graph(EDGES) (about EDGES/5 entities), or the graph of an
// input file, and prints the seconds taken.
#include <cctype>
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/synthetic_graph.hpp"
#include "core/error.hpp"
#include "corpus/corpus_build.hpp"
#include "exporters/graphviz_renderer.hpp"
#include "exporters/html_explorer.hpp"
#include "extractors/registry.hpp"

int main(int argc, char** argv) {
    using namespace newsgraph;
    if (argc < 3) {
        std::cerr << "usage: newsgraph_visual_bench EDGES|INPUT OUT.{svg,png,html} [MAX_NODES]\n";
        return 2;
    }
    const std::string input = argv[1];
    const KnowledgeGraph graph =
        std::isdigit(static_cast<unsigned char>(input[0]))
            ? synthetic_graph(std::stoul(input))
            : build_corpus({input}, default_pipeline(), CorpusOptions{}, [](const Diagnostic&) {}).graph;
    const std::string path = argv[2];
    const std::size_t max_nodes = argc > 3 ? std::stoul(argv[3]) : 150;
    const auto start = std::chrono::steady_clock::now();
    try {
        std::ofstream out(path, std::ios::binary);
        if (path.ends_with(".html"))
            write_html_explorer(graph, vocab::Namespaces{}, out);
        else
            write_picture(graph, {path.ends_with(".png") ? PictureFormat::Png : PictureFormat::Svg, max_nodes}, out);
    } catch (const Error& error) {
        std::cerr << error.what() << "\n";
        return 1;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << graph.node_count() << " vertices, " << path << ": " << seconds << " s\n";
    return 0;
}
