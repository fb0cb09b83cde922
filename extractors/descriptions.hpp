// Unnamed organizations described through a parent: "the UN body focussing on
// crime prevention" is a unit of the United Nations, and refers to the
// organization of the document whose name has a fitting head noun ("Commission").
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "extractors/name_cues.hpp"

namespace newsgraph {

namespace scan {
class ScannedSentences;
}

// One description "the PARENT [word] NOUN".
struct Description {
    Span span;                       // "the" to the descriptor noun
    std::size_t parent_mention = 0;  // index into Document::mentions of PARENT
    std::size_t parent = 0;          // entity index of PARENT
    std::size_t referent = 0;        // entity described, or entities.size() when none fits
};

// Descriptor nouns and the heads they may stand for, from
// ontology/patterns/part_of_descriptors.tsv. Immutable after construction.
class DescriptionFinder {
public:
    DescriptionFinder();
    std::vector<Description> find(const Document& doc, const scan::ScannedSentences& scans) const;
    // True for a descriptor noun ("body", "agency"), given folded.
    bool is_descriptor(const std::string& word) const;
    const std::string& rule() const { return rule_; }

private:
    struct Descriptor {
        std::string noun;
        std::vector<std::string> heads;
    };
    const Descriptor* descriptor(const std::string& word) const;
    std::vector<Descriptor> descriptors_;
    std::string rule_ = "partof/description";
    std::shared_ptr<const NameCues> cues_ = NameCues::shared();  // "the" before a body's name
};

}  // namespace newsgraph
