// Runtime weights of a linear classifier over hashed features: per feature key,
// a run of (class, quantized weight) entries, or a dense array when most classes
// have a weight, found through an open-addressing table. Immutable after
// construction, so threads share it freely.
#pragma once

#include <cstdint>
#include <vector>

#include "language/model_array.hpp"
#include "language/model_file.hpp"

namespace newsgraph {

class SparseWeights {
public:
    SparseWeights() = default;
    // Rows for sorted unique `keys`: row r holds entries starts[r]..starts[r+1] of `classes`/`values`;
    // a weight is value * scale.
    SparseWeights(std::vector<std::uint64_t> keys, std::vector<std::uint32_t> starts,
                  std::vector<std::uint16_t> classes, std::vector<std::int16_t> values, float scale);

    // Adds the quantized weights of every feature of `keys` to `scores` (indexed by class; multiply by
    // scale() for the real weights): the index slots of all keys are fetched first, then their rows, so the
    // memory reads overlap.
    void add_scores(const std::uint64_t* keys, std::size_t count, std::int32_t* scores) const;
    float scale() const { return scale_; }
    std::size_t feature_count() const { return feature_count_; }
    std::size_t entry_count() const { return entries_.size(); }
    // The largest class index stored plus one (0 when empty).
    std::size_t class_bound() const { return class_bound_; }

    // Writes the weights in the writer's layout (a prepared image holds the scoring tables; weights read from
    // one cannot be written as a model file again).
    void write(ModelWriter& out) const;
    // Reads what write() wrote; corrupt rows throw through `in`. A prepared image's tables are views of its bytes,
    // trusted as the build made them.
    static SparseWeights read(ModelReader& in);

private:
    static constexpr std::uint32_t kDense = 0x80000000u;  // flag of IndexSlot::row: a row of dense_
    static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;
    static constexpr std::uint32_t kMaxEntries = 1u << 23;  // a sparse row is (first entry << 8 | length)
    // The open-addressing index: a check of the key's high bits (its low bits chose the slot; 0 = empty)
    // and where the feature's weights are: a run of entries_ as (first entry << 8 | entry count), or
    // kDense | its row of dense_. Most rows have one or two entries: they are read straight from entries_.
    struct IndexSlot {
        std::uint32_t check = 0;
        std::uint32_t row = 0;
    };
    // The row of `key` as IndexSlot::row says it, or kMissing.
    std::uint32_t find(std::uint64_t key) const {
        std::uint32_t check = static_cast<std::uint32_t>(key >> 32) | 1u;
        for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
            const IndexSlot& slot = index_[i];
            if (slot.check == check) return slot.row;
            if (slot.check == 0) return kMissing;
        }
    }
    void build_table();
    // Adds the weights of dense row `row` to `scores`.
    void add_dense(std::uint32_t row, std::int32_t* scores) const;

    static SparseWeights read_prepared(ModelReader& in, float scale);

    std::vector<std::uint64_t> keys_;  // the model file's rows (empty when read from a prepared image)
    std::vector<std::uint32_t> starts_;
    std::size_t feature_count_ = 0;
    ModelArray<std::uint32_t> entries_;  // class in the low 16 bits, quantized weight in the high 16
    float scale_ = 1.0f;
    std::size_t class_bound_ = 0;
    ModelArray<IndexSlot> index_{std::vector<IndexSlot>(1)};
    ModelArray<std::int16_t> dense_;  // dense rows of dense_stride_ weights, one a class
    std::size_t dense_stride_ = 0;
    std::size_t mask_ = 0;
};

}  // namespace newsgraph
