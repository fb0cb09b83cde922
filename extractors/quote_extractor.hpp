// The "quotes" component: every direct quotation becomes a Quote entity, with
// a `said` relation from its speaker when one can be recovered and `about`
// relations to the threats, goals and organizations it mentions.
#pragma once

#include <set>
#include <string>

#include "core/extractor.hpp"
#include "extractors/position_relations.hpp"

namespace newsgraph {

// Speech verbs come from ontology/patterns/speech_verbs.tsv; stateless after construction.
class QuoteExtractor : public Extractor {
public:
    QuoteExtractor();
    std::string_view name() const override { return "quotes"; }
    std::vector<Annotation> needs() const override { return {Annotation::Sentences, Annotation::Entities}; }
    std::vector<Annotation> provides() const override { return {Annotation::Quotes, Annotation::Relations}; }
    void run(Document& doc) const override;

private:
    std::set<std::string> speech_verbs_;
    PositionFinder positions_;
};

}  // namespace newsgraph
