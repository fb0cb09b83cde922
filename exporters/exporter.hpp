// Entry point for every output format: write a graph to a stream or,
// atomically, to a file.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>

#include "core/rdf_term.hpp"
#include "exporters/export_options.hpp"
#include "exporters/format.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// The triple sink that writes `format` to `out`: RDF/XML, JSON-LD, N-Triples, N-Quads (graph names
// under `ns.ontology`) or Turtle; nullptr for a format that is not RDF. The one table of RDF writers.
std::unique_ptr<TripleSink> make_rdf_writer(Format format, std::ostream& out, const vocab::Namespaces& ns);

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
