// How a word is usually written, learned from text: mostly lower-case
// ("laughter"), mostly capitalized away from a sentence start ("Rahu"), or both.
// The recognizer's clue that a capitalized word is an ordinary one.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "language/hash_index.hpp"

namespace newsgraph {

// Case profile classes; 0 is an unknown word.
enum class CaseProfile : std::uint8_t { Unknown = 0, Lower = 1, Mixed = 2, Capitalized = 3 };

// Counts of how words are written, for building profiles.
class CaseProfileCounter {
public:
    // Counts the words of one sentence (the first word's capital says nothing and is skipped).
    void add_sentence(const std::vector<std::string_view>& forms);
    // Sorted keys (hashes of lower-case words seen at least `min_count` times) and their profiles.
    void profiles(std::uint32_t min_count, std::vector<std::uint64_t>& keys, std::vector<std::uint8_t>& classes) const;

private:
    struct Counts {
        std::uint32_t lower = 0, capitalized = 0;
    };
    std::vector<std::pair<std::uint64_t, Counts>> sorted() const;
    std::vector<std::pair<std::uint64_t, bool>> seen_;  // (lower-case hash, capitalized) per occurrence
};

// Profiles looked up by the hash of a lower-case word; immutable, shared by threads.
class CaseProfiles {
public:
    CaseProfiles() = default;
    CaseProfiles(const std::vector<std::uint64_t>& keys, const std::vector<std::uint8_t>& classes);
    CaseProfile of(std::uint64_t lower_hash) const {
        std::uint32_t found = index_.find(lower_hash);
        return found == HashIndex::kAbsent ? CaseProfile::Unknown : static_cast<CaseProfile>(found);
    }

private:
    HashIndex index_;
};

}  // namespace newsgraph
