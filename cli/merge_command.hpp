// `newsgraph merge GRAPH... -o OUTPUT`: runs (shards, or new articles into a graph) merged into one.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Runs `newsgraph merge ARGS...`; returns the exit status. Throws UsageError or Error.
int run_merge(const std::vector<std::string>& args);

}  // namespace newsgraph
