// Parallel output: a shared counter hands out the outputs that may run on any
// thread; the calling thread writes the rest, then helps with those. Finished
// files are committed in the background while the next output is formatted.
#include "exporters/parallel_export.hpp"

#include <libxml/parser.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <iostream>
#include <set>
#include <thread>

#include "exporters/background_commits.hpp"

namespace newsgraph {

namespace {

// Graphviz keeps global state, stdout is one stream: these stay on the calling thread.
bool needs_calling_thread(const OutputRequest& output) {
    return output.path == "-" || output.format == Format::Svg || output.format == Format::Png ||
           output.format == Format::Html;
}

// Rough cost order, slowest first, so the last output to start is a short one.
int cost_rank(Format format) {
    switch (format) {
        case Format::RdfXml:
        case Format::NTriples:
        case Format::NQuads:
        case Format::Turtle:
            return 0;
        case Format::JsonLd:
            return 1;
        default:
            return 2;
    }
}

}  // namespace

std::vector<std::optional<Error>> write_graph_outputs(const KnowledgeGraph& graph,
                                                      const std::vector<OutputRequest>& outputs,
                                                      const ExportOptions& options, std::size_t threads) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    // Outputs written side by side share the threads; a lone output formats its body on all of them.
    ExportOptions each = options;
    each.threads = std::max<std::size_t>(1, threads / std::max<std::size_t>(1, std::min(threads, outputs.size())));
    std::vector<std::optional<Error>> errors(outputs.size());
    std::vector<std::exception_ptr> failures(outputs.size());
    BackgroundCommits commits(errors);
    auto write_one = [&](std::size_t i) {
        try {
            if (outputs[i].path == "-")
                write_graph(outputs[i].format, graph, each, std::cout);
            else
                commits.add(i, write_graph_uncommitted(outputs[i].format, graph, each, outputs[i].path));
        } catch (const Error& error) {
            errors[i] = error;
        } catch (...) {
            failures[i] = std::current_exception();
        }
    };

    // One path named twice: the last output written wins, as when written in order.
    std::set<std::string> paths;
    bool repeated = false;
    for (const OutputRequest& output : outputs) repeated |= output.path != "-" && !paths.insert(output.path).second;
    std::vector<std::size_t> shared, own;
    for (std::size_t i = 0; i < outputs.size(); ++i)
        (repeated || needs_calling_thread(outputs[i]) ? own : shared).push_back(i);
    std::stable_sort(shared.begin(), shared.end(), [&](std::size_t a, std::size_t b) {
        return cost_rank(outputs[a].format) < cost_rank(outputs[b].format);
    });
    std::atomic<std::size_t> next{0};
    auto take_shared = [&] {
        for (std::size_t k; (k = next.fetch_add(1)) < shared.size();) write_one(shared[k]);
    };
    xmlInitParser();  // before several threads make their first XML writers at once
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < std::min(threads, shared.size()); ++t) pool.emplace_back(take_shared);
    for (std::size_t i : own) write_one(i);
    take_shared();
    for (auto& thread : pool) thread.join();
    commits.finish();
    for (const auto& failure : failures)
        if (failure) std::rethrow_exception(failure);
    return errors;
}

}  // namespace newsgraph
