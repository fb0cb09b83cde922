// Pipeline component that joins the learned recognizer's names to the lexicon and rule mentions:
// a recognized name nothing else found becomes a mention, one the rules typed otherwise may be
// retyped, and weak rule guesses the recognizer does not back are dropped.
#pragma once

#include <memory>

#include "core/extractor.hpp"
#include "extractors/name_lexicons.hpp"
#include "language/tokenizer.hpp"

namespace newsgraph {

// Runs after the gazetteer and the name rules; does nothing to a sentence the recognizer left without words.
class RecognizerMerge : public Extractor {
public:
    RecognizerMerge();
    std::string_view name() const override { return "recognizer"; }
    std::vector<Annotation> needs() const override { return {Annotation::Names, Annotation::Mentions}; }
    std::vector<Annotation> provides() const override { return {Annotation::Mentions}; }
    void run(Document& doc) const override;
    // The folded titles it strips from the front of a person's name.
    const PhraseIndex& titles() const { return lexicons_.titles; }

private:
    std::shared_ptr<const Tokenizer> tokenizer_ = Tokenizer::shared();
    NameLexicons lexicons_;  // titles, stripped from the front of a person's name
};

}  // namespace newsgraph
