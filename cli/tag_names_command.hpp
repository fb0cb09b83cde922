// `newsgraph tag-names`: the recognizer's names over given words (an IOB2 or
// GUM CoNLL-U file's tokenization), written as Universal NER IOB2 for scoring.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Runs `tag-names ARGS...`; returns the exit status (0 ok, 1 error, 2 usage error).
int run_tag_names(const std::vector<std::string>& args);

}  // namespace newsgraph
