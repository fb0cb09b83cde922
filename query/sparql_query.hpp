// SPARQL 1.1 over newsgraph outputs without a server: the files are loaded
// into an in-memory Redland store and the query runs through Rasqal.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "query/query_limits.hpp"

namespace newsgraph {

enum class ResultFormat { Table, Csv, Tsv, Json };

// Loads `files` (any RDF format newsgraph writes), runs `sparql` (SELECT, ASK
// or CONSTRUCT) and prints the answer: bindings in `format`, ASK as
// true/false, CONSTRUCT as N-Triples. Throws Error for unreadable files, for
// queries that do not parse, for SERVICE unless limits.allow_service, and for
// more than limits.max_rows results (nothing is printed then). Past
// limits.timeout_seconds or limits.max_memory the process ends (QueryWatchdog).
void run_sparql(const std::vector<std::string>& files, const std::string& sparql, ResultFormat format,
                std::ostream& out, const QueryLimits& limits = {});

}  // namespace newsgraph
