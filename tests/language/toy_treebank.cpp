// Generating toy sentences and random trees.
#include "tests/language/toy_treebank.hpp"

#include <string>

namespace newsgraph::test {

namespace {

std::uint64_t next_random(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int pick(std::uint64_t& seed, int n) { return static_cast<int>(next_random(seed) % static_cast<std::uint64_t>(n)); }

struct Builder {
    std::vector<TreebankWord> words;
    int add(const char* form, const char* upos, const char* xpos, int head, const char* deprel) {
        TreebankWord w;
        w.form = form, w.lemma = form, w.upos = upos, w.xpos = xpos, w.head = head, w.deprel = deprel;
        words.push_back(w);
        return static_cast<int>(words.size());
    }
};

const char* kNouns[] = {"dog", "city", "minister", "report", "river", "team", "plan", "court"};
const char* kAdjectives[] = {"old", "new", "small", "green", "quiet"};
const char* kVerbs[] = {"saw", "signed", "crossed", "liked", "sent", "found"};

// A noun phrase whose noun attaches to `head` as `deprel`; words before the noun point at it.
int noun_phrase(Builder& b, std::uint64_t& seed, int head, const char* deprel) {
    int first = static_cast<int>(b.words.size()) + 1;
    int adjectives = pick(seed, 3);
    int noun = first + 1 + adjectives;
    b.add(pick(seed, 2) ? "the" : "a", "DET", "DT", noun, "det");
    for (int i = 0; i < adjectives; ++i) b.add(kAdjectives[pick(seed, 5)], "ADJ", "JJ", noun, "amod");
    return b.add(kNouns[pick(seed, 8)], "NOUN", "NN", head, deprel);
}

}  // namespace

std::vector<TreebankSentence> toy_treebank(std::size_t count, std::uint64_t seed) {
    std::vector<TreebankSentence> sentences;
    for (std::size_t s = 0; s < count; ++s) {
        Builder b;
        // The verb follows the subject phrase, so the subject's head is set once the verb's index is known.
        int subject = noun_phrase(b, seed, 0, "nsubj");
        int verb = static_cast<int>(b.words.size()) + 1;
        b.words[subject - 1].head = verb;
        b.add(kVerbs[pick(seed, 6)], "VERB", "VBD", 0, "root");
        int object = noun_phrase(b, seed, verb, "obj");
        if (pick(seed, 2)) {
            bool of = pick(seed, 2);
            int preposition = static_cast<int>(b.words.size()) + 1;
            b.add(of ? "of" : "in", "ADP", "IN", 0, "case");
            int noun = noun_phrase(b, seed, of ? object : verb, of ? "nmod" : "obl");
            b.words[preposition - 1].head = noun;
        }
        b.add(".", "PUNCT", ".", verb, "punct");
        TreebankSentence sentence;
        sentence.set_comment("sent_id", "toy-" + std::to_string(s + 1));
        sentence.words = std::move(b.words);
        sentences.push_back(std::move(sentence));
    }
    return sentences;
}

std::vector<int> random_tree(int n, std::uint64_t& seed, bool projective) {
    std::vector<int> heads(static_cast<std::size_t>(n) + 1, -1);
    if (!projective) {
        // A random order of attachment: each word takes a head among the words placed before it.
        std::vector<int> order;
        for (int w = 1; w <= n; ++w) order.insert(order.begin() + pick(seed, static_cast<int>(order.size()) + 1), w);
        heads[order[0]] = 0;
        for (std::size_t i = 1; i < order.size(); ++i) heads[order[i]] = order[pick(seed, static_cast<int>(i))];
        return heads;
    }
    // Projective: the span [low, high] gets a head `root` inside it; the two sides are built recursively.
    struct Span {
        int low, high, parent;
    };
    std::vector<Span> todo{{1, n, 0}};
    while (!todo.empty()) {
        Span span = todo.back();
        todo.pop_back();
        if (span.low > span.high) continue;
        int root = span.low + pick(seed, span.high - span.low + 1);
        heads[root] = span.parent;
        // Split each side into consecutive sub-spans, each a child subtree of `root`.
        for (int side = 0; side < 2; ++side) {
            int low = side == 0 ? span.low : root + 1, high = side == 0 ? root - 1 : span.high;
            while (low <= high) {
                int end = low + pick(seed, high - low + 1);
                todo.push_back({low, end, root});
                low = end + 1;
            }
        }
    }
    return heads;
}

std::vector<TreebankWord> words_with_heads(const std::vector<int>& heads) {
    std::vector<TreebankWord> words(heads.size() - 1);
    for (std::size_t i = 1; i < heads.size(); ++i) {
        int depth = 0;
        for (int h = heads[i]; h > 0 && depth <= static_cast<int>(heads.size()); h = heads[h]) ++depth;
        words[i - 1].form = std::string("w").append(std::to_string(i));
        words[i - 1].upos = words[i - 1].xpos = depth % 2 ? "NOUN" : "VERB";
        words[i - 1].head = heads[i];
        words[i - 1].deprel = std::string("l").append(std::to_string(depth % 3));
    }
    return words;
}

}  // namespace newsgraph::test
