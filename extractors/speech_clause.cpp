// Speech verbs, their subjects and "according to" over a sentence's dependency tree.
#include "extractors/speech_clause.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/text_scan.hpp"

namespace newsgraph {

namespace {

using Words = std::vector<Word>;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr int kSubjectHops = 3;
// Sentences longer than this are left to the word patterns: the tree look-ups are quadratic in the words.
constexpr std::size_t kMaxWords = 300;  // "X said and added", "X went on to say": heads climbed to find a subject

bool has_relation(const Word& w, std::string_view rel) {
    return w.deprel == rel ||
           (w.deprel.size() > rel.size() && w.deprel.compare(0, rel.size(), rel) == 0 && w.deprel[rel.size()] == ':');
}

bool is_speech_verb(const Words& w, std::size_t i, const std::set<std::string>& verbs) {
    const Word& word = w[i];
    if (word.upos != "VERB" || has_relation(word, "case") || has_relation(word, "amod")) return false;
    std::string form = ascii_lower(word.form);
    if (form == "according") return false;
    if (verbs.count(form) || verbs.count(ascii_lower(word.lemma))) return true;
    return i + 1 < w.size() && verbs.count(form + " " + ascii_lower(w[i + 1].form)) > 0;
}

std::size_t child(const Words& w, std::size_t head, std::string_view rel) {
    for (std::size_t i = 0; i < w.size(); ++i)
        if (w[i].head == static_cast<int>(head) && has_relation(w[i], rel)) return i;
    return kNone;
}

// True when word `head` has a dependent by `rel` whose form is `form` (lower case).
bool has_child(const Words& w, std::size_t head, std::string_view rel, std::string_view form) {
    for (std::size_t i = 0; i < w.size(); ++i)
        if (w[i].head == static_cast<int>(head) && has_relation(w[i], rel) && ascii_lower(w[i].form) == form)
            return true;
    return false;
}

// The subject of verb v: its own nsubj, or that of the verb it is conjoined to or completes.
std::size_t subject_of(const Words& w, std::size_t v) {
    for (int hop = 0; hop < kSubjectHops; ++hop) {
        if (std::size_t s = child(w, v, "nsubj"); s != kNone && !has_relation(w[s], "nsubj:pass")) return s;
        if (w[v].head < 0 || !(has_relation(w[v], "conj") || has_relation(w[v], "xcomp"))) return kNone;
        v = static_cast<std::size_t>(w[v].head);
    }
    return kNone;
}

bool is_name_part(const Word& w) {
    return has_relation(w, "compound") || has_relation(w, "flat") || has_relation(w, "amod") || w.deprel == "nmod:desc";
}

// The words of the phrase headed by h that name it: h with its compound, flat and modifier words, contiguous.
Span phrase_of(const Words& w, std::size_t h) {
    std::vector<bool> in(w.size(), false);
    in[h] = true;
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t i = 0; i < w.size(); ++i)
            if (!in[i] && w[i].head >= 0 && in[static_cast<std::size_t>(w[i].head)] && is_name_part(w[i]))
                in[i] = grew = true;
    }
    std::size_t first = h, last = h;
    while (first > 0 && in[first - 1]) --first;
    while (last + 1 < w.size() && in[last + 1]) ++last;
    return Span{w[first].span.begin, w[last].span.end};
}

// True when word a lies under word h (or is h).
bool descends_from(const Words& w, std::size_t a, std::size_t h) {
    for (std::size_t steps = 0; steps < w.size(); ++steps) {
        if (a == h) return true;
        if (w[a].head < 0) return false;
        a = static_cast<std::size_t>(w[a].head);
    }
    return false;
}

// The last word of the run of h's dependents right after it ("Minister of Public Works").
std::size_t phrase_end(const Words& w, std::size_t h) {
    std::size_t end = h;
    while (end + 1 < w.size() && descends_from(w, end + 1, h) && w[end + 1].form != ",") ++end;
    return end;
}

SpeechClause make(const Words& w, std::size_t verb, std::size_t subject, std::string rule) {
    SpeechClause c;
    c.found = true;
    c.verb = w[verb].span;
    c.subject = phrase_of(w, subject);
    auto name_child = [&](std::string_view rel) {
        for (std::size_t i = 0; i < w.size() && c.name.empty(); ++i)
            if (w[i].head == static_cast<int>(subject) && w[i].upos == "PROPN" && has_relation(w[i], rel)) {
                c.name = phrase_of(w, i);
                c.apposed = rel == "appos";
            }
    };
    name_child("appos");
    // "the Crown prosecutor, Mark Tedeschi, QC, \"...\"" parsed with the name outside the noun's phrase: the name
    // written right after the noun and a comma is its apposition all the same; so is a name parsed as a second
    // subject of the verb ("Malaysia's Prime Minister, Najib Razak said")
    const std::size_t comma = phrase_end(w, subject) + 1, after = comma + 1;
    const bool second_subject = after < w.size() && w[after].head == w[subject].head && has_relation(w[after], "nsubj");
    if (c.name.empty() && (w[subject].upos == "NOUN" || (w[subject].upos == "PROPN" && second_subject)) &&
        after < w.size() && w[comma].form == "," && w[after].upos == "PROPN") {
        c.name = phrase_of(w, after);
        c.apposed = true;
    }
    name_child("nmod");
    // "a spokeswoman for the authority": the body a definite noun after "for" stands for
    for (std::size_t i = 0; i < w.size() && c.name.empty() && c.body.empty(); ++i)
        if (w[i].head == static_cast<int>(subject) && w[i].upos == "NOUN" && has_relation(w[i], "nmod") &&
            has_child(w, i, "det", "the") && has_child(w, i, "case", "for"))
            c.body = w[i].span;
    c.head_word = ascii_lower(w[subject].form);
    c.pronoun = w[subject].upos == "PRON";
    c.rule = std::move(rule);
    return c;
}

// The speaker of speech verb v: its subject, or, with the quote before the verb, the object the parse made of an
// inverted subject ("\"We are ready,\" said a spokeswoman for the company").
std::size_t speaker_of(const Words& w, std::size_t v, const std::vector<bool>& inside) {
    if (std::size_t subject = subject_of(w, v); subject != kNone) return subject;
    bool quote_before = false;
    for (std::size_t j = 0; j < v && !quote_before; ++j) quote_before = inside[j];
    std::size_t object = child(w, v, "obj");
    return quote_before && object != kNone && object > v && !inside[object] ? object : kNone;
}

// True when the speech verb v and the quote's words are linked by a clause: the quote is v's complement,
// or v is a parenthetical ("..., he said, ...") on a word of the quote.
bool governs(const Words& w, const std::vector<bool>& inside, std::size_t v) {
    static const std::vector<std::string_view> complements{"ccomp", "parataxis", "obj", "xcomp", "dep", "advcl"};
    auto is_complement = [&](const Word& x) {
        return std::any_of(complements.begin(), complements.end(), [&](auto rel) { return has_relation(x, rel); });
    };
    for (std::size_t j = 0; j < w.size(); ++j)
        if (inside[j] && w[j].head == static_cast<int>(v) && is_complement(w[j])) return true;
    return w[v].head >= 0 && inside[static_cast<std::size_t>(w[v].head)] && is_complement(w[v]);
}

std::size_t distance(const Words& w, const std::vector<bool>& inside, std::size_t i) {
    std::size_t best = kNone;
    for (std::size_t j = 0; j < w.size(); ++j)
        if (inside[j]) best = std::min(best, j > i ? j - i : i - j);
    return best;
}

// The phrases that name a quote's source before it ("according to", "in the words of"): the multi-word forms
// of patterns/speech_verbs.tsv with the rule quote/according-to, in lower case, word by word.
const std::vector<std::vector<std::string>>& source_phrases() {
    static const std::vector<std::vector<std::string>> phrases = [] {
        std::vector<std::vector<std::string>> out;
        for (const auto& row : tsv_resource("patterns/speech_verbs.tsv")) {
            if (row.size() < 3 || row[1] != "quote/according-to") continue;
            std::vector<std::string> words = scan::split_cue(ascii_lower(row[2]));
            if (words.size() > 1) out.push_back(std::move(words));
        }
        return out;
    }();
    return phrases;
}

// The noun or name right after word `at` (past determiners), the head of its name; kNone when another word
// follows.
std::size_t noun_after(const Words& w, std::size_t at) {
    std::size_t next = at + 1;
    while (next < w.size() && w[next].upos == "DET") ++next;
    if (next >= w.size() || (w[next].upos != "PROPN" && w[next].upos != "NOUN")) return kNone;
    while (w[next].deprel.rfind("flat", 0) == 0 && w[next].head >= 0) next = static_cast<std::size_t>(w[next].head);
    return next;
}

// True when the phrase's words stand at w[i...], outside the quote.
bool phrase_at(const Words& w, const std::vector<bool>& inside, std::size_t i, const std::vector<std::string>& words) {
    if (i + words.size() > w.size()) return false;
    for (std::size_t k = 0; k < words.size(); ++k)
        if (inside[i + k] || ascii_lower(w[i + k].form) != words[k]) return false;
    return true;
}

// "according to X", "in the words of X": X, outside the quote.
std::size_t according_to(const Words& w, const std::vector<bool>& inside, std::size_t& marker) {
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        for (const auto& phrase : source_phrases()) {
            if (!phrase_at(w, inside, i, phrase)) continue;
            marker = i;
            // The phrase marks X: its first or last word is X's case marker ("according" with "to" fixed to it,
            // "of"); or a parse that made "according" a verb has X as its object.
            std::size_t last = i + phrase.size() - 1;
            std::size_t source = kNone;
            for (std::size_t at : {last, i}) {
                const auto head = static_cast<std::size_t>(w[at].head);
                bool beyond = w[at].head >= 0 && (head < i || head > last);  // not a word of the phrase itself
                if (source == kNone && has_relation(w[at], "case") && beyond) source = head;
            }
            if (source == kNone) source = child(w, i, "obj");
            if (source == kNone) source = child(w, i, "obl");
            if (source == kNone) source = noun_after(w, last);  // a parse that lost the phrase's structure
            if (source != kNone && !inside[source]) return source;
        }
    }
    return kNone;
}

}  // namespace

SpeechClause speech_clause(const Sentence& s, Span quote, const std::set<std::string>& verbs) {
    const Words& w = s.words;
    if (w.size() > kMaxWords) return {};
    std::vector<bool> inside(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) inside[i] = quote.contains(w[i].span);
    std::size_t governing = kNone, nearest = kNone;
    for (std::size_t v = 0; v < w.size(); ++v) {
        if (inside[v] || !is_speech_verb(w, v, verbs)) continue;
        std::size_t subject = speaker_of(w, v, inside);
        if (subject == kNone || inside[subject]) continue;
        if (governs(w, inside, v) && (governing == kNone || distance(w, inside, v) < distance(w, inside, governing)))
            governing = v;
        if (nearest == kNone || distance(w, inside, v) < distance(w, inside, nearest)) nearest = v;
    }
    if (governing != kNone) {
        SpeechClause c = make(w, governing, speaker_of(w, governing, inside), "quote/tree-subject");
        c.governs = true;
        return c;
    }
    std::size_t marker = kNone;
    if (std::size_t source = according_to(w, inside, marker); source != kNone)
        return make(w, marker, source, "quote/tree-according-to");
    if (nearest != kNone) return make(w, nearest, speaker_of(w, nearest, inside), "quote/tree-subject");
    return {};
}

SpeechClause sentence_subject(const Sentence& s, Span exclude) {
    const Words& w = s.words;
    if (w.size() > kMaxWords) return {};
    for (std::size_t root = 0; root < w.size(); ++root) {
        if (w[root].head >= 0) continue;
        if (exclude.contains(w[root].span)) return {};
        std::size_t subject = subject_of(w, root);
        if (subject == kNone || exclude.contains(w[subject].span)) return {};
        return make(w, root, subject, "quote/tree-sentence-subject");
    }
    return {};
}

namespace {

// "which", "who", "that" opening a relative clause: the tagger's wh-pronoun and wh-determiner tags
bool is_relative_pronoun(const Word& word) { return word.xpos == "WDT" || word.xpos == "WP"; }

}  // namespace

SpeechClause partial_quote_subject(const Sentence& s, Span quote) {
    const Words& w = s.words;
    if (w.size() > kMaxWords) return {};
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (!quote.contains(w[i].span) || w[i].head < 0 || quote.contains(w[static_cast<std::size_t>(w[i].head)].span))
            continue;
        // A word of the quote attached outside it: the quote may not hold that word's subject (but a relative
        // "which" or "who": a relative clause the parse hung on the sentence is no clause of the quote's own).
        if (std::size_t subject = child(w, i, "nsubj");
            subject != kNone && quote.contains(w[subject].span) && !is_relative_pronoun(w[subject]))
            return {};
    }
    SpeechClause c = sentence_subject(s, quote);
    if (c.found) c.rule = "quote/tree-partial-subject";
    return c;
}

SpeechClause last_speech_subject(const Sentence& s, const std::set<std::string>& verbs) {
    const Words& w = s.words;
    if (w.size() > kMaxWords) return {};
    for (std::size_t v = w.size(); v-- > 0;) {
        if (!is_speech_verb(w, v, verbs)) continue;
        if (std::size_t subject = subject_of(w, v); subject != kNone)
            return make(w, v, subject, "quote/tree-introduced");
    }
    return {};
}

}  // namespace newsgraph
