// The name annotator: the recognizer over each parsed sentence.
#include "language/name_annotator.hpp"

namespace newsgraph {

NameAnnotator::NameAnnotator(std::shared_ptr<const NameRecognizer> recognizer) : recognizer_(std::move(recognizer)) {}

void NameAnnotator::run(Document& doc) const {
    for (Sentence& sentence : doc.sentences)
        sentence.names = sentence.words.empty() ? std::vector<NameSpan>{} : recognizer_->recognize(sentence.words);
}

}  // namespace newsgraph
