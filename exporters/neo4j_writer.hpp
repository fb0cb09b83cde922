// Neo4j bulk-import output: a directory holding nodes.csv and
// relationships.csv for `neo4j-admin database import full`, plus
// import.cypher (plain CREATE statements) for loading small graphs in a shell.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "exporters/export_options.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// True when `path` asks for the Neo4j directory output (it ends in ".neo4j").
bool is_neo4j_path(std::string_view path);

// Header `iri:ID,:LABEL,name,aliases:string[],...`, one row per vertex in IRI
// order; labels and aliases use ';' as the array delimiter.
void write_neo4j_nodes(const KnowledgeGraph& graph, std::ostream& out);

// Header `:START_ID,:END_ID,:TYPE,...`, one row per edge (its first evidence,
// with evidence_count telling how many there are), in the exporters' edge order.
void write_neo4j_relationships(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out);

// The same graph as Cypher CREATE statements, one per line.
void write_neo4j_cypher(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out);

// Writes the three files into a new directory that replaces `directory` as a
// unit (see AtomicDirectory): readers never see files of two runs mixed. Throws
// Error naming the file or directory that could not be written.
void write_neo4j_directory(const KnowledgeGraph& graph, const ExportOptions& options, const std::string& directory);

}  // namespace newsgraph
