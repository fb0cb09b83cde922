// Strict span matching of names.
#include "language/name_evaluation.hpp"

#include "core/error.hpp"

namespace newsgraph {

NameEvaluation evaluate_names(const std::vector<std::vector<NameSpan>>& gold,
                              const std::vector<std::vector<NameSpan>>& predicted) {
    if (gold.size() != predicted.size()) throw Error("gold and predicted names have different sentence counts");
    NameEvaluation result;
    for (std::size_t s = 0; s < gold.size(); ++s) {
        for (const NameSpan& span : gold[s]) ++result.types[span.type].gold;
        for (const NameSpan& span : predicted[s]) {
            SpanCounts& counts = result.types[span.type];
            ++counts.predicted;
            for (const NameSpan& other : gold[s])
                if (other.first == span.first && other.end == span.end && other.type == span.type) {
                    ++counts.correct;
                    break;
                }
        }
    }
    for (const auto& [type, counts] : result.types) {
        result.all.gold += counts.gold;
        result.all.predicted += counts.predicted;
        result.all.correct += counts.correct;
    }
    return result;
}

}  // namespace newsgraph
