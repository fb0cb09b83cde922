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

// IRI of the reified statement for one edge, stable across runs.
std::string statement_iri(const vocab::Namespaces& ns, std::string_view subject, std::string_view predicate,
                          std::string_view object, std::string_view role);

// 64-bit FNV-1a: stable across platforms and runs (std::hash is not).
std::uint64_t stable_hash(std::string_view text);

}  // namespace newsgraph
