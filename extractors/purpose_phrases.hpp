// Pipeline component that proposes threats and goals from purpose clauses:
// "to tackle knife crime" (a threat), "to achieve universal coverage" (a goal).
#pragma once

#include "core/extractor.hpp"

namespace newsgraph {

// Low-confidence Threat/Goal candidates for short lower-case noun phrases after a purpose verb; text already
// matched by the lexicons is left alone.
class PurposePhraseExtractor : public Extractor {
public:
    std::string_view name() const override { return "purpose"; }
    std::vector<Annotation> needs() const override { return {Annotation::Tokens, Annotation::Mentions}; }
    std::vector<Annotation> provides() const override { return {Annotation::Mentions}; }
    void run(Document& doc) const override;
};

}  // namespace newsgraph
