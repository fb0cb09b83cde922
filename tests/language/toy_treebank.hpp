// Small generated treebanks for the parser tests: sentences of a toy English
// grammar (determiners, adjectives, subjects, verbs, objects, prepositional
// phrases) with their gold trees, and random trees of any shape.
#pragma once

#include <cstdint>
#include <vector>

#include "language/treebank.hpp"

namespace newsgraph::test {

// `count` toy sentences with gold heads and deprels, the same for the same seed.
std::vector<TreebankSentence> toy_treebank(std::size_t count, std::uint64_t seed);

// Random heads over words 1..n (entry 0 unused) forming one tree with a single root;
// `projective` restricts them to projective trees.
std::vector<int> random_tree(int n, std::uint64_t& seed, bool projective);

// Words "w1".."wn" carrying `heads` (1..n) and labels "l<depth % 3>".
std::vector<TreebankWord> words_with_heads(const std::vector<int>& heads);

}  // namespace newsgraph::test
