// Runtime weights of a linear classifier over hashed features: per feature key,
// a short list of (class, quantized weight), found through an open-addressing
// table. Immutable after construction, so threads share it freely.
#pragma once

#include <cstdint>
#include <vector>

#include "language/model_file.hpp"

namespace newsgraph {

class SparseWeights {
public:
    SparseWeights() = default;
    // Rows for sorted unique `keys`: row r holds entries starts[r]..starts[r+1] of `classes`/`values`;
    // a weight is value * scale.
    SparseWeights(std::vector<std::uint64_t> keys, std::vector<std::uint32_t> starts,
                  std::vector<std::uint16_t> classes, std::vector<std::int16_t> values, float scale);

    // Adds the weights of feature `key` to `scores` (indexed by class).
    void add_scores(std::uint64_t key, float* scores) const {
        const Slot* slot = find(key);
        if (!slot) return;
        const std::uint32_t* entry = entries_.data() + slot->start;
        for (std::uint32_t i = 0; i < slot->count; ++i)
            scores[entry[i] & 0xFFFF] += static_cast<float>(static_cast<std::int16_t>(entry[i] >> 16)) * scale_;
    }
    // Asks the CPU to fetch the slot of `key` ahead of add_scores.
    void prefetch(std::uint64_t key) const { __builtin_prefetch(&slots_[key & mask_]); }
    std::size_t feature_count() const { return keys_.size(); }
    std::size_t entry_count() const { return entries_.size(); }
    // The largest class index stored plus one (0 when empty).
    std::size_t class_bound() const { return class_bound_; }

    void write(ModelWriter& out) const;
    // Reads what write() wrote; corrupt rows throw through `in`.
    static SparseWeights read(ModelReader& in);

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t start = 0;
        std::uint32_t count = 0;  // 0 marks an empty slot (rows are never empty)
    };
    const Slot* find(std::uint64_t key) const {
        for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.count == 0) return nullptr;
            if (slot.key == key) return &slot;
        }
    }
    void build_table();

    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> starts_;
    std::vector<std::uint32_t> entries_;  // class in the low 16 bits, quantized weight in the high 16
    float scale_ = 1.0f;
    std::size_t class_bound_ = 0;
    std::vector<Slot> slots_{1};
    std::size_t mask_ = 0;
};

}  // namespace newsgraph
