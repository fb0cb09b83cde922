// The language annotator: UD words, tagger and parser over each sentence.
#include "language/language_annotator.hpp"

namespace newsgraph {

LanguageAnnotator::LanguageAnnotator(std::shared_ptr<const LanguageModels> models) : models_(std::move(models)) {}

std::vector<Word> LanguageAnnotator::annotate(std::string_view text, const Sentence& sentence) const {
    std::vector<UdWord> segmented = segmenter_->segment(text, sentence.tokens);
    std::vector<TreebankWord> words(segmented.size());
    for (std::size_t i = 0; i < segmented.size(); ++i) words[i].form = std::move(segmented[i].form);
    annotate_words(*models_, words);
    std::vector<Word> out(segmented.size());
    for (std::size_t i = 0; i < segmented.size(); ++i) {
        TreebankWord& from = words[i];
        Word& word = out[i];
        word.span = segmented[i].span;
        word.form = std::move(from.form);
        word.lemma = std::move(from.lemma);
        word.upos = std::move(from.upos);
        word.xpos = std::move(from.xpos);
        word.head = from.head >= 1 ? from.head - 1 : -1;
        word.deprel = std::move(from.deprel);
    }
    return out;
}

void LanguageAnnotator::run(Document& doc) const {
    for (Sentence& sentence : doc.sentences) sentence.words = annotate(doc.text, sentence);
}

}  // namespace newsgraph
