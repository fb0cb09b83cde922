// BILOU tags: legal transitions, encoding and decoding of name spans.
#include "language/name_tags.hpp"

#include "core/error.hpp"

namespace newsgraph {

NameTagSet::NameTagSet(std::vector<std::string> types) : types_(std::move(types)) {
    if (types_.empty() || types_.size() > 60) throw Error("a name tag set needs 1 to 60 entity types");
}

int NameTagSet::type_index(const std::string& type) const {
    for (std::size_t t = 0; t < types_.size(); ++t)
        if (types_[t] == type) return static_cast<int>(t);
    return -1;
}

std::string NameTagSet::tag_name(std::uint8_t tag) const {
    if (tag == kOutside) return "O";
    static const char* kParts[] = {"B-", "I-", "L-", "U-"};
    return kParts[part_of(tag)] + types_.at(type_of(tag));
}

bool NameTagSet::allowed(std::uint8_t previous, std::uint8_t next) {
    bool open = previous != kOutside && (part_of(previous) == kBegin || part_of(previous) == kInside);
    bool continues = next != kOutside && (part_of(next) == kInside || part_of(next) == kLast);
    if (!open) return !continues;
    return continues && type_of(previous) == type_of(next);
}

bool NameTagSet::may_end(std::uint8_t tag) { return tag == kOutside || part_of(tag) >= kLast; }

std::vector<std::uint8_t> NameTagSet::encode(const std::vector<NameSpan>& spans, std::size_t count) const {
    std::vector<std::uint8_t> tags(count, kOutside);
    for (const NameSpan& span : spans) {
        int type = type_index(span.type);
        if (type < 0 || span.first >= span.end || span.end > count) continue;
        auto t = static_cast<std::size_t>(type);
        if (span.end - span.first == 1) {
            tags[span.first] = tag(t, kUnit);
            continue;
        }
        tags[span.first] = tag(t, kBegin);
        for (std::size_t i = span.first + 1; i + 1 < span.end; ++i) tags[i] = tag(t, kInside);
        tags[span.end - 1] = tag(t, kLast);
    }
    return tags;
}

std::vector<NameSpan> NameTagSet::decode(const std::vector<std::uint8_t>& tags) const {
    std::vector<NameSpan> spans;
    std::size_t first = 0;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (tags[i] == kOutside) continue;
        Part part = part_of(tags[i]);
        if (part == kBegin || part == kUnit) first = i;
        if (part == kLast || part == kUnit) spans.push_back({first, i + 1, types_[type_of(tags[i])], 0.5});
    }
    return spans;
}

}  // namespace newsgraph
