#include "language/weight_table.hpp"

#include <bit>

namespace newsgraph {

WeightTable::WeightTable(const std::vector<std::uint64_t>& keys, const std::vector<std::uint32_t>& rows,
                         const std::vector<std::uint8_t>& classes, const std::vector<std::int16_t>& weights,
                         std::size_t class_count) {
    std::size_t capacity = 16;
    while (capacity < keys.size() * 2) capacity *= 2;
    mask_ = capacity - 1;
    std::vector<Slot> slots(capacity);
    std::vector<Entry> entries;
    std::vector<std::int16_t> dense;
    stride_ = (class_count + 15) / 16 * 16;
    // sized first: grown entry by entry, the arrays would fault in and copy twice their memory
    std::size_t dense_rows = 0, sparse_entries = 0;
    for (std::size_t f = 0; f < keys.size(); ++f) {
        std::size_t length = rows[f + 1] - rows[f];
        if (length * 4 >= class_count)
            ++dense_rows;
        else
            sparse_entries += length;
    }
    dense.reserve(dense_rows * stride_);
    entries.reserve(sparse_entries);
    for (std::size_t f = 0; f < keys.size(); ++f) {
        std::uint32_t begin = rows[f], end = rows[f + 1];
        if (begin == end) continue;
        std::uint32_t row;
        if (std::size_t{end - begin} * 4 >= class_count) {  // dense: 2 bytes a class beat 4 bytes an entry
            row = kDense | static_cast<std::uint32_t>(dense.size() / stride_);
            dense.resize(dense.size() + stride_);
            for (std::uint32_t e = begin; e < end; ++e) dense[dense.size() - stride_ + classes[e]] = weights[e];
        } else {
            row = static_cast<std::uint32_t>(entries.size());
            for (std::uint32_t e = begin; e < end; ++e)
                entries.push_back({weights[e], classes[e], static_cast<std::uint8_t>(e + 1 == end)});
        }
        std::size_t i = keys[f] & mask_;
        while (slots[i].begin != kEmpty) i = (i + 1) & mask_;
        slots[i] = {static_cast<std::uint32_t>(keys[f] >> 32), row};
    }
    slots_ = ModelArray<Slot>(std::move(slots));
    entries_ = ModelArray<Entry>(std::move(entries));
    dense_ = ModelArray<std::int16_t>(std::move(dense));
}

void WeightTable::write_prepared(ModelWriter& out) const {
    out.put_u64(stride_);
    out.put_aligned(slots_.span());
    out.put_aligned(entries_.span());
    out.put_aligned(dense_.span());
}

WeightTable WeightTable::read_prepared(ModelReader& in) {
    WeightTable table;
    table.stride_ = in.get_u64();
    table.slots_ = ModelArray<Slot>::view_of(in.get_aligned<Slot>());
    table.entries_ = ModelArray<Entry>::view_of(in.get_aligned<Entry>());
    table.dense_ = ModelArray<std::int16_t>::view_of(in.get_aligned<std::int16_t>());
    const std::size_t size = table.slots_.size();
    if ((size > 0 && !std::has_single_bit(size)) || table.stride_ % 16 != 0 ||
        (table.stride_ == 0 && !table.dense_.empty()) ||
        (table.stride_ > 0 && table.dense_.size() % table.stride_ != 0))
        in.fail("bad tagger weight tables");
    table.mask_ = size == 0 ? 0 : size - 1;
    return table;
}

void WeightTable::add_scores(const std::uint64_t* features, std::size_t count, std::int32_t* scores) const {
    if (slots_.empty()) return;
    count = count < kMaxFeatures ? count : kMaxFeatures;
    for (std::size_t f = 0; f < count; ++f) __builtin_prefetch(&slots_[features[f] & mask_]);
    std::uint32_t begins[kMaxFeatures];
    for (std::size_t f = 0; f < count; ++f) {
        begins[f] = find(features[f]);
        if (begins[f] == kEmpty) continue;
        if (begins[f] & kDense)
            __builtin_prefetch(&dense_[(begins[f] & ~kDense) * stride_]);
        else
            __builtin_prefetch(&entries_[begins[f]]);
    }
    for (std::size_t f = 0; f < count; ++f) {
        if (begins[f] == kEmpty) continue;
        if (begins[f] & kDense) {
            const std::int16_t* row = &dense_[(begins[f] & ~kDense) * stride_];
            for (std::size_t c = 0; c < stride_; ++c) scores[c] += row[c];
            continue;
        }
        for (const Entry* entry = &entries_[begins[f]];; ++entry) {
            scores[entry->tag] += entry->weight;
            if (entry->last) break;
        }
    }
}

}  // namespace newsgraph
