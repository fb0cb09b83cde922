// Word clusters: classes of words that occur in similar contexts in a large
// unlabelled corpus, at three granularities (fine, mid, coarse), read from a
// table that `newsgraph train clusters` makes from word vectors. They carry to
// the tagger, parser and recognizer what the treebanks are too small to show:
// that an unseen "Kowalczyk" is a surname or "accrued" a verb form. Every model
// file trained with clusters holds its own copy of the table, so it always reads
// the clusters it was trained with; in memory, models that hold the same table
// share one copy of it and of its index.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language/hash_index.hpp"
#include "language/model_array.hpp"
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
    // The model-file form: the word hashes and packed ids (a prepared image: the ids and the index instead of the
    // hashes, read in place; a table read from one cannot be written as a model file again).
    void write(ModelWriter& out) const;
    static WordClusters read(ModelReader& in);

    bool empty() const { return size() == 0; }
    std::size_t size() const { return table_ ? table_->packed.size() : 0; }
    // Whether this and `other` read one table in memory (models loaded with the same clusters do).
    bool shares_table_with(const WordClusters& other) const { return table_ && table_ == other.table_; }
    // The clusters of a word form (ASCII letters compared lower-case).
    ClusterIds of(std::string_view form) const;
    // The word's place in the table, which lists the most frequent words first (0 for the most frequent), or
    // HashIndex::kAbsent for a word it does not hold.
    std::uint32_t rank(std::string_view form) const;

private:
    struct Table {
        std::vector<std::uint64_t> keys;   // hash_lower of each word (empty when read from a prepared image)
        ModelArray<std::uint32_t> packed;  // fine | mid << 16
        ModelArray<std::uint16_t> coarse;
        HashIndex index;  // key -> position
        // Of a table read from a prepared image: the digest of its hashes and ids the image carries, by which
        // models holding one table share it without comparing the tables at each start (0 otherwise).
        std::uint64_t digest = 0;
    };
    static WordClusters read_prepared(ModelReader& in);
    // The digest a prepared image carries for `table` (computed from its hashes and ids when it has them).
    static std::uint64_t digest_of(const Table& table);
    // The loaded table equal to `table` if there is one, else `table` itself, indexed and kept for later loads.
    static std::shared_ptr<const Table> share(Table&& table);

    std::shared_ptr<const Table> table_;  // null when empty
};

}  // namespace newsgraph
