// Unlabelled and labelled attachment scores with the CoNLL 2018 shared task
// definitions: every word counts (punctuation too) and LAS compares the
// universal part of the deprel (before ':').
#pragma once

#include <cstddef>
#include <vector>

#include "language/treebank.hpp"

namespace newsgraph {

struct AttachmentScore {
    std::size_t words = 0;
    std::size_t heads = 0;     // words with the gold head
    std::size_t labelled = 0;  // words with the gold head and universal deprel

    // Adds a sentence; `predicted` has the same words as `gold`.
    void add(const std::vector<TreebankWord>& gold, const std::vector<TreebankWord>& predicted);
    double uas() const { return words ? 100.0 * static_cast<double>(heads) / static_cast<double>(words) : 0.0; }
    double las() const { return words ? 100.0 * static_cast<double>(labelled) / static_cast<double>(words) : 0.0; }
};

}  // namespace newsgraph
