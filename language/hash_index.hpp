// A read-only open-addressing table from 64-bit keys to 32-bit values, built
// once when a model loads and then shared by every thread without locks.
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

#include "language/model_array.hpp"
#include "language/model_file.hpp"

namespace newsgraph {

// Maps 64-bit hashes to values; lookups never allocate.
class HashIndex {
public:
    HashIndex() = default;
    // Builds the table; keys must be distinct (a later duplicate overwrites the earlier one).
    HashIndex(const std::vector<std::uint64_t>& keys, const std::vector<std::uint32_t>& values) {
        std::size_t capacity = 16;
        while (capacity < keys.size() * 2) capacity *= 2;
        mask_ = capacity - 1;
        std::vector<Slot> slots(capacity);
        for (std::size_t i = 0; i < keys.size(); ++i) insert(slots, keys[i], values[i]);
        slots_ = ModelArray<Slot>(std::move(slots));
    }

    // The table as a prepared model holds it (see ModelLayout), and back as a view of the reader's bytes.
    void write_prepared(ModelWriter& out) const { out.put_aligned(slots_.span()); }
    static HashIndex read_prepared(ModelReader& in) {
        HashIndex index;
        index.slots_ = ModelArray<Slot>::view_of(in.get_aligned<Slot>());
        if (!index.slots_.empty() && !std::has_single_bit(index.slots_.size()))
            in.fail("a hash table's size is not a power of two");
        index.mask_ = index.slots_.empty() ? 0 : index.slots_.size() - 1;
        return index;
    }

    // The value of `key`, or `absent` when it is not in the table.
    std::uint32_t find(std::uint64_t key, std::uint32_t absent = kAbsent) const {
        if (slots_.empty()) return absent;
        for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.value == kAbsent) return absent;
            if (slot.key == key) return slot.value;
        }
    }

    static constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;
    std::size_t capacity() const { return slots_.size(); }

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t value = kAbsent;
        std::uint32_t unused = 0;  // no padding: prepared images hold slots byte for byte
    };
    void insert(std::vector<Slot>& slots, std::uint64_t key, std::uint32_t value) const {
        for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
            Slot& slot = slots[i];
            if (slot.value == kAbsent || slot.key == key) {
                slot = {key, value, 0};
                return;
            }
        }
    }
    ModelArray<Slot> slots_;
    std::size_t mask_ = 0;
};

}  // namespace newsgraph
