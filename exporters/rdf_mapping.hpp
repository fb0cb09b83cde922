// The one mapping from the knowledge graph to RDF: every RDF writer
// (RDF/XML, JSON-LD, N-Triples) is a TripleSink fed by emit_triples.
#pragma once

#include "exporters/exporter.hpp"
#include "exporters/rdf_term.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Declares the prefixes, then sends every triple of `graph` to `sink` and calls
// sink.finish(). Subjects come in IRI order (entities and articles, then the broader goals and
// threats of the taxonomy that no node stands for (see broader_concepts), then the
// rdf:Statement of each piece of evidence when options.provenance); all triples of
// a subject are consecutive, and so are all values of one predicate. Every literal
// is valid UTF-8 free of characters XML 1.0 forbids, and empty literals are omitted,
// so all writers carry the same graph.
// A FragmentedSink gets its triples formatted on options.threads threads, in
// chunks of options.chunk_size subjects, and the same document.
void emit_triples(const KnowledgeGraph& graph, const ExportOptions& options, TripleSink& sink);

}  // namespace newsgraph
