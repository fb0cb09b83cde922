// The named-entity recognizer at run time: loads a model made by the name
// trainer and finds the name spans of a tagged and parsed sentence. A loaded
// recognizer is immutable; threads share one without locks.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "language/case_profiles.hpp"
#include "language/model_file.hpp"
#include "language/name_gazetteer.hpp"
#include "language/name_tags.hpp"
#include "language/sparse_weights.hpp"
#include "language/word_clusters.hpp"

namespace newsgraph {

constexpr std::string_view kNameModelKind = "names";
constexpr std::uint32_t kNameModelVersion = 2;

// The contents of a recognizer model file.
struct NameModel {
    std::vector<std::string> types;          // entity types, in tag order
    SparseWeights weights;                   // classes are the BILOU tags of NameTagSet(types)
    std::vector<std::uint64_t> case_keys;    // hashes of lower-case words with a known case profile, sorted
    std::vector<std::uint8_t> case_classes;  // their CaseProfile
    WordClusters clusters;                   // the word clusters its features read (may be empty)
};

// The bytes of a recognizer model file holding `model`, in `layout`.
std::string write_name_model(const NameModel& model, ModelLayout layout = ModelLayout::Portable);
// Reads what write_name_model() wrote; throws Error naming the file.
NameModel read_name_model(ModelReader& in);

// Greedy left-to-right BILOU tagging with only legal transitions, scored by an averaged perceptron.
class NameRecognizer {
public:
    // Reads a model file's bytes; throws Error naming `name` when they are not a valid recognizer model.
    // `integrity` Trusted skips the checksum (for the models built into the program).
    static NameRecognizer from_bytes(std::string_view bytes, const std::string& name,
                                     ModelIntegrity integrity = ModelIntegrity::Verify);
    // Reads the model file at `path`; throws Error naming it.
    static NameRecognizer load(const std::string& path);
    // Builds a recognizer from a model in memory (the trainer's dev evaluation).
    NameRecognizer(NameModel model, std::shared_ptr<const NameGazetteer> gazetteer);

    // The name spans of one sentence's words (forms, tags, heads and deprels filled), in order; the
    // confidence is a logistic of the smallest score margin over the span's words.
    // The word clusters its features read (empty for a model trained without).
    const WordClusters& clusters() const { return clusters_; }
    std::vector<NameSpan> recognize(const std::vector<Word>& words) const;
    // The BILOU tags chosen for `words` (what recognize() decodes).
    std::vector<std::uint8_t> tag(const std::vector<Word>& words, std::vector<float>* margins = nullptr) const;

    const NameTagSet& tag_set() const { return tags_; }
    const SparseWeights& weights() const { return weights_; }

private:
    NameTagSet tags_;
    SparseWeights weights_;
    CaseProfiles cases_;
    WordClusters clusters_;
    std::shared_ptr<const NameGazetteer> gazetteer_;
};

}  // namespace newsgraph
