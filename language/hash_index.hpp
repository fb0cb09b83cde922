// A read-only open-addressing table from 64-bit keys to 32-bit values, built
// once when a model loads and then shared by every thread without locks.
#pragma once

#include <cstdint>
#include <vector>

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
        slots_.assign(capacity, Slot{});
        for (std::size_t i = 0; i < keys.size(); ++i) insert(keys[i], values[i]);
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

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t value = kAbsent;
    };
    void insert(std::uint64_t key, std::uint32_t value) {
        for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
            Slot& slot = slots_[i];
            if (slot.value == kAbsent || slot.key == key) {
                slot = {key, value};
                return;
            }
        }
    }
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
};

}  // namespace newsgraph
