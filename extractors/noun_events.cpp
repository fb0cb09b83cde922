// Events named by common nouns, read from the parse: "a press briefing", "overnight raids", "the trial".
#include "extractors/noun_events.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_set>

#include "core/phrase_heads.hpp"
#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/name_cues.hpp"

namespace newsgraph {

namespace {

// The list word of an event noun: its lemma, or its lower-case form ("talks"); empty when neither is listed.
std::string listed_noun(const Word& word, const WordSet& nouns) {
    std::string lemma = ascii_lower(word.lemma);
    if (has(nouns, lemma)) return lemma;
    std::string form = ascii_lower(word.form);
    return has(nouns, form) ? form : std::string{};
}

// A noun that may head an event phrase: a lower-case common noun, neither a modifier of a following noun ("the
// meeting point", "campaign finance") nor a nominal predicate ("it was a trial").
bool head_candidate(const std::vector<Word>& words, std::size_t h) {
    const Word& word = words[h];
    if (word.upos != "NOUN" || word.form.empty() || word.form.front() < 'a' || word.form.front() > 'z') return false;
    if (word.deprel == "compound" || word.deprel == "amod" || word.deprel.starts_with("flat")) return false;
    return std::none_of(words.begin(), words.end(),
                        [&](const Word& w) { return w.head == static_cast<int>(h) && w.deprel == "cop"; });
}

// True when words[w] hangs on the head words[h] through words of [lo, h] only.
bool inside(const std::vector<Word>& words, std::size_t w, std::size_t lo, std::size_t h) {
    int at = words[w].head;
    for (std::size_t steps = 0; steps <= h - lo && at >= 0; ++steps) {
        auto up = static_cast<std::size_t>(at);
        if (up == h) return true;
        if (up < lo || up > h) return false;
        at = words[up].head;
    }
    return false;
}

// A word that may stand in an event's name before its head: a compound, adjective or the parts of a hyphenated
// modifier ("month-long", "catch-up"); no determiner, possessive, number, comparative or superlative.
bool modifier_word(const Word& word) {
    static const std::unordered_set<std::string_view> relations{"compound", "amod", "obl:unmarked", "compound:prt",
                                                                "flat"};
    bool degree = word.xpos == "JJR" || word.xpos == "JJS" || word.xpos == "RBR" || word.xpos == "RBS";
    bool hyphen = word.deprel == "punct" && (word.xpos == "HYPH" || word.form == "-");
    return (relations.contains(word.deprel) || hyphen) && !degree && word.upos != "NUM";
}

// A word that makes an event phrase of its own: a noun, proper noun, adjective or participle.
bool content_word(const Word& word) {
    return word.upos == "NOUN" || word.upos == "PROPN" || word.upos == "ADJ" ||
           (word.upos == "VERB" && word.deprel == "amod");
}

// The first word of the event phrase headed by words[h], or h when no content modifier makes one. A modifier
// may hang on a word up to two to its left ("catch-up", "month-long"), as long as the phrase holds them all.
std::size_t phrase_start(const std::vector<Word>& words, std::size_t h, const std::string& noun) {
    const PhraseHeads& heads = phrase_heads();
    std::size_t first = h;
    while (first > 0 && modifier_word(words[first - 1]) && inside(words, first - 1, first > 2 ? first - 3 : 0, h)) {
        if (heads.modifier_kind(ascii_lower(words[first - 1].form), noun) == ModifierKind::Stop) break;
        --first;
    }
    // a name begins with a word, not "-" or "up", and holds every word its words hang on
    for (std::size_t i = first; i < h; ++i)
        if (!inside(words, i, first, h)) first = i + 1;
    while (first < h && !content_word(words[first])) ++first;
    bool content = false;
    for (std::size_t i = first; i < h; ++i)
        content = content || (content_word(words[i]) &&
                              heads.modifier_kind(ascii_lower(words[i].form), noun) == ModifierKind::Content);
    return content ? first : h;
}

// True when words[h] is "the NOUN" (the `definite` cue of lexicons/name_cues.tsv) with no modifier,
// possessive or number of its own.
bool bare_definite(const std::vector<Word>& words, std::size_t h) {
    static const std::shared_ptr<const NameCues> cues = NameCues::shared();
    bool definite = false;
    for (const Word& w : words) {
        if (w.head != static_cast<int>(h)) continue;
        if (w.deprel == "det") definite = definite || cues->is(Cue::Definite, ascii_lower(w.form));
        if (w.deprel == "amod" || w.deprel == "compound" || w.deprel.starts_with("nmod:poss") || w.deprel == "nummod")
            return false;
    }
    return definite;
}

// The lower-case first and last words of the names of the document's event mentions ("operation" and
// "nightfall" of "Operation Nightfall"): the nouns by which the article names an event already.
std::unordered_set<std::string> named_event_words(const std::vector<Mention>& mentions) {
    std::unordered_set<std::string> words;
    for (const Mention& m : mentions) {
        if (m.cls != EntityClass::Event) continue;
        std::string lower = ascii_lower(m.name);
        words.insert(lower.substr(0, lower.find(' ')));
        words.insert(lower.substr(lower.rfind(' ') + 1));
    }
    return words;
}

// The event mention of a phrase: its name is the words from the first modifier to the head as written (a
// first word of the sentence lower-cased unless a proper noun); its span leaves out the names of its modifiers
// ("Senate" of "Senate hearing", "cholera" of "cholera vaccination campaign"), which keep their own mentions.
// None when a mention covers the head: a threat or goal the taxonomy names ("the strike") stays one.
std::optional<Mention> phrase_mention(const Document& doc, const Sentence& sentence, const NounEvent& event) {
    const std::vector<Word>& words = sentence.words;
    Span head = words[event.head].span;
    Span where{words[event.first].span.begin, head.end};
    std::size_t begin = where.begin;
    for (const Mention& m : doc.mentions) {
        if (!m.span.overlaps(where)) continue;
        if (m.span.overlaps(head)) return std::nullopt;
        begin = std::max(begin, m.span.end);
    }
    std::size_t w = event.first;
    while (words[w].span.begin < begin) ++w;  // the first word after the modifiers' names
    Mention mention;
    mention.span = {words[w].span.begin, head.end};
    mention.cls = EntityClass::Event;
    mention.name = squeeze_spaces(doc.view(where));
    if (words[event.first].span.begin == sentence.span.begin && words[event.first].upos != "PROPN")
        mention.name = ascii_lower(mention.name.substr(0, 1)) + mention.name.substr(1);
    mention.confidence = event.bare ? confidence::kDefiniteEvent : confidence::kNounEvent;
    mention.rule = event.bare ? "events/definite-noun" : "events/noun-phrase";
    if (event.bare) mention.name = event.noun;
    return mention;
}

// True when words[p] has a determiner before it ("a press", "the Senate").
bool determined(const std::vector<Word>& words, std::size_t p) {
    for (std::size_t i = 0; i < p; ++i)
        if (words[i].head == static_cast<int>(p) && words[i].deprel.starts_with("det")) return true;
    return false;
}

// True when words[w], an "-ing" event noun right after words[p], was read as a verb on it or beside it.
bool gerund_misread(const std::vector<Word>& words, std::size_t w, std::size_t p) {
    const Word& verb = words[w];
    const Word& noun = words[p];
    if (noun.upos != "NOUN" && noun.upos != "PROPN") return false;
    if (noun.deprel == "compound" || !determined(words, p)) return false;
    bool on_noun = verb.head == static_cast<int>(p);
    bool beside = verb.head == noun.head && (verb.deprel == "advcl" || verb.deprel == "conj");
    bool object = std::any_of(words.begin(), words.end(),
                              [&](const Word& x) { return x.head == static_cast<int>(w) && x.deprel == "obj"; });
    return (on_noun || beside) && !object;
}

}  // namespace

void repair_gerund_events(Sentence& sentence, const WordSet& event_nouns) {
    std::vector<Word>& words = sentence.words;
    for (std::size_t w = 1; w < words.size(); ++w) {
        Word& gerund = words[w];
        if (gerund.xpos != "VBG" || !has(event_nouns, ascii_lower(gerund.form))) continue;
        if (!gerund_misread(words, w, w - 1)) continue;
        Word& noun = words[w - 1];
        const int head = static_cast<int>(w);
        const int modifier = static_cast<int>(w - 1);
        for (Word& x : words)
            if (x.head == modifier && &x != &gerund) x.head = head;  // its determiner and preposition
        gerund.upos = "NOUN";
        gerund.xpos = "NN";
        gerund.lemma = ascii_lower(gerund.form);
        gerund.head = noun.head;
        gerund.deprel = noun.deprel;
        noun.head = head;
        noun.deprel = "compound";
    }
}

std::vector<NounEvent> find_noun_events(const Sentence& sentence, const WordSet& event_nouns,
                                        const WordSet& definite_nouns) {
    const std::vector<Word>& words = sentence.words;
    std::vector<NounEvent> found;
    if (sentence.headline) return found;  // a headline's parse is too unsure
    for (std::size_t h = 0; h < words.size(); ++h) {
        if (!head_candidate(words, h)) continue;
        std::string noun = listed_noun(words[h], event_nouns);
        if (!noun.empty()) {
            std::size_t first = phrase_start(words, h, noun);
            if (first < h) {
                found.push_back({first, h, false, noun});
                continue;
            }
        }
        std::string definite = listed_noun(words[h], definite_nouns);
        if (!definite.empty() && bare_definite(words, h)) found.push_back({h, h, true, definite});
    }
    return found;
}

void NounEventExtractor::run(Document& doc) const {
    const WordSet& event_nouns = word_list("event noun");
    const WordSet& definite_nouns = word_list("definite event noun");
    for (Sentence& sentence : doc.sentences) repair_gerund_events(sentence, event_nouns);
    std::unordered_set<std::string> named = named_event_words(doc.mentions);
    std::vector<Mention> found;
    std::vector<std::pair<const Sentence*, NounEvent>> bare;
    for (const Sentence& sentence : doc.sentences) {
        for (const NounEvent& event : find_noun_events(sentence, event_nouns, definite_nouns)) {
            if (event.bare) {
                bare.emplace_back(&sentence, event);
            } else if (std::optional<Mention> mention = phrase_mention(doc, sentence, event)) {
                named.insert(event.noun);
                named.insert(ascii_lower(sentence.words[event.head].form));
                found.push_back(std::move(*mention));
            }
        }
    }
    // "the trial" is an event of its own only when no event of the article is named by that noun
    for (const auto& [sentence, event] : bare) {
        if (named.contains(event.noun) || named.contains(ascii_lower(sentence->words[event.head].form))) continue;
        if (std::optional<Mention> mention = phrase_mention(doc, *sentence, event))
            found.push_back(std::move(*mention));
    }
    for (Mention& m : found) doc.mentions.push_back(std::move(m));
}

}  // namespace newsgraph
