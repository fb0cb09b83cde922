// The parser's features in two steps (as MorphoDiTa does): codes computed once
// per sentence for every word, then templates (data stored in the model, in
// the spirit of Zhang & Nivre 2011) that combine atoms of a parse state into
// hashed feature keys.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "language/transition_system.hpp"
#include "language/treebank.hpp"
#include "language/word_clusters.hpp"

namespace newsgraph {

// 64-bit FNV-1a of `text`, the project-stable string hash of features.
std::uint64_t feature_hash(std::string_view text);

// Hashed word attributes of one word; index 0 is the root.
struct WordCodes {
    std::uint64_t word = 0;  // lower-cased form
    std::uint64_t lemma = 0;
    std::uint64_t upos = 0;
    std::uint64_t xpos = 0;
    std::uint64_t cluster = 0, cluster_mid = 0;  // the word's fine and mid word clusters
};

// The codes of a sentence's words, root first; without clusters every word's are unknown.
std::vector<WordCodes> word_codes(const std::vector<TreebankWord>& words, const WordClusters& clusters = {});
// The same into `codes`, reusing its memory.
void word_codes(const std::vector<TreebankWord>& words, const WordClusters& clusters, std::vector<WordCodes>& codes);

// A set of templates such as "s0.w b0.p": each combines up to four atoms. An atom is a
// position (s0-s2, b0-b3, s0l, s0l2, s0r, s0r2, s1l, s1r, s1r2, b0l, b0l2) and an attribute
// (w word, m lemma, p xpos, u upos, c fine and k mid word cluster, l label, vl/vr left/right valency, sl/sr left/right
// label set), or the distance d (s0 to b0) or d1 (s1 to s0).
class FeatureTemplates {
public:
    // Parses template specs; throws Error naming a spec with an unknown atom or more than four atoms.
    explicit FeatureTemplates(std::vector<std::string> specs);
    const std::vector<std::string>& specs() const { return specs_; }
    std::size_t size() const { return specs_.size(); }
    // Writes one key per template for `state` into `keys` (resized to size()).
    void extract(const ParseState& state, const std::vector<WordCodes>& codes, std::vector<std::uint64_t>& keys) const;

private:
    std::vector<std::string> specs_;
    std::vector<std::uint16_t> atoms_;  // four atom ids per template, kNoAtom padding
    std::vector<std::uint16_t> used_;   // the atoms any template needs, each once
};

// The templates the trainer uses by default.
std::vector<std::string> default_parser_templates();

}  // namespace newsgraph
