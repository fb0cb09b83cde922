// Several outputs of one finished graph written at once: each format is
// independent of the others once the graph no longer changes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "exporters/exporter.hpp"

namespace newsgraph {

struct OutputRequest {
    Format format;
    std::string path;  // "-" writes to std::cout
};

// Writes every output as write_graph_file would, on up to `threads` threads
// (0 = one per core), the slowest formats first. Standard output and the
// Graphviz pictures (SVG, PNG) and HTML are written by the calling thread, one
// after the other. Returns, in the order given, the Error of each output that
// failed (nullopt for those written); any other exception is rethrown here
// after every thread has finished. The threads are shared out among the
// outputs for formatting their bodies (ExportOptions::threads). Each finished
// file is fsynced and renamed into place on a thread of its own, while the next
// output is formatted.
std::vector<std::optional<Error>> write_graph_outputs(const KnowledgeGraph& graph,
                                                      const std::vector<OutputRequest>& outputs,
                                                      const ExportOptions& options, std::size_t threads);

}  // namespace newsgraph
