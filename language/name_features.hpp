// The recognizer's features, shared by the runtime and the trainer: per-word
// elementary hashes computed once per sentence (word, affixes, shape, tags,
// dependency context, gazetteer marks, the sentence's capitalization), the
// static templates over a word and its neighbours, and the dynamic ones over
// the tags already chosen on the left.
#pragma once

#include <cstdint>
#include <vector>

#include "core/document.hpp"
#include "language/case_profiles.hpp"
#include "language/name_gazetteer.hpp"
#include "language/word_clusters.hpp"

namespace newsgraph {

// Version of the templates below; a model records it and is refused when it differs.
constexpr std::uint32_t kNameFeatureSet = 3;  // 3: word clusters

// Elementary features of one word.
struct NameWordInfo {
    std::uint64_t form = 0, lower = 0, shape = 0, upos = 0, xpos = 0, deprel = 0;
    std::uint64_t head_lemma = 0, head_upos = 0;
    std::uint64_t prefix[3] = {}, suffix[4] = {};
    std::uint64_t case_profile = 0;  // CaseProfile of the word, and whether it is capitalized here
    std::uint64_t cluster = 0, cluster_mid = 0, cluster_coarse = 0;  // word clusters, fine to coarse
    std::vector<std::uint64_t> marks;                                // gazetteer (label, part) hashes
};

// Elementary features of a sentence: its words and how the sentence is capitalized.
struct NameSentenceInfo {
    std::vector<NameWordInfo> words;
    std::uint64_t casing = 0;  // "lower" (no capital), "title" (most words capitalized), "upper", or "mixed"
};

// Fills `info` from the words of one sentence (forms, tags, heads, deprels), looking phrases up in `gazetteer`,
// words' usual case in `cases` and their clusters in `clusters`.
void name_sentence_info(const std::vector<Word>& words, const NameGazetteer& gazetteer, const CaseProfiles& cases,
                        const WordClusters& clusters, NameSentenceInfo& info);

// Appends the hashes of the features of word `i` that do not depend on tags.
void name_static_features(const NameSentenceInfo& info, std::size_t i, std::vector<std::uint64_t>& out);
// Appends the features of word `i` over the tags chosen for the words before it (`tags[0..i)`).
void name_dynamic_features(const NameSentenceInfo& info, std::size_t i, const std::vector<std::uint8_t>& tags,
                           std::vector<std::uint64_t>& out);

}  // namespace newsgraph
