// Builds a one-sentence Document with a hand-written dependency parse, for tests of the components that
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
        Sentence sentence;
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
        sentence.span = Span{0, doc.text.size()};
        doc.sentences.push_back(sentence);
    }

    // An entity with one mention over words first..last (1-based, inclusive); returns its index.
    std::size_t entity(EntityClass cls, const std::string& name, std::size_t first, std::size_t last,
                       const std::string& key = "") {
        const auto& words = doc.sentences[0].words;
        Mention m;
        m.span = Span{words.at(first - 1).span.begin, words.at(last - 1).span.end};
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
};

}  // namespace newsgraph::testing
