// Test helpers: a document split into sentences whose words are its tokens (articles tagged DET,
// possessive endings PART, punctuation PUNCT, the rest PROPN), with recognizer spans added by hand.
#pragma once

#include <string>
#include <string_view>

#include "core/document.hpp"
#include "language/sentence_splitter.hpp"
#include "language/word_shape.hpp"

namespace newsgraph::test {

// Appends the word over `span`, tagged by its form.
inline void add_word(const Document& doc, Sentence& s, Span span) {
    Word w;
    w.span = span;
    w.form = std::string(doc.view(span));
    w.upos = w.form == "the" || w.form == "The" ? "DET"
             : w.form == "'s"                   ? "PART"
             : is_wordlike(w.form)              ? "PROPN"
                                                : "PUNCT";
    s.words.push_back(std::move(w));
}

// The document with sentences, tokens and one word per token; no names yet.
inline Document parsed(std::string text) {
    static const SentenceSplitter splitter;
    Document doc;
    doc.id = "test";
    doc.text = std::move(text);
    splitter.run(doc);
    for (Sentence& s : doc.sentences) {
        for (const Span& t : s.tokens) {
            // hyphenated compounds apart, as UD writes them: "Takahashi-Reid" is three words
            std::size_t from = t.begin;
            for (std::size_t at = t.begin + 1; at + 1 < t.end; ++at)
                if (doc.text[at] == '-') {
                    add_word(doc, s, Span{from, at});
                    add_word(doc, s, Span{at, at + 1});
                    from = at + 1;
                }
            add_word(doc, s, Span{from, t.end});
        }
    }
    return doc;
}

// Adds a recognizer span over the words of sentence `s` that begin at the first occurrence of `words` in it.
inline void recognize(Document& doc, std::size_t s, std::string_view words, std::string type, double confidence) {
    Sentence& sentence = doc.sentences[s];
    std::size_t at = doc.text.find(words, sentence.span.begin);
    std::size_t stop = at + words.size();
    NameSpan name;
    name.type = std::move(type);
    name.confidence = confidence;
    for (std::size_t k = 0; k < sentence.words.size(); ++k) {
        if (sentence.words[k].span.begin == at) name.first = k;
        if (sentence.words[k].span.end == stop) name.end = k + 1;
    }
    sentence.names.push_back(name);
}

}  // namespace newsgraph::test
