// Rebuilds a KnowledgeGraph from the triples of newsgraph's own RDF exports
// (the inverse of exporters/rdf_mapping): typed nodes with names and aliases,
// direct relation triples, and the rdf:Statements that carry each edge's
// evidence and weight. Used by `newsgraph merge` and `newsgraph query`.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "core/rdf_term.hpp"
#include "core/vocabulary.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Collects triples from any number of files, then adds them to a graph.
// Triples about the same subject may come from several files (a merge).
class RdfGraphImporter {
public:
    explicit RdfGraphImporter(vocab::Namespaces ns);
    ~RdfGraphImporter();

    // Takes one triple; anything outside newsgraph's vocabulary is ignored.
    void triple(const Term& subject, const Term& predicate, const Term& object);
    // Adds everything collected so far to `graph` (nodes in IRI order, then
    // edges with their evidence in statement order) and starts afresh. Returns
    // how many nodes it read (0: nothing in the input was newsgraph's).
    std::size_t flush_into(KnowledgeGraph& graph);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace newsgraph
