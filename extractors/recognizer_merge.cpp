// Joining recognized names to the mentions of the lexicons and the name rules.
#include "extractors/recognizer_merge.hpp"

#include <algorithm>

#include "extractors/confidences.hpp"
#include "extractors/recognized_names.hpp"

namespace newsgraph {

namespace {

// Indices of the mentions overlapping `span`, found through `by_begin` (mention indices sorted by begin).
std::vector<std::size_t> overlapping(const std::vector<Mention>& mentions, const std::vector<std::size_t>& by_begin,
                                     std::size_t longest, const Span& span) {
    std::size_t from = span.begin > longest ? span.begin - longest : 0;
    auto it = std::lower_bound(by_begin.begin(), by_begin.end(), from,
                               [&](std::size_t i, std::size_t at) { return mentions[i].span.begin < at; });
    std::vector<std::size_t> out;
    for (; it != by_begin.end() && mentions[*it].span.begin < span.end; ++it)
        if (mentions[*it].span.overlaps(span)) out.push_back(*it);
    return out;
}

// A mention the name rules guessed (no lexicon key), as opposed to a lexicon match or a definition.
bool rule_guess(const Mention& m) { return m.key.empty() && m.rule.starts_with("names/"); }

// Decides one recognized name against the mentions over the same words; returns true to add it.
bool settle(Mention& recognized, std::vector<Mention>& mentions, const std::vector<std::size_t>& rivals) {
    if (rivals.empty()) return recognized.confidence >= confidence::kRecognizedAlone;
    if (rivals.size() != 1) return false;
    Mention& rival = mentions[rivals.front()];
    // same words, another class: a confident recognizer overrules a rule's guess, never a lexicon
    if (rival.span == recognized.span && rival.cls != recognized.cls && rule_guess(rival) &&
        recognized.confidence >= confidence::kRecognizedRetype && recognized.confidence > rival.confidence) {
        rival.cls = recognized.cls;
        rival.confidence = recognized.confidence;
        rival.rule = recognized.rule;
    }
    return false;
}

// Drops rule guesses below the floor that no recognized name overlaps, in sentences the recognizer read.
void drop_unbacked(Document& doc, const std::vector<Span>& recognized) {
    auto backed = [&](const Mention& m) {
        return std::any_of(recognized.begin(), recognized.end(), [&](const Span& s) { return s.overlaps(m.span); });
    };
    auto read = [&](const Mention& m) {
        std::size_t s = doc.sentence_at(m.span.begin);
        return s < doc.sentences.size() && !doc.sentences[s].words.empty();
    };
    std::erase_if(doc.mentions, [&](const Mention& m) {
        return rule_guess(m) && m.confidence < confidence::kUnbackedRuleFloor && read(m) && !backed(m);
    });
}

}  // namespace

RecognizerMerge::RecognizerMerge() : lexicons_(*tokenizer_) {}

void RecognizerMerge::run(Document& doc) const {
    std::vector<std::size_t> by_begin(doc.mentions.size());
    std::size_t longest = 0;
    for (std::size_t i = 0; i < by_begin.size(); ++i) {
        by_begin[i] = i;
        longest = std::max(longest, doc.mentions[i].span.size());
    }
    std::stable_sort(by_begin.begin(), by_begin.end(), [&](std::size_t a, std::size_t b) {
        return doc.mentions[a].span.begin < doc.mentions[b].span.begin;
    });
    std::vector<Mention> added;
    std::vector<Span> recognized_spans;
    for (const Sentence& sentence : doc.sentences) {
        for (Mention& recognized : recognized_mentions(doc, sentence, lexicons_.titles)) {
            recognized_spans.push_back(recognized.span);
            if (settle(recognized, doc.mentions, overlapping(doc.mentions, by_begin, longest, recognized.span)))
                added.push_back(std::move(recognized));
        }
    }
    drop_unbacked(doc, recognized_spans);
    for (Mention& m : added) doc.mentions.push_back(std::move(m));
    std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

}  // namespace newsgraph
