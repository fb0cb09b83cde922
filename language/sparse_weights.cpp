// Building, saving and loading sparse weight tables.
#include "language/sparse_weights.hpp"

#include <algorithm>
#include <bit>

#include "core/error.hpp"

namespace newsgraph {

SparseWeights::SparseWeights(std::vector<std::uint64_t> keys, std::vector<std::uint32_t> starts,
                             std::vector<std::uint16_t> classes, std::vector<std::int16_t> values, float scale)
    : keys_(std::move(keys)), starts_(std::move(starts)), scale_(scale) {
    entries_.resize(classes.size());
    for (std::size_t r = 0; r + 1 < starts_.size(); ++r)
        if (starts_[r + 1] - starts_[r] > 255) throw Error("a weight row has more than 255 classes");
    for (std::size_t i = 0; i < classes.size(); ++i) {
        entries_[i] = classes[i] | (static_cast<std::uint32_t>(static_cast<std::uint16_t>(values[i])) << 16);
        class_bound_ = std::max<std::size_t>(class_bound_, classes[i] + 1u);
    }
    build_table();
}

void SparseWeights::build_table() {
    if (entries_.size() >= kMaxEntries) throw Error("a weight table has more than 8 million entries");
    std::size_t size = std::bit_ceil(std::max<std::size_t>(2 * keys_.size(), 16));
    index_.assign(size, IndexSlot{});
    dense_.clear();
    dense_stride_ = (class_bound_ + 7) / 8 * 8;
    mask_ = size - 1;
    for (std::size_t r = 0; r < keys_.size(); ++r) {
        std::uint32_t count = starts_[r + 1] - starts_[r];
        std::uint32_t row = starts_[r] << 8 | count;
        if (std::size_t{count} * 4 >= class_bound_) {  // dense: a vector add beats this many scattered ones
            row = kDense | static_cast<std::uint32_t>(dense_.size() / dense_stride_);
            dense_.resize(dense_.size() + dense_stride_);
            std::int16_t* weights = dense_.data() + dense_.size() - dense_stride_;
            for (std::uint32_t e = starts_[r]; e < starts_[r + 1]; ++e)
                weights[entries_[e] & 0xFFFF] = static_cast<std::int16_t>(entries_[e] >> 16);
        }
        std::size_t i = keys_[r] & mask_;
        while (index_[i].check != 0) i = (i + 1) & mask_;
        index_[i] = IndexSlot{static_cast<std::uint32_t>(keys_[r] >> 32) | 1u, row};
    }
}

void SparseWeights::add_dense(std::uint32_t row, std::int32_t* scores) const {
    const std::int16_t* weights = dense_.data() + row * dense_stride_;
    for (std::size_t c = 0; c < class_bound_; ++c) scores[c] += weights[c];
}

void SparseWeights::add_scores(const std::uint64_t* keys, std::size_t count, std::int32_t* scores) const {
    constexpr std::size_t kChunk = 64;
    std::uint32_t found[kChunk];
    for (std::size_t base = 0; base < count; base += kChunk) {
        std::size_t n = std::min(kChunk, count - base);
        for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&index_[keys[base + k] & mask_]);
        for (std::size_t k = 0; k < n; ++k) {
            found[k] = find(keys[base + k]);
            if (found[k] == kMissing) continue;
            if (found[k] & kDense)
                __builtin_prefetch(dense_.data() + (found[k] & ~kDense) * dense_stride_);
            else
                __builtin_prefetch(entries_.data() + (found[k] >> 8));
        }
        for (std::size_t k = 0; k < n; ++k) {
            if (found[k] == kMissing) continue;
            if (found[k] & kDense) {
                add_dense(found[k] & ~kDense, scores);
                continue;
            }
            const std::uint32_t* entry = entries_.data() + (found[k] >> 8);
            std::uint32_t entry_count = found[k] & 0xFF;
            for (std::uint32_t e = 0; e < entry_count; ++e)
                scores[entry[e] & 0xFFFF] += static_cast<std::int16_t>(entry[e] >> 16);
        }
    }
}

void SparseWeights::write(ModelWriter& out) const {
    out.put_f32(scale_);
    out.put_array(keys_);
    out.put_array(starts_);
    out.put_array(entries_);
}

SparseWeights SparseWeights::read(ModelReader& in) {
    SparseWeights weights;
    weights.scale_ = in.get_f32();
    weights.keys_ = in.get_array<std::uint64_t>();
    weights.starts_ = in.get_array<std::uint32_t>();
    weights.entries_ = in.get_array<std::uint32_t>();
    const auto& keys = weights.keys_;
    const auto& starts = weights.starts_;
    if (starts.size() != keys.size() + 1 || starts.front() != 0 || starts.back() != weights.entries_.size())
        in.fail("weight rows do not match their entries");
    for (std::size_t r = 0; r < keys.size(); ++r) {
        if (starts[r + 1] <= starts[r] || starts[r + 1] - starts[r] > 255) in.fail("bad weight row length");
        if (r > 0 && keys[r] <= keys[r - 1]) in.fail("feature keys out of order");
    }
    if (weights.entries_.size() >= kMaxEntries) in.fail("too many weights");
    for (std::uint32_t entry : weights.entries_)
        weights.class_bound_ = std::max<std::size_t>(weights.class_bound_, (entry & 0xFFFF) + 1u);
    weights.build_table();
    return weights;
}

}  // namespace newsgraph
