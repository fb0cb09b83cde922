// The dependency parser at run time: loads a model file and fills head and
// deprel of a sentence's words, greedily, from form, lemma, upos and xpos.
// A loaded parser is immutable; threads share one without locks.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language/model_file.hpp"
#include "language/parser_features.hpp"
#include "language/sparse_weights.hpp"
#include "language/transition_system.hpp"
#include "language/treebank.hpp"

namespace newsgraph {

// The contents of a parser model file.
constexpr std::string_view kParserKind = "parser";
constexpr std::uint32_t kParserVersion = 2;  // 2: word clusters after the weights

struct ParserModel {
    std::string system = "arc-hybrid";   // transition system name
    std::vector<std::string> labels;     // deprels, lifted ones as "X||Y"
    std::vector<std::string> templates;  // feature template specs
    SparseWeights weights;               // classes are the system's actions
    WordClusters clusters;               // the word clusters its templates read (may be empty)
};

// The bytes of a parser model file holding `model`, in `layout`.
std::string write_parser_model(const ParserModel& model, ModelLayout layout = ModelLayout::Portable);
// Reads what write_parser_model() wrote; throws Error naming the file.
ParserModel read_parser_model(ModelReader& in);

class Parser {
public:
    // Reads a model file's bytes; throws Error naming `name` when they are not a valid parser model.
    // `integrity` Trusted skips the checksum (for the models built into the program).
    static Parser from_bytes(std::string_view bytes, const std::string& name,
                             ModelIntegrity integrity = ModelIntegrity::Verify);
    // Reads the model file at `path`; throws Error naming it.
    static Parser load(const std::string& path);
    // Fills head and deprel of every word from form, lemma, upos and xpos.
    void parse(std::vector<TreebankWord>& words) const;

    const std::vector<std::string>& labels() const { return labels_; }
    const SparseWeights& weights() const { return weights_; }
    // The word clusters its templates read (empty for a model trained without).
    const WordClusters& clusters() const { return clusters_; }

private:
    // Per-thread buffers of parse().
    struct Scratch {
        std::vector<WordCodes> codes;
        ParseState state;
        std::vector<std::uint64_t> keys;
        std::vector<std::int32_t> scores;
    };
    Parser(ParserModel model, const std::string& name);
    int best_action(const ParseState& state, const std::vector<std::uint64_t>& keys,
                    std::vector<std::int32_t>& scores) const;

    std::shared_ptr<const TransitionSystem> system_;
    std::vector<std::string> labels_;
    FeatureTemplates templates_;
    SparseWeights weights_;
    WordClusters clusters_;
};

}  // namespace newsgraph
