// Training of the tagger (apart from the runtime in tagger.hpp): an averaged
// perceptron over (UPOS, XPOS) classes, the ambiguity dictionary and the
// lemmatizer, all learned from treebank sentences; and scoring against gold.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "language/model_file.hpp"
#include "language/tagger.hpp"
#include "language/treebank.hpp"

namespace newsgraph {

// Accuracy of tagged words against gold, in percent.
struct TaggingScores {
    std::size_t words = 0;
    double upos = 0, xpos = 0, lemma = 0, all = 0;  // all = UPOS, XPOS and lemma right
};

// Tags a copy of `gold` (forms only) and compares it with the gold annotation.
TaggingScores score_tagger(const Tagger& tagger, const std::vector<TreebankSentence>& gold);

// What the trainer reports after each epoch.
struct TaggerEpochReport {
    int epoch = 0;
    TaggingScores dev;  // all zero without dev data
    double seconds = 0;
    bool best = false;  // the best so far on dev (the model kept)
};

struct TaggerTrainingOptions {
    int epochs = 12;
    std::uint64_t seed = 1;
    std::uint32_t dictionary_min_count = 3;                  // a word enters the ambiguity dictionary this often seen
    double dictionary_min_share = 0.02;                      // and a tag enters its tag set above this share
    std::uint32_t min_feature_count = 1;                     // features seen fewer times are pruned from the model
    float min_weight = 0.0f;                                 // averaged weights closer to zero are pruned
    std::uint32_t lemma_max_suffix = 6;                      // longest suffix of a lemma rule, in characters
    std::uint32_t lemma_min_types = 2;                       // words a suffix rule needs (but the empty suffix)
    WordClusters clusters;                                   // word clusters of the features, stored in the model
    std::function<void(const TaggerEpochReport&)> progress;  // called after each epoch
};

// Trains on `train` and returns the model file of the epoch best on `dev` (UPOS + XPOS accuracy;
// the last epoch when `dev` is empty). The same data and options give the same bytes.
ModelWriter train_tagger(const std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& dev,
                         const TaggerTrainingOptions& options);

}  // namespace newsgraph
