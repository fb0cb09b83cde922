// Turns one processed Document into nodes and edges of the corpus graph.
#pragma once

#include "core/document.hpp"
#include "core/vocabulary.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Adds the article node, one node per resolved entity (merged by IRI with
// what the graph holds), `mentions` edges from the article, every typed
// relation with its evidence, and `coOccursWith` edges between named
// entities that share a sentence. Documents must be added in input order for
// byte-identical output.
void add_document(KnowledgeGraph& graph, const Document& doc, const vocab::Namespaces& ns);

// IRI the graph uses for entity `index` of `doc`.
std::string entity_iri_of(const Document& doc, std::size_t index, const vocab::Namespaces& ns);

}  // namespace newsgraph
