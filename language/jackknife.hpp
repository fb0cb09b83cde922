// Jackknifed tags for parser training: the training sentences are split into
// contiguous folds and each fold is tagged by a tagger trained on the others, so
// the parser learns from tags as good (and as wrong) as it will see at run time.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "language/treebank.hpp"
#include "language/word_clusters.hpp"

namespace newsgraph {

// Replaces upos, xpos and lemma of every word of `train` by those of a tagger trained on the
// other `folds - 1` folds for `epochs` epochs (the epoch chosen on `dev`). `progress` hears about each fold.
void jackknife_tags(std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& dev, int folds,
                    int epochs, std::uint64_t seed, const WordClusters& clusters,
                    const std::function<void(const std::string&)>& progress);

}  // namespace newsgraph
