// A small generated treebank for the tagger tests: sentences from a few
// patterns over words that are ambiguous out of context ("book", "can", "that").
#pragma once

#include <vector>

#include "language/treebank.hpp"

namespace newsgraph::test {

// `count` sentences drawn with `seed`; `held_out` draws from a partly different vocabulary.
std::vector<TreebankSentence> tagger_slice(std::size_t count, unsigned seed, bool held_out);

}  // namespace newsgraph::test
