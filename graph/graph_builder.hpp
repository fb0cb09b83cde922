// Turns one processed Document into nodes and edges of the corpus graph, in
// two steps: preparing a fragment needs only the document (so workers can do
// it in parallel), adding it needs the graph (done in input order).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/vocabulary.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Everything one document adds to the graph, with IRIs already computed.
// Node 0 is the article; edge ends are indices into `nodes`.
struct GraphFragment {
    struct Weight {  // a co-occurrence count between two nodes
        std::size_t subject = 0;
        std::size_t object = 0;
        double weight = 0.0;
    };
    struct Link {  // a typed relation with its evidence
        std::size_t subject = 0;
        Predicate predicate = Predicate::CoOccursWith;
        std::size_t object = 0;
        std::string role;
        Evidence evidence;
    };
    std::vector<Node> nodes;
    std::vector<double> mentions;  // per node: times the article mentions it, or < 0 for no `mentions` edge
    std::vector<Link> links;
    std::vector<Weight> cooccurrences;
};

// The article node, one node per resolved entity, `mentions` weights from the
// article, every typed relation with its evidence, and `coOccursWith` weights
// between named entities that share a sentence (counted once per sentence,
// summed per pair).
GraphFragment prepare_fragment(const Document& doc, const vocab::Namespaces& ns);

// Merges a fragment into the graph: nodes by IRI, edges by key. Fragments
// must be added in input order for byte-identical output.
void add_fragment(KnowledgeGraph& graph, GraphFragment&& fragment);

// IRI the graph uses for entity `index` of `doc`.
std::string entity_iri_of(const Document& doc, std::size_t index, const vocab::Namespaces& ns);

}  // namespace newsgraph
