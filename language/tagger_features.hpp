// The tagger's features, shared by the runtime and the trainer: word-level
// hashes computed once per sentence (elementary features), the static templates
// over a word and its neighbours, and the dynamic ones that add the tags already
// predicted on the left and the guesses (static scores alone) on the right.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "language/hash_index.hpp"
#include "language/treebank.hpp"
#include "language/word_clusters.hpp"

namespace newsgraph {

// Version of the template set below; a model records it and is refused when it differs.
constexpr std::uint32_t kTaggerFeatureSet = 3;  // 3: word clusters

// Hashing of feature strings: stable across runs and machines.
inline std::uint64_t hash_mix(std::uint64_t x) {
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
// The feature hash of a string.
std::uint64_t hash_text(std::string_view text);
// hash_text of `text` with ASCII letters lower-cased, without a copy.
std::uint64_t hash_lower(std::string_view text);
inline std::uint64_t hash_pair(std::uint64_t a, std::uint64_t b) { return hash_mix(a * 0x9E3779B97F4A7C15ull + b); }

// The first / last `n` UTF-8 characters of `text` (all of it when shorter).
std::string_view first_chars(std::string_view text, std::size_t n);
std::string_view last_chars(std::string_view text, std::size_t n);
// "Xx", "d.d", "x-x": each character as its class, runs collapsed.
std::string word_shape(std::string_view form);
// hash_text(word_shape(form)), without building the shape.
std::uint64_t hash_shape(std::string_view form);

// Elementary features of one word, computed once per sentence.
// WordInfo::ambiguity of a word too rare for the ambiguity dictionary.
constexpr std::uint64_t kRareWordAmbiguity = 0x5A5A5A5Aull;

struct WordInfo {
    std::uint64_t form = 0, lower = 0, shape = 0, length = 0;
    std::uint64_t ambiguity = 0;  // tag set of a frequent word, or a marker for rare words
    std::uint64_t prefix[4] = {}, suffix[4] = {};
    std::uint64_t cluster = 0, cluster_mid = 0, cluster_coarse = 0;  // word clusters, fine to coarse
};

// The known ambiguity classes: hash of the lower-cased word to the hash of its tag set.
struct AmbiguityDictionary {
    HashIndex index;                     // lower-cased word hash -> position in `classes`
    std::vector<std::uint64_t> classes;  // hash of each word's tag set
};

// Fills `infos` with the elementary features of `words` (without the sentence boundaries).
void word_infos(const std::vector<TreebankWord>& words, const AmbiguityDictionary& dictionary,
                const WordClusters& clusters, std::vector<WordInfo>& infos);

// Appends to `out` the hashes of the features of word `i` that do not depend on tags.
void static_features(const std::vector<WordInfo>& infos, std::size_t i, std::vector<std::uint64_t>& out);
// Appends the features of word `i` over `tags[j]` predicted for j < i and `guesses[j]`, the best tag
// of the static features alone, for j > i.
void dynamic_features(const std::vector<WordInfo>& infos, std::size_t i, const std::vector<std::uint8_t>& tags,
                      const std::vector<std::uint8_t>& guesses, std::vector<std::uint64_t>& out);

}  // namespace newsgraph
