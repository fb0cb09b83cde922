// Scores a predicted treebank against a gold one with the CoNLL 2018 shared task
// definitions: Tokens, Sentences and Words F1 over character spans (whitespace
// ignored, multiword tokens aligned by their words), then UPOS, XPOS, Lemmas,
// UAS and LAS (universal part of the relation) as F1 over aligned words.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "language/treebank.hpp"

namespace newsgraph {

// One metric: how many items are right, of the gold and of the predicted ones.
struct ParseScore {
    std::size_t correct = 0;
    std::size_t gold = 0;
    std::size_t system = 0;
    double precision() const { return system ? static_cast<double>(correct) / static_cast<double>(system) : 0.0; }
    double recall() const { return gold ? static_cast<double>(correct) / static_cast<double>(gold) : 0.0; }
    double f1() const {
        return gold + system ? 2.0 * static_cast<double>(correct) / static_cast<double>(gold + system) : 0.0;
    }
};

// Every metric of one evaluation, in the shared task's order.
struct ParseEvaluation {
    ParseScore tokens, sentences, words, upos, xpos, lemmas, uas, las;
};

// Scores `system` against `gold`. Throws Error naming both when their texts (whitespace
// left out) differ, with the first place they do.
ParseEvaluation evaluate_parse(const std::vector<TreebankSentence>& gold, const std::vector<TreebankSentence>& system,
                               const std::string& gold_name, const std::string& system_name);

}  // namespace newsgraph
