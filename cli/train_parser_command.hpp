// `newsgraph train parser`: trains the dependency parser from CoNLL-U treebanks
// and writes its model file, printing dev scores per epoch.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Runs `train parser` with the arguments after "parser"; returns the exit status
// (0 ok, 1 bad input or failure, 2 usage error). Errors go to stderr.
int run_train_parser(const std::vector<std::string>& args);

}  // namespace newsgraph
