// Pipeline component that gives every sentence its UD words with tags, lemmas
// and a dependency tree (provides Parse), from the shared language models.
#pragma once

#include <memory>

#include "core/extractor.hpp"
#include "language/language_models.hpp"
#include "language/ud_words.hpp"

namespace newsgraph {

// Segments each sentence's tokens into UD words, tags and parses them, and fills Sentence::words.
class LanguageAnnotator : public Extractor {
public:
    explicit LanguageAnnotator(std::shared_ptr<const LanguageModels> models);
    std::string_view name() const override { return "language"; }
    std::vector<Annotation> needs() const override { return {Annotation::Sentences, Annotation::Tokens}; }
    std::vector<Annotation> provides() const override { return {Annotation::Parse}; }
    void run(Document& doc) const override;
    // The words of one sentence of `text`, tagged and parsed, with sentence-local heads.
    std::vector<Word> annotate(std::string_view text, const Sentence& sentence) const;

private:
    std::shared_ptr<const LanguageModels> models_;
    std::shared_ptr<const UdSegmenter> segmenter_ = UdSegmenter::shared();
};

}  // namespace newsgraph
