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
    for (std::size_t i = 0; i < classes.size(); ++i) {
        entries_[i] = classes[i] | (static_cast<std::uint32_t>(static_cast<std::uint16_t>(values[i])) << 16);
        class_bound_ = std::max<std::size_t>(class_bound_, classes[i] + 1u);
    }
    build_table();
}

void SparseWeights::build_table() {
    std::size_t size = std::bit_ceil(std::max<std::size_t>(2 * keys_.size(), 16));
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::size_t r = 0; r < keys_.size(); ++r) {
        std::size_t i = keys_[r] & mask_;
        while (slots_[i].count != 0) i = (i + 1) & mask_;
        slots_[i] = Slot{keys_[r], starts_[r], starts_[r + 1] - starts_[r]};
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
        if (starts[r + 1] <= starts[r]) in.fail("empty or unordered weight row");
        if (r > 0 && keys[r] <= keys[r - 1]) in.fail("feature keys out of order");
    }
    for (std::uint32_t entry : weights.entries_)
        weights.class_bound_ = std::max<std::size_t>(weights.class_bound_, (entry & 0xFFFF) + 1u);
    weights.build_table();
    return weights;
}

}  // namespace newsgraph
