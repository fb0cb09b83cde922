// Fuzz target: the sentence splitter, tokenizer and UD word segmentation on any
// valid UTF-8 text. Sentences must stay inside the text, in order and without
// overlap, tokens inside their sentence, and the words of each UD token must
// spell its text.
#include "language/sentence_splitter.hpp"

#include <stdexcept>

#include "core/text.hpp"
#include "language/ud_words.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace newsgraph;
    static const SentenceSplitter splitter;
    Document doc;
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    repair_utf8(doc.text);  // readers hand the pipeline valid UTF-8 only
    doc.sentences = splitter.split(doc.text);
    fuzz::check_document(doc);
    for (const Sentence& sentence : doc.sentences) {
        std::vector<UdWord> words = UdSegmenter::shared()->segment(doc.text, sentence.tokens);
        std::vector<std::size_t> starts = token_starts(words);
        for (std::size_t t = 0; t + 1 < starts.size(); ++t) {
            std::string spelled;
            for (std::size_t w = starts[t]; w < starts[t + 1]; ++w) spelled += words[w].form;
            const Span& span = words[starts[t]].span;
            if (spelled != span.of(doc.text) || !sentence.span.contains(span))
                throw std::logic_error("UD words do not spell their token");
        }
    }
    return 0;
}
