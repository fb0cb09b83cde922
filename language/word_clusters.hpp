// Word clusters: classes of words that occur in similar contexts in a large
// unlabelled corpus, at three granularities (fine, mid, coarse), read from a
// table that `newsgraph train clusters` makes from word vectors. They carry to
// the tagger, parser and recognizer what the treebanks are too small to show:
// that an unseen "Kowalczyk" is a surname or "accrued" a verb form. Every model
// trained with clusters holds its own copy of the table, so it always reads
// the clusters it was trained with.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "language/hash_index.hpp"
#include "language/model_file.hpp"

namespace newsgraph {

// The clusters of one word at each granularity; kUnknown for a word the table does not hold.
struct ClusterIds {
    static constexpr std::uint16_t kUnknown = 0xFFFF;
    std::uint16_t fine = kUnknown, mid = kUnknown, coarse = kUnknown;
};

class WordClusters {
public:
    WordClusters() = default;
    // Reads a table of lines "word<TAB>fine<TAB>mid<TAB>coarse" (words lower-case, ids below 65535);
    // throws Error naming the file and line of a bad line.
    static WordClusters read_table(const std::string& path);
    // The model-file form: a flag, then the word hashes and packed ids.
    void write(ModelWriter& out) const;
    static WordClusters read(ModelReader& in);

    bool empty() const { return keys_.empty(); }
    std::size_t size() const { return keys_.size(); }
    // The clusters of a word form (ASCII letters compared lower-case).
    ClusterIds of(std::string_view form) const;

private:
    void build_index();

    std::vector<std::uint64_t> keys_;    // hash_lower of each word
    std::vector<std::uint32_t> packed_;  // fine | mid << 16
    std::vector<std::uint16_t> coarse_;
    HashIndex index_;  // key -> position
};

}  // namespace newsgraph
