// Counting attachment scores.
#include "language/attachment_score.hpp"

#include <string_view>

namespace newsgraph {

namespace {

std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

}  // namespace

void AttachmentScore::add(const std::vector<TreebankWord>& gold, const std::vector<TreebankWord>& predicted) {
    for (std::size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
        if (gold[i].head != predicted[i].head) continue;
        ++heads;
        if (universal(gold[i].deprel) == universal(predicted[i].deprel)) ++labelled;
    }
    words += gold.size();
}

}  // namespace newsgraph
