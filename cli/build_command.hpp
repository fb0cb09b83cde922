// `newsgraph build` (inputs to a graph in every output format) and `newsgraph
// inspect` (what was found in each input, one line per entity, quote and relation).
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Runs `newsgraph build ARGS...`; returns the exit status. Throws UsageError or Error.
int run_build(const std::vector<std::string>& args);
// Runs `newsgraph inspect ARGS...`; returns the exit status. Throws UsageError or Error.
int run_inspect(const std::vector<std::string>& args);

}  // namespace newsgraph
