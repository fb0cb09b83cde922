// Pipeline component that splits a document into sentences and tokens
// (provides Sentences, Tokens); marks a leading headline.
#pragma once

#include <memory>

#include "core/extractor.hpp"
#include "language/tokenizer.hpp"

namespace newsgraph {

// Rule-based sentence splitter: paragraph breaks always end a sentence,
// abbreviations and initials do not, closing quotes stay with their sentence.
class SentenceSplitter : public Extractor {
public:
    SentenceSplitter() = default;
    std::string_view name() const override { return "sentences"; }
    std::vector<Annotation> needs() const override { return {}; }
    std::vector<Annotation> provides() const override { return {Annotation::Sentences, Annotation::Tokens}; }
    void run(Document& doc) const override;
    // The sentences of `text`, without the document around it (for tests and lexicons).
    std::vector<Sentence> split(std::string_view text) const;

private:
    std::shared_ptr<const Tokenizer> tokenizer_ = Tokenizer::shared();
};

}  // namespace newsgraph
