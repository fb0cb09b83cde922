// Export throughput: builds a synthetic graph of N edges and writes it in one
// format, printing edges/s and triples/s. Peak memory is read by bench/run.sh
// from the process (one format per process, so the numbers do not mix).
// write_cpu_s is the CPU time of the write alone: steadier than wall time on a
// busy machine (wall time also includes the final fsync).
// The body is formatted on THREADS threads (default: every core), as `newsgraph -j`.
// Usage: newsgraph_bench_export EDGES FORMAT OUTPUT [THREADS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <thread>

#include "bench/cpu_time.hpp"
#include "bench/synthetic_graph.hpp"
#include "exporters/exporter.hpp"

using namespace newsgraph;

int main(int argc, char** argv) {
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: %s EDGES FORMAT OUTPUT [THREADS]\n", argv[0]);
        return 2;
    }
    std::size_t edges = std::stoul(argv[1]);
    auto format = format_from_name(argv[2]);
    if (!format) {
        std::fprintf(stderr, "unknown format %s\n", argv[2]);
        return 2;
    }
    auto start = std::chrono::steady_clock::now();
    KnowledgeGraph graph = synthetic_graph(edges);
    auto built = std::chrono::steady_clock::now();
    double cpu_start = bench::process_cpu_seconds();
    ExportOptions options;
    options.threads = argc == 5 ? std::stoul(argv[4]) : std::max(1u, std::thread::hardware_concurrency());
    write_graph_file(*format, graph, options, argv[3]);
    auto written = std::chrono::steady_clock::now();
    double write_cpu_s = bench::process_cpu_seconds() - cpu_start;
    double build_s = std::chrono::duration<double>(built - start).count();
    double write_s = std::chrono::duration<double>(written - built).count();
    std::printf(
        "%s\tthreads=%zu\tedges=%zu\tnodes=%zu\tbuild_s=%.3f\twrite_s=%.3f\twrite_cpu_s=%.3f\tedges_per_s=%.0f\n",
        argv[2], options.threads, graph.edge_count(), graph.node_count(), build_s, write_s, write_cpu_s,
        static_cast<double>(graph.edge_count()) / write_s);
    return 0;
}
