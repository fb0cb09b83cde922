// SPARQL 1.1 over newsgraph outputs without a server: the files are loaded
// into an in-memory Redland store and the query runs through Rasqal.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace newsgraph {

enum class ResultFormat { Table, Csv, Tsv, Json };

// Loads `files` (any RDF format newsgraph writes), runs `sparql` (SELECT, ASK
// or CONSTRUCT) and prints the answer: bindings in `format`, ASK as
// true/false, CONSTRUCT as N-Triples. Throws Error for unreadable files and
// for queries that do not parse.
void run_sparql(const std::vector<std::string>& files, const std::string& sparql, ResultFormat format,
                std::ostream& out);

}  // namespace newsgraph
