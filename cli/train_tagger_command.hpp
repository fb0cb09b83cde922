// `newsgraph train tagger`: trains the part-of-speech tagger and lemmatizer
// on CoNLL-U treebanks and saves the model best on the dev data.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Runs `train tagger ARGS...`; returns the exit status (0 ok, 1 error, 2 usage error).
int run_train_tagger(const std::vector<std::string>& args);

}  // namespace newsgraph
