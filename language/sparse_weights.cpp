// Building, saving and loading sparse weight tables.
#include "language/sparse_weights.hpp"

#include <algorithm>
#include <bit>

#include "core/error.hpp"

namespace newsgraph {

SparseWeights::SparseWeights(std::vector<std::uint64_t> keys, std::vector<std::uint32_t> starts,
                             std::vector<std::uint16_t> classes, std::vector<std::int16_t> values, float scale)
    : keys_(std::move(keys)), starts_(std::move(starts)), feature_count_(keys_.size()), scale_(scale) {
    std::vector<std::uint32_t> entries(classes.size());
    for (std::size_t r = 0; r + 1 < starts_.size(); ++r)
        if (starts_[r + 1] - starts_[r] > 255) throw Error("a weight row has more than 255 classes");
    for (std::size_t i = 0; i < classes.size(); ++i) {
        entries[i] = classes[i] | (static_cast<std::uint32_t>(static_cast<std::uint16_t>(values[i])) << 16);
        class_bound_ = std::max<std::size_t>(class_bound_, classes[i] + 1u);
    }
    entries_ = ModelArray<std::uint32_t>(std::move(entries));
    build_table();
}

void SparseWeights::build_table() {
    if (entries_.size() >= kMaxEntries) throw Error("a weight table has more than 8 million entries");
    std::size_t size = std::bit_ceil(std::max<std::size_t>(2 * keys_.size(), 16));
    std::vector<IndexSlot> index(size);
    std::vector<std::int16_t> dense;
    dense_stride_ = (class_bound_ + 7) / 8 * 8;
    mask_ = size - 1;
    for (std::size_t r = 0; r < keys_.size(); ++r) {
        std::uint32_t count = starts_[r + 1] - starts_[r];
        std::uint32_t row = starts_[r] << 8 | count;
        if (std::size_t{count} * 4 >= class_bound_) {  // dense: a vector add beats this many scattered ones
            row = kDense | static_cast<std::uint32_t>(dense.size() / dense_stride_);
            dense.resize(dense.size() + dense_stride_);
            std::int16_t* weights = dense.data() + dense.size() - dense_stride_;
            for (std::uint32_t e = starts_[r]; e < starts_[r + 1]; ++e)
                weights[entries_[e] & 0xFFFF] = static_cast<std::int16_t>(entries_[e] >> 16);
        }
        std::size_t i = keys_[r] & mask_;
        while (index[i].check != 0) i = (i + 1) & mask_;
        index[i] = IndexSlot{static_cast<std::uint32_t>(keys_[r] >> 32) | 1u, row};
    }
    index_ = ModelArray<IndexSlot>(std::move(index));
    dense_ = ModelArray<std::int16_t>(std::move(dense));
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
    if (out.prepared()) {
        out.put_u64(feature_count_);
        out.put_u64(class_bound_);
        out.put_u64(dense_stride_);
        out.put_aligned(index_.span());
        out.put_aligned(entries_.span());
        out.put_aligned(dense_.span());
        return;
    }
    if (keys_.size() != feature_count_)
        throw Error("weights read from a prepared image cannot be written as a model file");
    out.put_array(keys_);
    out.put_array(starts_);
    out.put_array(entries_.span());
}

SparseWeights SparseWeights::read_prepared(ModelReader& in, float scale) {
    SparseWeights weights;
    weights.scale_ = scale;
    weights.feature_count_ = in.get_u64();
    weights.class_bound_ = in.get_u64();
    weights.dense_stride_ = in.get_u64();
    weights.index_ = ModelArray<IndexSlot>::view_of(in.get_aligned<IndexSlot>());
    weights.entries_ = ModelArray<std::uint32_t>::view_of(in.get_aligned<std::uint32_t>());
    weights.dense_ = ModelArray<std::int16_t>::view_of(in.get_aligned<std::int16_t>());
    const std::size_t size = weights.index_.size();
    if (!std::has_single_bit(size)) in.fail("a weight index's size is not a power of two");
    if (weights.class_bound_ > weights.dense_stride_ || weights.dense_stride_ % 8 != 0 ||
        (weights.dense_stride_ > 0 && weights.dense_.size() % weights.dense_stride_ != 0))
        in.fail("bad dense weight rows");
    weights.mask_ = size - 1;
    return weights;
}

SparseWeights SparseWeights::read(ModelReader& in) {
    const float scale = in.get_f32();
    if (in.prepared()) return read_prepared(in, scale);
    SparseWeights weights;
    weights.scale_ = scale;
    weights.keys_ = in.get_array<std::uint64_t>();
    weights.starts_ = in.get_array<std::uint32_t>();
    weights.entries_ = ModelArray<std::uint32_t>(in.get_array<std::uint32_t>());
    weights.feature_count_ = weights.keys_.size();
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
