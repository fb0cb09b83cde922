// Reading and writing CoNLL-U, the format treebanks, models and evaluation
// exchange (https://universaldependencies.org/format.html).
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "language/treebank.hpp"

namespace newsgraph {

// Reads every sentence of a CoNLL-U stream. Empty nodes (ids like "8.1") are skipped;
// multiword token lines are kept. A malformed line throws Error "FILE:LINE: what is wrong".
std::vector<TreebankSentence> read_conllu(std::istream& in, const std::string& file_name);
// Reads a CoNLL-U file; a missing or unreadable file throws Error naming it.
std::vector<TreebankSentence> read_conllu_file(const std::string& path);

// The sentences of several CoNLL-U files in order; a file without any sentence throws Error naming it.
std::vector<TreebankSentence> read_conllu_files(const std::vector<std::string>& paths);

// Writes one sentence: its comments, multiword token and word lines, then a blank line.
void write_conllu(std::ostream& out, const TreebankSentence& sentence);

}  // namespace newsgraph
