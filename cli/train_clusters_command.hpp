// `newsgraph train clusters`: clusters word vectors (GloVe's text format) into
// the word-cluster table the tagger, parser and recognizer train with.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Runs `train clusters ARGS...`; returns the exit status (0 ok, 1 error, 2 usage error).
int run_train_clusters(const std::vector<std::string>& args);

}  // namespace newsgraph
