// "to counter/combat/fight/tackle/prevent X" -> Threat, "to achieve/implement/promote X" -> Goal.
#include "extractors/purpose_phrases.hpp"

#include <unordered_set>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

const std::unordered_set<std::string_view> kThreatVerbs{"counter", "combat", "fight",    "tackle",
                                                        "prevent", "curb",   "eradicate"};
const std::unordered_set<std::string_view> kGoalVerbs{"achieve", "implement", "promote"};
// Words that cannot open or be the phrase: pronouns, determiners, particles, vague quantifiers.
const std::unordered_set<std::string_view> kNotPhrase{
    "the",    "a",     "an",     "this",    "that",    "these",   "those",   "it",    "them",   "him",    "her",
    "us",     "its",   "their",  "his",     "our",     "your",    "my",      "back",  "off",    "out",    "up",
    "down",   "on",    "for",    "against", "such",    "more",    "further", "any",   "all",    "each",   "every",
    "some",   "and",   "or",     "but",     "not",     "both",    "what",    "which", "people", "anyone", "everyone",
    "others", "other", "things", "change",  "changes", "efforts", "way",     "ways"};
// Words after the phrase that show it has ended ("to tackle knife crime in the city").
const std::unordered_set<std::string_view> kEnders{
    "in",    "by",   "with", "across", "through", "among", "at",     "and",    "or",     "as",       "while",
    "which", "that", "from", "on",     "before",  "after", "within", "during", "around", "worldwide"};

bool is_ascii_lower_word(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
    return w.front() != '-' && w.back() != '-';
}

}  // namespace

void PurposePhraseExtractor::run(Document& doc) const {
    std::vector<Mention> found;
    for (const Sentence& sentence : doc.sentences) {
        if (sentence.headline) continue;
        const auto& tokens = sentence.tokens;
        std::size_t n = tokens.size();
        for (std::size_t k = 0; k + 2 < n; ++k) {
            if (doc.view(tokens[k]) != "to") continue;
            std::string_view verb = doc.view(tokens[k + 1]);
            bool threat = kThreatVerbs.count(verb) > 0;
            if (!threat && !kGoalVerbs.count(verb)) continue;
            // one to three plain lower-case words, then a clear end: punctuation or a preposition/conjunction
            std::size_t b = k + 2, e = b;
            while (e < n && e < b + 4 && is_ascii_lower_word(doc.view(tokens[e])) &&
                   !kEnders.count(doc.view(tokens[e])))
                ++e;
            if (e == b || e - b > 3) continue;
            bool ended = e == n || !is_wordlike(doc.view(tokens[e])) || kEnders.count(doc.view(tokens[e]));
            if (!ended) continue;
            bool usable = true;
            for (std::size_t t = b; t < e && usable; ++t) {
                std::string_view w = doc.view(tokens[t]);
                usable = !kNotPhrase.count(w) && !(w.size() > 3 && w.ends_with("ly")) && w.size() >= 3;
            }
            // the phrase ends in a noun, not an adjective or a verb form ("to prevent further", "to fight dirty")
            std::string_view last = doc.view(tokens[e - 1]);
            usable = usable && !last.ends_with("ing") && !last.ends_with("ed") && !last.ends_with("ful") &&
                     !last.ends_with("ive");
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
