// Document helpers and annotation names.
#include "core/document.hpp"

#include <algorithm>

#include "core/extractor.hpp"

namespace newsgraph {

std::size_t Document::sentence_at(std::size_t at) const {
    auto after = std::upper_bound(sentences.begin(), sentences.end(), at,
                                  [](std::size_t offset, const Sentence& s) { return offset < s.span.begin; });
    if (after == sentences.begin()) return sentences.size();
    auto index = static_cast<std::size_t>(after - sentences.begin()) - 1;
    return at < sentences[index].span.end ? index : sentences.size();
}

std::string_view annotation_name(Annotation annotation) {
    switch (annotation) {
        case Annotation::Sentences:
            return "sentences";
        case Annotation::Tokens:
            return "tokens";
        case Annotation::Parse:
            return "parse";
        case Annotation::Names:
            return "names";
        case Annotation::Mentions:
            return "mentions";
        case Annotation::Entities:
            return "entities";
        case Annotation::Quotes:
            return "quotes";
        case Annotation::Relations:
            return "relations";
    }
    return "unknown";
}

}  // namespace newsgraph
