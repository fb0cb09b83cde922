// Syntax checks on RDF terms, shared by the RDF writers so none of them
// writes an IRI or language tag that a strict parser would reject.
#pragma once

#include <string_view>

namespace newsgraph {

// True for an absolute IRI (scheme ":" rest) with no character RDF forbids
// in IRIREF (controls, space, <>"{}|^`\).
bool is_valid_iri(std::string_view iri);

// True for a well-formed BCP-47 language tag in the RDF sense
// ([a-zA-Z]{1,8} then any number of -[a-zA-Z0-9]{1,8}).
bool is_valid_language(std::string_view tag);

// Throws Error naming `what` unless is_valid_iri(iri).
void require_valid_iri(std::string_view iri, std::string_view what);

}  // namespace newsgraph
