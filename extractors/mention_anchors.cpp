// Maps entity mentions onto the nodes of a sentence's dependency tree.
#include "extractors/mention_anchors.hpp"

namespace newsgraph {

namespace {

// True when the chain of heads from `word` comes back into the mention: "the Rev. Jesse Jackson" parsed with
// "Jesse" on "Rev." and "Rev." on "Jackson" makes "Jackson" the name's head, not "Jesse".
template <typename Inside>
bool reenters(const DependencyTree& tree, int word, const Inside& inside) {
    for (std::size_t steps = 0; word >= 0 && steps < tree.size(); ++steps) {
        if (inside(word)) return true;
        word = tree.head(word);
    }
    return false;
}

// How much a word hung outside its mention looks like the mention's head: a proper noun, then a noun ("the
// youngest Legislative Council member" parsed with both words on "member": "Council"), then anything else.
int head_rank(const Word& word) { return word.upos == "PROPN" ? 2 : word.upos == "NOUN" ? 1 : 0; }

}  // namespace

Anchors anchor_mentions(const DependencyTree& tree, const std::vector<const Mention*>& mentions) {
    const std::size_t n = tree.size();
    Anchors anchors{std::vector<int>(n, -1), std::vector<Span>(n), std::vector<bool>(n, false),
                    std::vector<bool>(n, false), std::vector<bool>(n, false)};
    for (const Mention* m : mentions) {
        auto inside = [&](int w) {
            const Span& s = tree.word(w).span;
            return s.begin < m->span.end && s.end > m->span.begin;
        };
        int head = -1;
        int subordinate = -1;  // a word hung outside the mention on a word that hangs on the mention again
        for (std::size_t w = 0; w < n; ++w) {
            if (!inside(static_cast<int>(w))) continue;
            anchors.named[w] = true;
            int up = tree.head(static_cast<int>(w));
            if (up >= 0 && inside(up)) continue;
            if (reenters(tree, up, inside)) {
                if (subordinate < 0) subordinate = static_cast<int>(w);
            } else if (head < 0 || head_rank(tree.word(head)) < head_rank(tree.word(static_cast<int>(w)))) {
                // of two words hung outside ("Pan-democrat Gary Fan" split by the parse), the name's own
                head = static_cast<int>(w);
            }
        }
        if (head < 0) head = subordinate;
        if (head < 0) continue;
        const std::size_t node = static_cast<std::size_t>(tree.node_of(head));
        if (anchors.entity[node] >= 0 && anchors.span[node].size() >= m->span.size()) continue;
        anchors.entity[node] = m->entity;
        anchors.span[node] = m->span;
    }
    return anchors;
}

std::vector<Span> mention_spans(const std::vector<const Mention*>& mentions) {
    std::vector<Span> spans;
    spans.reserve(mentions.size());
    for (const Mention* m : mentions) spans.push_back(m->span);
    return spans;
}

std::vector<std::vector<const Mention*>> mentions_by_sentence(const Document& doc) {
    std::vector<std::vector<const Mention*>> by_sentence(doc.sentences.size());
    for (const Mention& m : doc.mentions) {
        if (m.entity < 0) continue;
        std::size_t s = doc.sentence_at(m.span.begin);
        if (s < by_sentence.size()) by_sentence[s].push_back(&m);
    }
    return by_sentence;
}

}  // namespace newsgraph
