// Noun phrases of the parse headed by a threat term or a general head word become Threat (or Goal) mentions.
#include "extractors/threat_phrases.hpp"

#include <algorithm>

#include "core/phrase_heads.hpp"
#include "core/text.hpp"
#include "extractors/confidences.hpp"

namespace newsgraph {

namespace {

// Lower-case letters and inner hyphens only: no name, number or symbol.
bool plain_word(std::string_view w) {
    if (w.empty() || w.front() == '-' || w.back() == '-') return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// A noun that may head a phrase: lower case, and not itself a modifier of a following noun ("crime figures"). A
// compound that a conjunction or punctuation follows heads one all the same: the parser joined two coordinated
// phrases ("cocaine trafficking and fuel smuggling").
bool head_candidate(const std::vector<Word>& words, std::size_t h) {
    const Word& word = words[h];
    bool coordinated = h + 1 < words.size() && (words[h + 1].upos == "CCONJ" || words[h + 1].upos == "PUNCT");
    bool modifier = word.deprel == "amod" || (word.deprel == "compound" && !coordinated);
    return word.upos == "NOUN" && plain_word(word.form) && !modifier;
}

// A content modifier: a compound noun or an adjective (a participle too: "organised") whose head is inside the
// phrase; comparatives and superlatives ("more", "worst") never count.
bool content_modifier(const Word& word, std::size_t phrase_first, std::size_t head) {
    bool relation = word.deprel == "compound" || word.deprel == "amod";
    bool tag = word.upos == "NOUN" || word.upos == "ADJ" || (word.upos == "VERB" && word.deprel == "amod");
    bool degree = word.xpos == "JJR" || word.xpos == "JJS" || word.xpos == "RBR" || word.xpos == "RBS";
    auto governor = static_cast<std::size_t>(word.head);
    bool inside = word.head >= 0 && governor >= phrase_first && governor <= head;
    return relation && tag && !degree && inside && plain_word(word.form);
}

// The head's name in the phrase: its lemma when the parser gave a plain one ("crimes" -> "crime").
std::string head_name(const Word& word) {
    std::string lemma = fold(word.lemma);
    return plain_word(lemma) ? lemma : word.form;
}

// True when the noun is a nominal predicate ("is a niche crime"): it describes its subject, names no threat.
bool predicate_noun(const std::vector<Word>& words, std::size_t h) {
    return std::any_of(words.begin(), words.end(),
                       [&](const Word& w) { return w.head == static_cast<int>(h) && w.deprel == "cop"; });
}

// The first word of the phrase headed by words[h], or h when no content modifier makes one.
std::size_t phrase_start(const std::vector<Word>& words, std::size_t h, const std::string& head) {
    const PhraseHeads& heads = phrase_heads();
    std::size_t first = h;
    bool content = false;
    // back to the first word that is no modifier or a stop modifier; each one's governor lies between it and the
    // head ("organised" under "gang" in "organised gang crime")
    while (first > 0 && content_modifier(words[first - 1], first - 1, h)) {
        ModifierKind kind = heads.modifier_kind(words[first - 1].form, head);
        if (kind == ModifierKind::Stop) break;
        content = content || kind == ModifierKind::Content;
        --first;
    }
    return content ? first : h;
}

}  // namespace

std::vector<ThreatPhrase> find_threat_phrases(const Sentence& sentence) {
    const PhraseHeads& heads = phrase_heads();
    const std::vector<Word>& words = sentence.words;
    std::vector<ThreatPhrase> found;
    if (sentence.headline) return found;  // a headline's parse is too unsure ("operator confirms data theft")
    for (std::size_t h = 0; h < words.size(); ++h) {
        if (!head_candidate(words, h) || predicate_noun(words, h)) continue;
        std::string head = head_name(words[h]);
        std::size_t first = phrase_start(words, h, head);
        if (first == h) continue;
        std::vector<std::string> names;
        for (std::size_t i = first; i < h; ++i) names.push_back(words[i].form);
        names.push_back(head);
        if (heads.is_term(names)) continue;
        std::optional<PhraseBroader> broader = heads.broader(names);
        if (!broader) continue;
        ThreatPhrase phrase{first, h, {}, broader->cls};
        for (const std::string& name : names) phrase.name += (phrase.name.empty() ? "" : " ") + name;
        found.push_back(std::move(phrase));
    }
    return found;
}

void ThreatPhraseExtractor::run(Document& doc) const {
    std::vector<Mention> found;
    for (const Sentence& sentence : doc.sentences) {
        for (const ThreatPhrase& phrase : find_threat_phrases(sentence)) {
            Span where{sentence.words[phrase.first].span.begin, sentence.words[phrase.head].span.end};
            // a lexicon term the phrase ends with gives way to it; any other mention it touches keeps the text
            bool clear = std::none_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
                bool term = m.cls == phrase.cls && !m.key.empty() && where.contains(m.span) && m.span.end == where.end;
                return m.span.overlaps(where) && !term;
            });
            if (!clear) continue;
            Mention mention;
            mention.span = where;
            mention.cls = phrase.cls;
            mention.name = phrase.name;
            mention.confidence = confidence::kParsePhrase;
            mention.rule = phrase.cls == EntityClass::Goal ? "phrases/goal" : "phrases/threat";
            found.push_back(std::move(mention));
        }
    }
    for (Mention& m : found) doc.mentions.push_back(std::move(m));
}

}  // namespace newsgraph
