// The options every writer takes (namespaces, provenance, threads), on their own
// so a writer need not include the format dispatcher to get them.
#pragma once

#include <cstddef>

#include "core/vocabulary.hpp"

namespace newsgraph {

// How many entities an SVG or PNG picture draws unless told otherwise (highest PageRank first).
inline constexpr std::size_t kDefaultDrawnNodes = 150;

// What a writer is told besides the graph and the format.
struct ExportOptions {
    vocab::Namespaces ns;
    bool provenance = true;                      // write rdf:Statement reification / evidence attributes
    std::size_t max_nodes = kDefaultDrawnNodes;  // svg/png: draw only the entities with the highest PageRank
    // GraphML, GEXF and the RDF formats but Turtle format their body in chunks of
    // `chunk_size` subjects (nodes, edges) on this many threads; the output is the same for any value.
    std::size_t threads = 1;
    std::size_t chunk_size = 2048;
};

}  // namespace newsgraph
