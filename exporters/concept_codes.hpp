// The codes a goal, threat or place node carries in every export: SDG code and
// UN IRI, ICCS code, the broader concept, the ISO 3166 code of a country.
#pragma once

#include <string>
#include <vector>

#include "core/vocabulary.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// What the taxonomy knows of one node; every field empty for nodes outside it.
struct NodeCodes {
    std::string sdg_code;                // "16.4"
    std::string iccs_code;               // "0903" or "0903 0205" when several
    std::vector<std::string> notations;  // every code, one skos:notation each ("16.4", "0903", "NC2")
    std::string exact_match;             // UN IRI of an SDG goal or target
    std::string parent;                  // IRI of the broader goal or threat node
    std::string iso_code;                // ISO 3166-1 alpha-2 of a country
    bool cyber = false;                  // ICCS "cyber-crime related"
};

// Codes of `node`, its parent's IRI minted in `ns`.
NodeCodes node_codes(const Node& node, const vocab::Namespaces& ns);

}  // namespace newsgraph
