// The tagger's weights laid out for scoring: an open-addressing table from a
// feature hash to its row; a row is a run of (tag class, weight) entries, or,
// when most classes have a weight, a dense array added with vector instructions.
#pragma once

#include <cstdint>
#include <vector>

#include "language/model_array.hpp"
#include "language/model_file.hpp"

namespace newsgraph {

// Feature rows, read-only once built and shared by threads.
class WeightTable {
public:
    WeightTable() = default;
    // Builds from the model arrays: feature `i` owns entries rows[i]..rows[i+1]; classes < `class_count`.
    WeightTable(const std::vector<std::uint64_t>& keys, const std::vector<std::uint32_t>& rows,
                const std::vector<std::uint8_t>& classes, const std::vector<std::int16_t>& weights,
                std::size_t class_count);

    // Adds the weights of `count` (at most kMaxFeatures) features to `scores` (indexed by tag
    // class); unknown features add nothing. Memory is prefetched for all features first.
    void add_scores(const std::uint64_t* features, std::size_t count, std::int32_t* scores) const;

    // The table as a prepared model holds it (see ModelLayout), and back as views of the reader's bytes (trusted
    // as the build made them; their shape is checked).
    void write_prepared(ModelWriter& out) const;
    static WeightTable read_prepared(ModelReader& in);

    static constexpr std::size_t kMaxFeatures = 128;
    // Length of a score array: the class count rounded up (dense rows add that many scores).
    std::size_t stride() const { return stride_; }

private:
    // The first entry of `feature`'s row, or kEmpty.
    std::uint32_t find(std::uint64_t feature) const {
        for (std::size_t i = feature & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.begin == kEmpty || slot.check == static_cast<std::uint32_t>(feature >> 32)) return slot.begin;
        }
    }

    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
    static constexpr std::uint32_t kDense = 0x80000000u;  // flag of `begin`: a row of dense_
    struct Slot {
        std::uint32_t check = 0;       // high half of the feature hash (the low half picks the slot)
        std::uint32_t begin = kEmpty;  // first entry, or kDense | dense row
    };
    struct Entry {
        std::int16_t weight;
        std::uint8_t tag;
        std::uint8_t last;  // 1 on the last entry of a row
    };
    ModelArray<Slot> slots_;
    ModelArray<Entry> entries_;
    ModelArray<std::int16_t> dense_;  // dense rows of `stride_` weights
    std::size_t stride_ = 0;
    std::size_t mask_ = 0;
};

}  // namespace newsgraph
