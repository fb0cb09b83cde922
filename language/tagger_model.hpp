// What a tagger model file holds (its layout, written by the trainer and read
// by the runtime): the tag classes, the ambiguity dictionary, the pruned and
// quantized perceptron weights, and the lemmatizer's tables.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "language/lemmatizer.hpp"
#include "language/model_file.hpp"
#include "language/weight_table.hpp"
#include "language/word_clusters.hpp"

namespace newsgraph {

constexpr std::string_view kTaggerKind = "tagger";
constexpr std::uint32_t kTaggerVersion = 1;

struct TaggerModel {
    std::vector<std::string> upos, xpos;                 // per tag class: a class is one (UPOS, XPOS) pair
    std::vector<std::uint64_t> word_keys, word_classes;  // ambiguity dictionary: word hash -> tag set hash
    // Weights: feature hash (sorted), its row in the entry arrays (rows[i]..rows[i+1]), each entry
    // a tag class and a weight (the averaged perceptron weight divided by `scale`).
    std::vector<std::uint64_t> feature_keys;
    std::vector<std::uint32_t> rows;
    std::vector<std::uint8_t> entry_classes;
    std::vector<std::int16_t> entry_weights;
    float scale = 1.0f;
    // Read from a prepared image (see ModelLayout): the scoring table itself, in place of the four arrays above,
    // and how many features they held.
    std::optional<WeightTable> table;
    std::size_t table_features = 0;
    LemmaTables lemmas;
    WordClusters clusters;  // the word clusters its features read (may be empty)

    // Writes the model in the writer's layout (one read from a prepared image only as another image).
    void write(ModelWriter& out) const;
    // Reads and checks a model (classes, rows and entries consistent); throws Error naming the file.
    static TaggerModel read(ModelReader& in);
};

}  // namespace newsgraph
