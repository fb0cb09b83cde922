#include "tests/language/tagger_slice.hpp"

#include <string>

namespace newsgraph::test {

namespace {

struct Entry {
    const char *form, *lemma;
};

// Word lists per role; the held-out set adds words never seen in training.
const std::vector<Entry> kNouns{{"book", "book"}, {"plan", "plan"}, {"dog", "dog"}, {"walk", "walk"}, {"room", "room"}};
const std::vector<Entry> kNewNouns{{"table", "table"}, {"garden", "garden"}};
const std::vector<Entry> kVerbs{{"books", "book"}, {"plans", "plan"}, {"walks", "walk"}, {"likes", "like"}};
const std::vector<Entry> kNewVerbs{{"paints", "paint"}, {"cleans", "clean"}};
const std::vector<Entry> kBase{{"book", "book"}, {"plan", "plan"}, {"walk", "walk"}, {"like", "like"}};
const std::vector<Entry> kNewBase{{"paint", "paint"}, {"clean", "clean"}};
const std::vector<Entry> kAdjectives{{"old", "old"}, {"small", "small"}, {"green", "green"}};
const std::vector<Entry> kNames{{"Anna", "Anna"}, {"Peter", "Peter"}};
const std::vector<Entry> kNewNames{{"Zelda", "Zelda"}, {"Boris", "Boris"}};

struct Builder {
    unsigned state;
    TreebankSentence sentence;
    bool held_out;

    unsigned next() {
        state = state * 1103515245u + 12345u;
        return (state >> 16) & 0x7FFF;
    }
    const Entry& pick(const std::vector<Entry>& known, const std::vector<Entry>& unseen) {
        if (held_out && next() % 2) return unseen[next() % unseen.size()];
        return known[next() % known.size()];
    }
    void add(const Entry& entry, const char* upos, const char* xpos) {
        TreebankWord word;
        word.form = entry.form;
        word.lemma = entry.lemma;
        word.upos = upos;
        word.xpos = xpos;
        sentence.words.push_back(word);
    }
    void noun_phrase() {
        add({"the", "the"}, "DET", "DT");
        if (next() % 2) add(kAdjectives[next() % kAdjectives.size()], "ADJ", "JJ");
        add(pick(kNouns, kNewNouns), "NOUN", "NN");
    }
    void subject() {
        if (next() % 3 == 0)
            add(pick(kNames, kNewNames), "PROPN", "NNP");
        else
            noun_phrase();
    }
};

TreebankSentence make_sentence(unsigned seed, bool held_out) {
    Builder b{seed, {}, held_out};
    switch (b.next() % 3) {
        case 0:  // the old dog walks the book .
            b.subject();
            b.add(b.pick(kVerbs, kNewVerbs), "VERB", "VBZ");
            b.noun_phrase();
            break;
        case 1:  // they can book the room .
            b.add({"they", "they"}, "PRON", "PRP");
            b.add({"can", "can"}, "AUX", "MD");
            b.add(b.pick(kBase, kNewBase), "VERB", "VB");
            b.noun_phrase();
            break;
        default:  // Anna said that the plan walks .
            b.subject();
            b.add({"said", "say"}, "VERB", "VBD");
            b.add({"that", "that"}, "SCONJ", "IN");
            b.subject();
            b.add(b.pick(kVerbs, kNewVerbs), "VERB", "VBZ");
    }
    b.add({".", "."}, "PUNCT", ".");
    return b.sentence;
}

}  // namespace

std::vector<TreebankSentence> tagger_slice(std::size_t count, unsigned seed, bool held_out) {
    std::vector<TreebankSentence> sentences;
    for (std::size_t i = 0; i < count; ++i)
        sentences.push_back(make_sentence(seed * 7919u + static_cast<unsigned>(i) * 104729u, held_out));
    return sentences;
}

}  // namespace newsgraph::test
