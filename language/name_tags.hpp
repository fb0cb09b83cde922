// The recognizer's tag set: BILOU tags over a list of entity types, the
// legal transitions between them, and the conversion between tag sequences and
// name spans over a sentence's words.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace newsgraph {

// Tags: 0 is O (outside); type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
class NameTagSet {
public:
    // `types` are GUM entity type names ("person", "place"...), at most 60.
    explicit NameTagSet(std::vector<std::string> types);

    enum Part : std::uint8_t { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
    static constexpr std::uint8_t kOutside = 0;

    std::size_t tag_count() const { return 1 + 4 * types_.size(); }
    const std::vector<std::string>& types() const { return types_; }
    // The index of `type`, or -1 when it is not in the set.
    int type_index(const std::string& type) const;
    static std::uint8_t tag(std::size_t type, Part part) { return static_cast<std::uint8_t>(1 + 4 * type + part); }
    static std::size_t type_of(std::uint8_t tag) { return (tag - 1) / 4; }
    static Part part_of(std::uint8_t tag) { return static_cast<Part>((tag - 1) % 4); }
    // "O", "B-person", ... for messages and tests.
    std::string tag_name(std::uint8_t tag) const;

    // True when `next` may follow `previous` (kOutside stands for the sentence start).
    static bool allowed(std::uint8_t previous, std::uint8_t next);
    // True when a sentence may end after `tag`.
    static bool may_end(std::uint8_t tag);

    // The BILOU tags of `count` words with `spans` (in order, not overlapping; types in the set).
    std::vector<std::uint8_t> encode(const std::vector<NameSpan>& spans, std::size_t count) const;
    // The spans of a legal tag sequence (confidence left at its default).
    std::vector<NameSpan> decode(const std::vector<std::uint8_t>& tags) const;

private:
    std::vector<std::string> types_;
};

}  // namespace newsgraph
