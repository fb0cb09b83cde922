// `newsgraph query GRAPH... 'SPARQL'` and the graph questions (--neighbors, --path, --top, --said-by, --about).
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Runs `newsgraph query ARGS...`; returns the exit status. Throws UsageError or Error.
int run_query(const std::vector<std::string>& args);

}  // namespace newsgraph
