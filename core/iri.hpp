// Deterministic identifiers: the same class and normalized name give the same
// IRI in every run and every document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/entity_class.hpp"
#include "core/span.hpp"
#include "core/vocabulary.hpp"

namespace newsgraph {

// IRI of a named entity: <entities><class segment>/<slug of name>.
std::string entity_iri(const vocab::Namespaces& ns, EntityClass cls, std::string_view name);

// IRI of an article: <entities>article/<slug of document id>.
std::string article_iri(const vocab::Namespaces& ns, std::string_view document_id);

// IRI of something that exists once per place in a text (a quote, an amount):
// <entities><class segment>/<slug of document id>-<byte offset>.
std::string occurrence_iri(const vocab::Namespaces& ns, EntityClass cls, std::string_view document_id,
                           std::size_t offset);

// The hash that names the rdf:Statements of one edge, stable across runs: of its subject IRI,
// predicate local name, object IRI and role. `scratch` is reused to build the key.
std::uint64_t statement_hash(std::string& scratch, std::string_view subject, std::string_view predicate,
                             std::string_view object, std::string_view role);

// The start every statement IRI shares: <entities>statement/.
std::string statement_iri_prefix(const vocab::Namespaces& ns);

// Appends the rest of the IRI of the `index`th statement of the edge with hash `hash` to a
// statement_iri_prefix: <16 lower-case hex digits of the hash>-<index>.
void append_statement_iri(std::string& out, std::uint64_t hash, std::size_t index);

// 64-bit FNV-1a: stable across platforms and runs (std::hash is not).
std::uint64_t stable_hash(std::string_view text);

}  // namespace newsgraph
