// Training of the name recognizer (apart from the runtime in
// name_recognizer.hpp): a greedy averaged perceptron over BILOU tags, learned
// from sentences whose words carry predicted tags and trees, kept at the epoch
// best on dev.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "language/language_models.hpp"
#include "language/name_corpus.hpp"
#include "language/name_evaluation.hpp"
#include "language/name_gazetteer.hpp"
#include "language/name_recognizer.hpp"

namespace newsgraph {

// What the trainer reports after each epoch.
struct NameEpochReport {
    int epoch = 0;
    NameEvaluation dev;  // empty without dev data
    double seconds = 0;
    bool best = false;  // the best so far on dev (the model kept)
};

struct NameTrainingOptions {
    int epochs = 10;
    std::uint64_t seed = 1;
    float min_weight = 0.0f;           // averaged weights closer to zero are pruned
    std::size_t max_bytes = 8u << 20;  // and more are pruned until the weights fit this size
    std::vector<std::string> types = gum_name_types();
    std::uint32_t case_min_count = 2;  // words seen this often get a case profile
    bool predicted_history = false;    // tag features from the tags predicted so far (default: from gold)
    WordClusters clusters;             // word clusters of the features, stored in the model
    std::function<void(const NameEpochReport&)> progress;  // called after each epoch
};

// Replaces the tags, lemmas and trees of every example's words by those of `models` (what the
// recognizer sees at run time).
void annotate_examples(const LanguageModels& models, std::vector<NameExample>& examples);

// The names `recognizer` finds in each example.
std::vector<std::vector<NameSpan>> recognize_examples(const NameRecognizer& recognizer,
                                                      const std::vector<NameExample>& examples);

// Trains on `train` and returns the model file bytes of the epoch with the best micro F1 on `dev` (the
// last epoch when `dev` is empty). Words' case profiles come from the training sentences and `vocabulary`
// (sentences of forms from unannotated text). The same data and options give the same bytes.
std::string train_name_recognizer(const std::vector<NameExample>& train, const std::vector<NameExample>& dev,
                                  const std::shared_ptr<const NameGazetteer>& gazetteer,
                                  const NameTrainingOptions& options,
                                  const std::vector<std::vector<std::string>>& vocabulary = {});

}  // namespace newsgraph
