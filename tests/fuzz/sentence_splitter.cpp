// Fuzz target: the sentence splitter and tokenizer on any valid UTF-8 text.
// Sentences must stay inside the text, in order and without overlap, and
// tokens inside their sentence.
#include "language/sentence_splitter.hpp"

#include "core/text.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace newsgraph;
    static const SentenceSplitter splitter;
    Document doc;
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    repair_utf8(doc.text);  // readers hand the pipeline valid UTF-8 only
    doc.sentences = splitter.split(doc.text);
    fuzz::check_document(doc);
    return 0;
}
