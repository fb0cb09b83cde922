// "to counter/combat/fight/tackle/prevent X" -> Threat, "to achieve/implement/promote X" -> Goal
// (the verbs and the words that end or rule out a phrase: lexicons/word_lists.tsv).
#include "extractors/purpose_phrases.hpp"

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/word_lists.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

// True when `w` ends with one of `endings`.
bool ends_with_any(std::string_view w, const WordSet& endings) {
    for (const std::string& ending : endings)
        if (w.ends_with(ending)) return true;
    return false;
}

bool is_ascii_lower_word(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
    return w.front() != '-' && w.back() != '-';
}

}  // namespace

void PurposePhraseExtractor::run(Document& doc) const {
    std::shared_ptr<const WordLists> lists = WordLists::shared();
    const WordSet& threat_verbs = lists->get("threat verb");
    const WordSet& goal_verbs = lists->get("goal verb");
    const WordSet& enders = lists->get("purpose end");
    const WordSet& not_phrase = lists->get("not purpose");
    const WordSet& non_noun_endings = lists->get("non-noun ending");
    const WordSet& adverb_endings = lists->get("adverb ending");
    std::vector<Mention> found;
    for (const Sentence& sentence : doc.sentences) {
        if (sentence.headline) continue;
        const auto& tokens = sentence.tokens;
        std::size_t n = tokens.size();
        for (std::size_t k = 0; k + 2 < n; ++k) {
            if (doc.view(tokens[k]) != "to") continue;
            std::string_view verb = doc.view(tokens[k + 1]);
            bool threat = has(threat_verbs, verb);
            if (!threat && !has(goal_verbs, verb)) continue;
            // one to three plain lower-case words, then a clear end: punctuation or a preposition/conjunction
            std::size_t b = k + 2, e = b;
            while (e < n && e < b + 4 && is_ascii_lower_word(doc.view(tokens[e])) && !has(enders, doc.view(tokens[e])))
                ++e;
            if (e == b || e - b > 3) continue;
            bool ended = e == n || !is_wordlike(doc.view(tokens[e])) || has(enders, doc.view(tokens[e]));
            if (!ended) continue;
            bool usable = true;
            for (std::size_t t = b; t < e && usable; ++t) {
                std::string_view w = doc.view(tokens[t]);
                usable = !has(not_phrase, w) && !(w.size() > 3 && ends_with_any(w, adverb_endings)) && w.size() >= 3;
            }
            // the phrase ends in a noun, not an adjective or a verb form ("to prevent further", "to fight dirty")
            std::string_view last = doc.view(tokens[e - 1]);
            usable = usable && !ends_with_any(last, non_noun_endings);
            Span where{tokens[b].begin, tokens[e - 1].end};
            for (const Mention& m : doc.mentions) usable = usable && !m.span.overlaps(where);
            if (!usable) continue;
            Mention mention;
            mention.span = where;
            mention.cls = threat ? EntityClass::Threat : EntityClass::Goal;
            mention.name = squeeze_spaces(doc.view(where));
            mention.confidence = confidence::kPurposePhrase;
            mention.rule = threat ? "purpose/counter" : "purpose/achieve";
            found.push_back(std::move(mention));
            k = e - 1;
        }
    }
    for (auto& m : found) doc.mentions.push_back(std::move(m));
}

}  // namespace newsgraph
