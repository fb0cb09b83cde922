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
    std::string iso_code;                // ISO 3166-1 alpha-2 of a country, ISO 3166-2 of a subdivision
    bool cyber = false;                  // ICCS "cyber-crime related"
};

// Codes of `node`, its parent's IRI minted in `ns`.
NodeCodes node_codes(const Node& node, const vocab::Namespaces& ns);

// A broader goal or threat that no node of the graph stands for ("Acts against computer systems" above
// cybercrime): described in RDF so that every skos:broader chain reaches the top of the taxonomy.
struct BroaderConcept {
    std::string iri;  // the IRI a node of that name would have
    std::string name;
    NodeCodes codes;
};

// The broader concepts of the graph's goal and threat nodes that are not nodes themselves, ordered by IRI.
std::vector<BroaderConcept> broader_concepts(const KnowledgeGraph& graph, const vocab::Namespaces& ns);

}  // namespace newsgraph
