// Builds a Document of hand-parsed sentences, for tests of the components that read the tree: words as
// ParsedWord or as "form/lemma/UPOS/head/deprel" (head 1-based, 0 for the root), entities by word range.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace newsgraph::testing {

// One parsed word as a test writes it: form, lemma, UPOS, XPOS, head (1-based, 0 = root), relation.
struct ParsedWord {
    std::string form, lemma, upos, xpos;
    int head;
    std::string deprel;
};

class ParsedSentence {
public:
    explicit ParsedSentence(const std::vector<ParsedWord>& words) {
        doc.id = "parsed";
        add_sentence(words);
    }
    // `rows`: one "form/lemma/UPOS/head/deprel" per word, in order (no XPOS).
    explicit ParsedSentence(const std::vector<std::string>& rows) : ParsedSentence(parsed_words(rows)) {}

    // Appends one more sentence; entity() word numbers then count from the first word of the document.
    void add_sentence(const std::vector<std::string>& rows) { add_sentence(parsed_words(rows)); }
    void add_sentence(const std::vector<ParsedWord>& words) {
        Sentence sentence;
        const std::size_t start = doc.text.empty() ? 0 : doc.text.size() + 1;
        for (const ParsedWord& p : words) {
            if (!doc.text.empty()) doc.text += ' ';
            Span span{doc.text.size(), doc.text.size() + p.form.size()};
            doc.text += p.form;
            sentence.tokens.push_back(span);
            sentence.words.push_back({span, p.form, p.lemma, p.upos, p.xpos, p.head - 1, p.deprel});
        }
        sentence.span = Span{start, doc.text.size()};
        doc.sentences.push_back(sentence);
        words_.insert(words_.end(), sentence.words.begin(), sentence.words.end());
    }

    // An entity with one mention over words first..last (1-based across the document, inclusive); returns its index.
    std::size_t entity(EntityClass cls, const std::string& name, std::size_t first, std::size_t last,
                       const std::string& key = "") {
        Mention m;
        m.span = Span{words_.at(first - 1).span.begin, words_.at(last - 1).span.end};
        m.cls = cls;
        m.name = name;
        m.entity = static_cast<int>(doc.entities.size());
        Entity e;
        e.cls = cls;
        e.name = name;
        e.key = key;
        e.mentions.push_back(doc.mentions.size());
        doc.mentions.push_back(m);
        doc.entities.push_back(e);
        return doc.entities.size() - 1;
    }

    Document doc;

private:
    static std::vector<ParsedWord> parsed_words(const std::vector<std::string>& rows) {
        std::vector<ParsedWord> words;
        for (const std::string& row : rows) {
            std::vector<std::string> f;
            std::stringstream in(row);
            for (std::string part; std::getline(in, part, '/');) f.push_back(part);
            words.push_back({f.at(0), f.at(1), f.at(2), "", std::stoi(f.at(3)), f.at(4)});
        }
        return words;
    }

    std::vector<Word> words_;  // every sentence's words, in order
};

}  // namespace newsgraph::testing
