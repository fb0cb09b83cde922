// Builds a Document of hand-parsed sentences, for tests of the components that
// read the tree: words as "form/lemma/UPOS/head/deprel" (head 1-based, 0 for the root), entities by word range.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace newsgraph::testing {

class ParsedSentence {
public:
    // `rows`: one "form/lemma/UPOS/head/deprel" per word, in order.
    explicit ParsedSentence(const std::vector<std::string>& rows) {
        doc.id = "parsed";
        add_sentence(rows);
    }

    // Appends one more sentence; entity() word numbers then count from the first word of the document.
    void add_sentence(const std::vector<std::string>& rows) {
        Sentence sentence;
        const std::size_t start = doc.text.empty() ? 0 : doc.text.size() + 1;
        for (const std::string& row : rows) {
            std::vector<std::string> f;
            std::stringstream in(row);
            for (std::string part; std::getline(in, part, '/');) f.push_back(part);
            if (!doc.text.empty()) doc.text += ' ';
            Word w;
            w.span = Span{doc.text.size(), doc.text.size() + f.at(0).size()};
            doc.text += f.at(0);
            w.form = f.at(0);
            w.lemma = f.at(1);
            w.upos = f.at(2);
            w.head = std::stoi(f.at(3)) - 1;
            w.deprel = f.at(4);
            sentence.tokens.push_back(w.span);
            sentence.words.push_back(w);
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
    std::vector<Word> words_;  // every sentence's words, in order
};

}  // namespace newsgraph::testing
