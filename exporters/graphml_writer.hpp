// GraphML 1.0 output, written straight from the property graph through
// libxml2's xmlTextWriter; valid against the GraphML 1.0 XSD.
#pragma once

#include <ostream>

#include "exporters/export_options.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Keys follow the consumers' conventions (Gephi, Neo4j APOC, NetworkX, igraph):
// node `n_label`/`labels`/`type`/`iri`/`aliases`/`n_confidence`/`degree`/`weighted_degree`/
// `pagerank`/`betweenness`/`mentions`/`r`/`g`/`b`, edge
// `label` (relationship type)/`weight`/`predicate`/`role`/`confidence`/`evidence`/
// `evidence_count`/`start_offset`/`end_offset`/`source_doc`/`extractor`/`rule`.
// Nodes are n0.. in IRI order, edges e0.. in sorted edge order.
void write_graphml(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out);

}  // namespace newsgraph
