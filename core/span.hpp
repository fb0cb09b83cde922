// Half-open byte ranges into a document's text: the one coordinate system
// every annotation, mention and piece of evidence points back into.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsgraph {

// [begin, end) in bytes of Document::text.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;

    std::size_t size() const { return end - begin; }
    bool empty() const { return end <= begin; }
    bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
    bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
    std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
    friend bool operator==(const Span&, const Span&) = default;
    friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace newsgraph
