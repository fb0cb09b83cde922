// Span-level scores of predicted names against gold: strict match (same first
// word, end and type), precision, recall and F1 per type and over all types.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace newsgraph {

// Counts of one type (or of all).
struct SpanCounts {
    std::size_t gold = 0, predicted = 0, correct = 0;
    double precision() const { return predicted ? static_cast<double>(correct) / static_cast<double>(predicted) : 0; }
    double recall() const { return gold ? static_cast<double>(correct) / static_cast<double>(gold) : 0; }
    double f1() const {
        return gold + predicted ? 2.0 * static_cast<double>(correct) / static_cast<double>(gold + predicted) : 0;
    }
};

struct NameEvaluation {
    std::map<std::string, SpanCounts> types;
    SpanCounts all;  // micro-average over every type
};

// Scores sentence by sentence: predicted[i] against gold[i] (the same length).
NameEvaluation evaluate_names(const std::vector<std::vector<NameSpan>>& gold,
                              const std::vector<std::vector<NameSpan>>& predicted);

}  // namespace newsgraph
