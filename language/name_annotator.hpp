// Pipeline component that fills every sentence's named-entity spans
// (Sentence::names; provides Names) from the shared name recognizer.
#pragma once

#include <memory>

#include "core/extractor.hpp"
#include "language/name_recognizer.hpp"

namespace newsgraph {

// Runs the recognizer over the words of each sentence (needs Parse: tags and trees are features).
class NameAnnotator : public Extractor {
public:
    explicit NameAnnotator(std::shared_ptr<const NameRecognizer> recognizer);
    std::string_view name() const override { return "ner"; }
    std::vector<Annotation> needs() const override { return {Annotation::Parse}; }
    std::vector<Annotation> provides() const override { return {Annotation::Names}; }
    void run(Document& doc) const override;

private:
    std::shared_ptr<const NameRecognizer> recognizer_;
};

}  // namespace newsgraph
