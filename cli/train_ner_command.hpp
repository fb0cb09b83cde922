// `newsgraph train ner`: trains the named-entity recognizer on GUM entity
// annotation and Universal NER IOB2 files and saves the model best on dev.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Runs `train ner ARGS...`; returns the exit status (0 ok, 1 error, 2 usage error).
int run_train_ner(const std::vector<std::string>& args);

}  // namespace newsgraph
