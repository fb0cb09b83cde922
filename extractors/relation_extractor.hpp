// The "relations" component: holdsPosition, partOf and the cue-phrase
// relations (counters, pursues, addressed, ...), plus `about` from an amount
// to the threat or goal its sentence is about.
#pragma once

#include "core/extractor.hpp"
#include "extractors/part_of_relations.hpp"
#include "extractors/position_relations.hpp"
#include "extractors/verb_relations.hpp"

namespace newsgraph {

// Patterns load from ontology/patterns/ in the constructor; stateless after that.
class RelationExtractor : public Extractor {
public:
    RelationExtractor() = default;
    std::string_view name() const override { return "relations"; }
    std::vector<Annotation> needs() const override {
        return {Annotation::Sentences, Annotation::Entities, Annotation::Quotes};
    }
    std::vector<Annotation> provides() const override { return {Annotation::Relations}; }
    void run(Document& doc) const override;

private:
    PositionFinder positions_;
    PartOfFinder part_of_;
    VerbRelationFinder verbs_;
};

}  // namespace newsgraph
