// Pipeline component that finds events not written as capitalized names:
// "annual session", "special session", "high-level meeting", "Operation Nightfall".
#pragma once

#include <memory>

#include "core/extractor.hpp"
#include "extractors/name_cues.hpp"

namespace newsgraph {

// Pattern-based event finder (capitalized "… Summit"/"… Conference" names come from the name extractor).
class EventExtractor : public Extractor {
public:
    std::string_view name() const override { return "events"; }
    std::vector<Annotation> needs() const override { return {Annotation::Tokens}; }
    std::vector<Annotation> provides() const override { return {Annotation::Mentions}; }
    void run(Document& doc) const override;

private:
    std::shared_ptr<const NameCues> cues_ = NameCues::shared();  // event qualifiers, nouns and prefixes
};

}  // namespace newsgraph
