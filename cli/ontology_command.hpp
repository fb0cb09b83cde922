// `newsgraph ontology`: the built-in ontology in any RDF syntax.
#pragma once

#include <string>
#include <vector>

#include "exporters/format.hpp"

namespace newsgraph {

// Writes ontology/newsgraph.ttl (as built in, or from --ontology-dir) to `path`
// in `format` (Turtle is copied as written; RDF/XML, JSON-LD and N-Triples are
// re-serialized with triples sorted, so output is deterministic). Atomic.
void write_ontology(Format format, const std::string& path);

// Runs `newsgraph ontology ARGS...`; returns the exit status. Throws UsageError or Error.
int run_ontology(const std::vector<std::string>& args);

}  // namespace newsgraph
