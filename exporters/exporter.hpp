// Entry point for every output format: write a graph to a stream or,
// atomically, to a file.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>

#include "core/vocabulary.hpp"
#include "exporters/format.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

struct ExportOptions {
    vocab::Namespaces ns;
    bool provenance = true;       // write rdf:Statement reification / evidence attributes
    std::size_t max_nodes = 150;  // svg/png: draw only the entities with the highest PageRank
    // GraphML, GEXF and the RDF formats but Turtle format their body in chunks of
    // `chunk_size` subjects (nodes, edges) on this many threads; the output is the same for any value.
    std::size_t threads = 1;
    std::size_t chunk_size = 2048;
};

// Writes `graph` in `format` to `out`. Throws Error when the graph cannot be
// written faithfully in that format.
void write_graph(Format format, const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out);

// Writes to a temporary file beside `path` and renames it into place only
// when complete; on any failure `path` is left as it was and the temporary
// file is removed. Throws Error naming `path`.
void write_graph_file(Format format, const KnowledgeGraph& graph, const ExportOptions& options,
                      const std::string& path);

class AtomicFile;
// write_graph_file up to, not including, the commit: the caller commits the
// returned file (fsync and rename) when it chooses, or drops it to leave `path` as it was.
std::unique_ptr<AtomicFile> write_graph_uncommitted(Format format, const KnowledgeGraph& graph,
                                                    const ExportOptions& options, const std::string& path);

}  // namespace newsgraph
