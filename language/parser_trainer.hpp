// Training the dependency parser: a greedy averaged perceptron over the
// arc-hybrid system, with the dynamic oracle's exploration after the first
// epoch, projectivized training trees, and the best epoch on dev kept.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "language/attachment_score.hpp"
#include "language/parser_features.hpp"
#include "language/treebank.hpp"

namespace newsgraph {

// What one epoch did, for progress output.
struct ParserEpochReport {
    int epoch = 0;  // 1-based
    AttachmentScore dev;
    double seconds = 0;  // training and evaluation of the epoch
    std::size_t model_bytes = 0;
    std::size_t features = 0;  // features kept in the model
    bool best = false;         // the best dev LAS so far
};

struct ParserTrainerOptions {
    int epochs = 12;
    std::uint64_t seed = 1;
    int explore_from = 2;              // first (1-based) epoch that follows the model's own mistakes
    double explore_probability = 0.9;  // how often a wrong predicted move is followed then
    int lifted_label_cutoff = 10;      // lifted labels seen fewer times lose their head label
    float prune_threshold = 0.0f;      // averaged weights smaller in magnitude are dropped
    std::size_t max_model_bytes = 19u << 20;
    std::vector<std::string> templates = default_parser_templates();  // feature templates (parser_features.hpp)
    WordClusters clusters;  // word clusters the templates' c and k attributes read, stored in the model
    std::function<void(const ParserEpochReport&)> progress;  // called after every epoch
};

// Trains on `train` (sentences with gold heads and deprels; the tags they carry are the features) and
// returns the model file bytes of the epoch with the best LAS on `dev`. Throws Error when a training
// sentence has no valid tree (naming it by sent_id) or when there is nothing to train on.
std::string train_parser(const std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& dev,
                         const ParserTrainerOptions& options);

// Parses copies of `gold`'s sentences with `parser_bytes` and scores them.
AttachmentScore evaluate_parser(const std::string& parser_bytes, const std::vector<TreebankSentence>& gold);

}  // namespace newsgraph
