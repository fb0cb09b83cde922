// What a tagger model file holds (its layout, written by the trainer and read
// by the runtime): the tag classes, the ambiguity dictionary, the pruned and
// quantized perceptron weights, and the lemmatizer's tables.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "language/lemmatizer.hpp"
#include "language/model_file.hpp"
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
    LemmaTables lemmas;
    WordClusters clusters;  // the word clusters its features read (may be empty)

    void write(ModelWriter& out) const;
    // Reads and checks a model (classes, rows and entries consistent); throws Error naming the file.
    static TaggerModel read(ModelReader& in);
};

}  // namespace newsgraph
