// Reads RDF files (newsgraph's own outputs, or any RDF) as a stream of
// triples: RDF/XML, N-Triples, N-Quads and Turtle through Redland's parsers,
// and JSON-LD in the shape newsgraph writes it (embedded prefix context,
// @graph of node objects) through RapidJSON.
#pragma once

#include <functional>
#include <string>

#include "core/rdf_term.hpp"

namespace newsgraph {

using TripleCallback = std::function<void(const Term& subject, const Term& predicate, const Term& object)>;

// Calls `triple` for every triple of `path` (the format follows the extension:
// .rdf/.xml/.owl, .nt, .nq, .ttl, .jsonld/.json). Throws Error naming the file
// when it cannot be read or parsed.
void read_rdf_file(const std::string& path, const TripleCallback& triple);

// Calls `triple` for every triple of Turtle `text`; `name` labels errors.
void read_turtle_text(const std::string& text, const std::string& name, const TripleCallback& triple);

}  // namespace newsgraph
