// Attribution patterns around a quotation, then pronoun and role resolution.
#include "extractors/quote_attribution.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/speech_clause.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/title_holders.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {

constexpr std::size_t kAfterWindow = 12;       // tokens after a quote searched for "he said"
constexpr std::size_t kBeforeWindow = 30;      // tokens before a quote searched for "X said:"
constexpr std::size_t kAppositionTokens = 14;  // "Khaled Al-Maeena, editor at large at the Saudi Gazette, said"
constexpr std::size_t kLeadWords = 4;          // "team member Rodaba Noori told", "Professor Eastman said"
constexpr std::size_t kRoleWords = 6;          // "UN refugee agency chief"

enum class Gender { Unknown, Male, Female };

enum class CandidateKind { None, Entity, Pronoun, Role };

// What the words next to a quote say about its speaker, before resolution.
struct Candidate {
    CandidateKind kind = CandidateKind::None;
    std::size_t entity = 0;
    std::string pronoun;
    std::size_t role_first = 0, role_end = 0;  // token range of a role phrase
    std::size_t first = 0, end = 0;            // token range of the attribution
    std::string rule;
    double confidence = 0.0;  // when set, the confidence of a speaker found from the context
};

// Speaker pronouns, honorifics and the words between a speaker and the speech verb: lexicons/word_lists.tsv.
bool is_pronoun(const std::string& w) { return has(word_list("speaker pronoun"), w); }
bool is_honorific(const std::string& w) { return has(word_list("honorific"), w); }
bool is_adverb(const std::string& w) { return has(word_list("speech adverb"), w); }
// The gender word `w` marks by the word lists `male` and `female`.
Gender gender_of(const std::string& w, std::string_view male, std::string_view female) {
    if (has(word_list(male), w)) return Gender::Male;
    return has(word_list(female), w) ? Gender::Female : Gender::Unknown;
}
bool is_boundary(const std::string& w) { return w == "." || w == "?" || w == "!" || w == ";"; }
// Punctuation between a quote and its attribution: commas, dashes, closing marks.
bool is_skippable(const std::string& w) {
    return w == "," || w == "-" || w == "\u2014" || w == "\u2013" || w == "\"" || w == "\u201D" || w == "'" ||
           w == "\u2019";
}
// Verbs whose object is the listener, not the speaker ("told Reuters").
bool is_listener_verb(const std::string& w) { return has(word_list("listener verb"), w); }
bool is_dash(const std::string& w) { return w == "-" || w == "\u2014" || w == "\u2013"; }
bool is_speaker_class(EntityClass cls) { return cls == EntityClass::Person || cls == EntityClass::Organization; }

class Attributor {
public:
    Attributor(const Document& doc, const std::vector<FoundQuote>& quotes, const std::set<std::string>& verbs,
               const std::vector<Position>& positions, const TitleLexicon& titles, std::vector<scan::Token> tokens)
        : doc_(doc),
          quotes_(quotes),
          verbs_(verbs),
          positions_(positions),
          titles_(titles),
          paragraphs_(doc.text),
          tokens_(std::move(tokens)) {
        words_.reserve(tokens_.size());
        for (const auto& t : tokens_) words_.push_back(t.low);
        placed_ = scan::place_mentions(doc, tokens_, Span{0, doc.text.size()});
        holders_ = std::make_unique<TitleHolders>(doc.text, tokens_, placed_, positions, titles);
        for (const auto& q : quotes) {
            std::size_t first = scan::token_at_or_after(tokens_, q.outer.begin);
            std::size_t end = scan::token_at_or_after(tokens_, q.outer.end);
            quote_tokens_.push_back({first, end});
        }
        find_genders();
    }

    std::vector<Attribution> run() {
        std::vector<Attribution> result;
        for (std::size_t i = 0; i < quotes_.size(); ++i) {
            // A quote over several paragraphs is introduced before it ("X said: ...") more often than after.
            bool introduced_first = quotes_[i].paragraphs;
            Candidate c = from_tree(i);
            if (c.kind == CandidateKind::None) c = introduced_first ? before_quote(i) : after_quote(i);
            if (c.kind == CandidateKind::None) c = introduced_first ? after_quote(i) : before_quote(i);
            result.push_back(resolve(i, c));
            if (!result.back().found && i > 0 && result[i - 1].found && continues(i, result[i - 1])) {
                // "A," X said. "B." -- B goes on in X's voice.
                Attribution& a = result.back();
                a = result[i - 1];
                a.rule = "quote/continuation";
                a.span = quotes_[i].outer;
                speakers_.push_back(a.speaker);
            }
            if (!result.back().found) result.back() = resolve(i, from_context(i, result));
        }
        return result;
    }

private:
    const Document& doc_;
    const std::vector<FoundQuote>& quotes_;
    const std::set<std::string>& verbs_;
    const std::vector<Position>& positions_;
    const TitleLexicon& titles_;
    scan::Paragraphs paragraphs_;
    std::vector<scan::Token> tokens_;
    std::vector<std::string> words_;
    std::vector<scan::Placed> placed_;
    std::vector<std::pair<std::size_t, std::size_t>> quote_tokens_;
    std::map<std::size_t, Gender> gender_;
    std::vector<std::size_t> speakers_;  // resolved speakers, in order
    std::unique_ptr<TitleHolders> holders_;

    std::size_t paragraph_of_token(std::size_t t) const { return paragraphs_.of(tokens_[t].span.begin); }

    bool in_quote(std::size_t t) const {
        return std::any_of(quote_tokens_.begin(), quote_tokens_.end(),
                           [&](const auto& q) { return t >= q.first && t < q.second; });
    }

    // Speech verb at token t, possibly two words ("pointed out", "according to").
    std::size_t verb_at(std::size_t t) const {
        if (t >= words_.size()) return 0;
        if (t + 1 < words_.size() && verbs_.count(words_[t] + " " + words_[t + 1])) return 2;
        return verbs_.count(words_[t]) ? 1 : 0;
    }

    void find_genders() {
        for (const auto& p : placed_) {
            if (p.cls != EntityClass::Person) continue;
            std::size_t at = p.first;
            std::string title;
            if (is_honorific(words_[at]) && words_[at] != ".")
                title = words_[at];
            else if (at >= 1 && words_[at - 1] != "." && is_honorific(words_[at - 1]))
                title = words_[at - 1];
            else if (at >= 2 && words_[at - 1] == "." && is_honorific(words_[at - 2]))
                title = words_[at - 2];
            Gender gender = gender_of(title, "male honorific", "female honorific");
            if (gender != Gender::Unknown) gender_[p.entity] = gender;
        }
    }

    const scan::Placed* mention_at(std::size_t t) const {
        while (t < words_.size() && (is_honorific(words_[t]) || words_[t] == "the") && !scan::starting_at(placed_, t))
            ++t;
        return scan::starting_at(placed_, t);
    }

    // Words from t up to punctuation that end in a title ("UN chief"): their end token, or t when not a role.
    std::size_t role_phrase_end(std::size_t t, std::size_t limit) const {
        std::size_t end = t;
        while (end < limit && end < t + kRoleWords && tokens_[end].word && !verb_at(end)) ++end;
        for (std::size_t stop = end; stop > t; --stop)
            for (std::size_t k = t; k < stop; ++k)
                if (titles_.match(words_, k) == stop - k) return stop;
        return t;
    }

    // Words ending right before t that end in a title: their first token, or t when not a role.
    std::size_t role_phrase_begin(std::size_t t, std::size_t floor) const {
        std::size_t first = t;
        while (first > floor && t - first < kRoleWords && tokens_[first - 1].word) --first;
        for (std::size_t k = first; k < t; ++k)
            if (titles_.match(words_, k) == t - k) {
                if (scan::ending_at(placed_, t) && scan::ending_at(placed_, t)->cls == EntityClass::Person) return t;
                return first;
            }
        return t;
    }

    // "...," he said / X said / said X / according to X / says UN chief.
    Candidate after_quote(std::size_t qi) const {
        Candidate c;
        // A split quote carries its attribution between its pieces.
        bool split = quotes_[qi].parts.size() > 1 && !quotes_[qi].paragraphs;
        std::size_t t =
            split ? scan::token_at_or_after(tokens_, quotes_[qi].parts.front().end) : quote_tokens_[qi].second;
        std::size_t limit = std::min(words_.size(), t + kAfterWindow);
        if (qi + 1 < quotes_.size()) limit = std::min(limit, quote_tokens_[qi + 1].first);
        std::size_t paragraph = paragraphs_.of(split ? quotes_[qi].outer.begin : quotes_[qi].outer.end - 1);
        while (limit > t && paragraph_of_token(limit - 1) != paragraph) --limit;
        if (quotes_[qi].headline) {
            // Headlines put words between the quote and its attribution ("'...' in X fight, says UN chief").
            Span line = scan::sentence_span_at(doc_, quotes_[qi].outer.begin);
            std::size_t line_end = scan::token_at_or_after(tokens_, line.end);
            limit = std::min(limit, line_end);
            while (t < limit && !verb_at(t)) ++t;
        }
        bool dash = false;
        while (t < limit && is_skippable(words_[t])) {
            dash = dash || is_dash(words_[t]);
            ++t;
        }
        if (t >= limit) return c;
        c.first = t;
        // Epigraph: "..." - Matthew Ingram
        if (const auto* m = mention_at(t); dash && m && m->cls == EntityClass::Person &&
                                           (m->end >= words_.size() || paragraph_of_token(m->end) != paragraph)) {
            c.kind = CandidateKind::Entity;
            c.entity = m->entity;
            c.end = m->end;
            c.rule = "quote/dash-attribution";
            return c;
        }
        // Pronoun + verb.
        if (is_pronoun(words_[t])) {
            std::size_t v = t + 1;
            while (v < limit && is_adverb(words_[v])) ++v;
            if (verb_at(v)) {
                c.kind = CandidateKind::Pronoun;
                c.pronoun = words_[t];
                c.end = v + verb_at(v);
                c.rule = "quote/after-pronoun-verb";
                return c;
            }
        }
        // according to X
        if (t + 1 < limit && words_[t] == "according" && words_[t + 1] == "to") {
            if (const auto* m = mention_at(t + 2); m && is_speaker_class(m->cls)) {
                c.kind = CandidateKind::Entity;
                c.entity = m->entity;
                c.end = m->end;
                c.rule = "quote/according-to";
            }
            return c;
        }
        // Verb + speaker: said X / said he / says UN chief.
        if (std::size_t v = verb_at(t)) {
            std::size_t s = t + v;
            if (s < limit && is_pronoun(words_[s])) {
                c.kind = CandidateKind::Pronoun;
                c.pronoun = words_[s];
                c.end = s + 1;
                c.rule = "quote/after-verb-pronoun";
                return c;
            }
            std::size_t s2 = s;
            if (s2 < limit && words_[s2] == "the") ++s2;
            std::size_t role_end = role_phrase_end(s2, limit);
            const auto* m = mention_at(s);
            bool person_first = m && m->cls == EntityClass::Person;
            if (role_end > s2 && !person_first) {
                c.kind = CandidateKind::Role;
                c.role_first = s2;
                c.role_end = role_end;
                c.end = role_end;
                c.rule = "quote/after-verb-role";
                return c;
            }
            if (m && is_speaker_class(m->cls)) {
                c.kind = CandidateKind::Entity;
                c.entity = m->entity;
                c.end = m->end;
                c.rule = "quote/after-verb-speaker";
            }
            return c;
        }
        // Speaker + verb, possibly with an apposition between: X said / Smith, the minister, said;
        // a few lower-case or title words may lead the name ("team member Rodaba Noori told").
        const scan::Placed* lead = mention_at(t);
        for (std::size_t k = t + 1; !lead && k < limit && k <= t + kLeadWords && tokens_[k - 1].word; ++k) {
            const auto* m = scan::starting_at(placed_, k);
            if (m && m->cls == EntityClass::Person) lead = m;
        }
        if (const auto* m = lead; m && is_speaker_class(m->cls)) {
            for (std::size_t v = m->end; v < limit && v < m->end + kAppositionTokens; ++v) {
                if (is_boundary(words_[v])) break;
                if (verb_at(v)) {
                    c.kind = CandidateKind::Entity;
                    c.entity = m->entity;
                    c.end = v + verb_at(v);
                    c.rule = "quote/after-speaker-verb";
                    return c;
                }
                const auto* other = scan::starting_at(placed_, v);
                if (other && other->cls == EntityClass::Person && other->entity != m->entity) break;
            }
            return c;
        }
        // Role + verb: the minister said.
        std::size_t s = t;
        if (words_[s] == "the") ++s;
        std::size_t role_end = role_phrase_end(s, limit);
        if (role_end > s && verb_at(role_end)) {
            c.kind = CandidateKind::Role;
            c.role_first = s;
            c.role_end = role_end;
            c.end = role_end + verb_at(role_end);
            c.rule = "quote/after-role-verb";
        }
        return c;
    }

    // X said: "..." / X told Y that "..." / According to X, "..."
    Candidate before_quote(std::size_t qi) const {
        Candidate c;
        std::size_t end = quote_tokens_[qi].first;
        std::size_t floor = end > kBeforeWindow ? end - kBeforeWindow : 0;
        if (qi > 0) floor = std::max(floor, quote_tokens_[qi - 1].second);
        std::size_t paragraph = paragraphs_.of(quotes_[qi].outer.begin);
        std::size_t start = end;
        while (start > floor && !is_boundary(words_[start - 1]) && paragraph_of_token(start - 1) == paragraph) --start;
        if (start >= end) return c;
        // According to X, "..."
        for (std::size_t t = start; t + 1 < end; ++t) {
            if (words_[t] == "according" && words_[t + 1] == "to") {
                if (const auto* m = mention_at(t + 2); m && is_speaker_class(m->cls)) {
                    c.kind = CandidateKind::Entity;
                    c.entity = m->entity;
                    c.first = t;
                    c.end = m->end;
                    c.rule = "quote/according-to";
                    return c;
                }
            }
        }
        // The last speech verb before the quote, and its subject.
        std::size_t v = end;
        while (v > start && !verb_at(v - 1)) --v;
        if (v == start) return c;
        --v;
        if (verb_at(v) == 0 || words_[v] == "according") return c;
        c.first = v;
        c.end = v + verb_at(v);
        // Inverted: said X: "..." (not "told X", where X is the listener).
        const auto* inverted = is_listener_verb(words_[v]) ? nullptr : mention_at(v + verb_at(v));
        if (const auto* m = inverted; m && is_speaker_class(m->cls) && m->end <= end) {
            std::size_t after = m->end;
            if (after == end || words_[after] == ":" || words_[after] == ",") {
                c.kind = CandidateKind::Entity;
                c.entity = m->entity;
                c.end = m->end;
                c.rule = "quote/before-verb-speaker";
                return c;
            }
        }
        std::size_t s = v;
        while (s > start && is_adverb(words_[s - 1])) --s;
        if (s > start && is_pronoun(words_[s - 1])) {
            c.kind = CandidateKind::Pronoun;
            c.pronoun = words_[s - 1];
            c.first = s - 1;
            c.rule = "quote/before-pronoun-verb";
            return c;
        }
        std::size_t role_first = role_phrase_begin(s, start);
        if (role_first < s) {
            c.kind = CandidateKind::Role;
            c.role_first = words_[role_first] == "the" ? role_first + 1 : role_first;
            c.role_end = s;
            c.first = role_first;
            c.rule = "quote/before-role-verb";
            return c;
        }
        // The nearest person before the verb; an organization only when no person is named
        // ("Ann Lee, a curator at the University of X, said:" is Ann Lee speaking).
        const scan::Placed* speaker = nullptr;
        for (std::size_t k = s; k > start; --k) {
            const auto* m = scan::ending_at(placed_, k);
            if (!m || !is_speaker_class(m->cls) || m->first < start) continue;
            if (m->cls == EntityClass::Person) {
                speaker = m;
                break;
            }
            if (!speaker) speaker = m;
        }
        if (speaker) {
            c.kind = CandidateKind::Entity;
            c.entity = speaker->entity;
            c.first = speaker->first;
            c.rule = "quote/before-speaker-verb";
        }
        return c;
    }

    // True when the clause's verb or subject stands inside a quotation.
    bool clause_in_quote(const SpeechClause& clause) const {
        return in_quote(scan::token_at_or_after(tokens_, clause.verb.begin)) ||
               in_quote(scan::token_at_or_after(tokens_, clause.subject.begin));
    }

    // The person (else organization) named in tokens [first, end), or null.
    const scan::Placed* named_in(std::size_t first, std::size_t end) const {
        const scan::Placed* named = nullptr;
        for (const auto& p : placed_)
            if (p.first < end && p.end > first && is_speaker_class(p.cls) &&
                (!named || (p.cls == EntityClass::Person && named->cls != EntityClass::Person)))
                named = &p;
        return named;
    }

    // A candidate from a speaker phrase of the parse: a pronoun, a person or organization named in it, or a title.
    Candidate candidate_of(const SpeechClause& clause) const {
        Candidate c;
        std::size_t first = scan::token_at_or_after(tokens_, clause.subject.begin);
        std::size_t end = scan::token_at_or_after(tokens_, clause.subject.end);
        std::size_t verb = scan::token_at_or_after(tokens_, clause.verb.begin);
        c.first = std::min(first, verb);
        c.end = std::max(end, verb + 1);
        c.rule = clause.rule;
        if (clause.pronoun) {
            if (is_pronoun(clause.head_word)) {
                c.kind = CandidateKind::Pronoun;
                c.pronoun = clause.head_word;
            }
            return c;
        }
        if (!clause.name.empty()) {
            // "Tunisia's coach Nabil Maaloul": the person the title stands with, never another holder of it.
            const scan::Placed* person = named_in(scan::token_at_or_after(tokens_, clause.name.begin),
                                                  scan::token_at_or_after(tokens_, clause.name.end));
            if (person && person->cls == EntityClass::Person) {
                c.kind = CandidateKind::Entity;
                c.entity = person->entity;
                return c;
            }
            if (clause.apposed) return c;
        }
        if (const scan::Placed* named = named_in(first, end)) {
            c.kind = CandidateKind::Entity;
            c.entity = named->entity;
            return c;
        }
        std::size_t s = first < end && words_[first] == "the" ? first + 1 : first;
        for (std::size_t k = s; k < end; ++k)
            if (titles_.match(words_, k) == end - k || (k + 1 == end && holders_->abbreviation(words_[k]))) {
                c.kind = CandidateKind::Role;
                c.role_first = s;
                c.role_end = end;
                return c;
            }
        return c;
    }

    // The speaker the parse gives: the subject of the speech verb whose clause holds or neighbours the quote.
    Candidate from_tree(std::size_t qi) const {
        const FoundQuote& q = quotes_[qi];
        std::size_t first = doc_.sentence_at(q.outer.begin), last = doc_.sentence_at(q.outer.end - 1);
        std::vector<std::size_t> order{last};
        if (first != last) order.insert(q.paragraphs ? order.begin() : order.end(), first);
        for (std::size_t si : order) {
            if (si >= doc_.sentences.size()) continue;
            SpeechClause clause = speech_clause(doc_.sentences[si], q.outer, verbs_);
            if (!clause.found || clause_in_quote(clause)) continue;
            Candidate c = candidate_of(clause);
            if (c.kind != CandidateKind::None) return c;
        }
        return {};
    }

    // When nothing next to the quote names a speaker: the sentences around it (see quote_context rules).
    Candidate from_context(std::size_t qi, const std::vector<Attribution>& done) const {
        Candidate c = introduced(qi);
        if (c.kind == CandidateKind::None) c = partial(qi);
        if (c.kind == CandidateKind::None) c = previous_sentence(qi);
        if (c.kind == CandidateKind::None) c = paragraph_continuation(qi, done);
        if (c.kind != CandidateKind::None) c.confidence = confidence::kSpeakerContext;
        return c;
    }

    // Words of the quote's paragraph before it; true when there are none.
    bool opens_paragraph(std::size_t qi) const {
        std::size_t t = quote_tokens_[qi].first;
        return t == 0 || paragraph_of_token(t - 1) != paragraph_of_token(t);
    }

    // "Rathbun stated," / "X called the ruling "dangerous":" ending the paragraph before a quoted paragraph.
    Candidate introduced(std::size_t qi) const {
        std::size_t si = doc_.sentence_at(quotes_[qi].outer.begin);
        if (!opens_paragraph(qi) || si == 0 || si >= doc_.sentences.size()) return {};
        const Sentence& previous = doc_.sentences[si - 1];
        std::string_view text = doc_.view(previous.span);
        std::size_t end = text.find_last_not_of(" \n\"\u201D");
        if (end == std::string_view::npos || (text[end] != ':' && text[end] != ',')) return {};
        SpeechClause clause = last_speech_subject(previous, verbs_);
        if (!clause.found) clause = sentence_subject(previous, Span{});
        if (!clause.found || clause_in_quote(clause)) return {};
        Candidate c = candidate_of(clause);
        c.rule = "quote/tree-introduced";
        return c;
    }

    // A quote inside a sentence ("Smith called the plan 'a dangerous gamble'"): the sentence's subject, a person.
    Candidate partial(std::size_t qi) const {
        std::size_t si = doc_.sentence_at(quotes_[qi].outer.begin);
        if (si >= doc_.sentences.size()) return {};
        SpeechClause clause = partial_quote_subject(doc_.sentences[si], quotes_[qi].outer);
        if (!clause.found || clause_in_quote(clause)) return {};
        Candidate c = candidate_of(clause);
        if (c.kind == CandidateKind::Entity && doc_.entities[c.entity].cls != EntityClass::Person) return {};
        c.rule = "quote/tree-partial-subject";
        return c;
    }

    // A quote opening its sentence after "Heald noted ..." in the same paragraph: the one who was reported.
    Candidate previous_sentence(std::size_t qi) const {
        std::size_t si = doc_.sentence_at(quotes_[qi].outer.begin);
        if (si == 0 || si >= doc_.sentences.size() || opens_paragraph(qi)) return {};
        const Sentence& previous = doc_.sentences[si - 1];
        std::size_t t = quote_tokens_[qi].first;
        if (scan::token_at_or_after(tokens_, doc_.sentences[si].span.begin) != t || t == 0 || in_quote(t - 1))
            return {};
        SpeechClause clause = last_speech_subject(previous, verbs_);
        if (!clause.found || clause_in_quote(clause)) return {};
        Candidate c = candidate_of(clause);
        if (c.kind != CandidateKind::Entity || doc_.entities[c.entity].cls != EntityClass::Person) return {};
        c.rule = "quote/tree-previous-sentence";
        return c;
    }

    // A paragraph that is only a quote, after a paragraph that ends with an attributed quote: the same voice.
    Candidate paragraph_continuation(std::size_t qi, const std::vector<Attribution>& done) const {
        if (qi == 0 || !done[qi - 1].found || !opens_paragraph(qi)) return {};
        std::size_t paragraph = paragraph_of_token(quote_tokens_[qi].first);
        std::size_t end = quote_tokens_[qi].second;
        if (end < tokens_.size() && paragraph_of_token(end) == paragraph) return {};
        std::size_t previous_end = quote_tokens_[qi - 1].second;
        if (paragraph_of_token(quote_tokens_[qi - 1].first) + 1 != paragraph) return {};
        for (const auto& p : placed_)
            if (p.first >= previous_end && p.first < quote_tokens_[qi].first && is_speaker_class(p.cls) &&
                p.entity != done[qi - 1].speaker)
                return {};
        for (std::size_t t = previous_end; t < quote_tokens_[qi].first; ++t)
            if (is_boundary(words_[t]) && t + 1 < quote_tokens_[qi].first && tokens_[t + 1].word) return {};
        Candidate c;
        c.kind = CandidateKind::Entity;
        c.entity = done[qi - 1].speaker;
        c.first = quote_tokens_[qi].first;
        c.end = quote_tokens_[qi].first + 1;
        c.rule = "quote/paragraph-continuation";
        return c;
    }

    // True when quote i follows quote i-1 in the same paragraph with only its attribution between
    // (no other person or organization named outside that attribution, no new paragraph).
    bool continues(std::size_t i, const Attribution& previous) const {
        if (paragraphs_.of(quotes_[i].outer.begin) != paragraphs_.of(quotes_[i - 1].outer.begin)) return false;
        std::size_t from = quote_tokens_[i - 1].second;
        std::size_t to = quote_tokens_[i].first;
        if (to < from || to - from > kAppositionTokens + 4) return false;
        for (const auto& p : placed_)
            if (p.first >= from && p.first < to && is_speaker_class(p.cls) && p.entity != previous.speaker &&
                !previous.span.contains(doc_.mentions[p.mention].span) && !employs(p.entity, previous.speaker))
                return false;
        return true;
    }

    // "the charity's Ms. Okafor": when two people share the name, the one holding a position in the organization
    // the possessive refers to; else the candidate's own entity.
    std::size_t namesake_by_organization(const Candidate& c) const {
        for (const auto& m : placed_)
            if (m.first >= c.first && m.first < c.end && m.entity == c.entity && m.cls == EntityClass::Person)
                return namesake_by_organization(m);
        return c.entity;
    }

    std::size_t namesake_by_organization(const scan::Placed& m) const {
        const std::size_t own = m.entity;
        {
            std::size_t at = m.first;
            while (at > 0 && (is_honorific(words_[at - 1]) || (words_[at - 1] == "." && at >= 2))) --at;
            std::string noun;
            if (at >= 2 && (words_[at - 1] == "'s" || words_[at - 1] == "\u2019s"))
                noun = words_[at - 2];
            else if (at >= 1 && scan::ends_with_possessive(words_[at - 1]))
                noun = words_[at - 1].substr(
                    0, words_[at - 1].size() -
                           (words_[at - 1].back() == 's' && words_[at - 1][words_[at - 1].size() - 2] == '\'' ? 2 : 4));
            if (noun.empty() || !scan::is_organization_noun(noun)) return own;
            std::size_t org = scan::organization_before(doc_, tokens_[m.first].span.begin, noun);
            if (org == doc_.entities.size() || employs(org, own)) return own;
            // Another person holding a position there and sharing the written name.
            std::string written = fold(doc_.view(doc_.mentions[m.mention].span));
            std::size_t found = doc_.entities.size();
            for (const auto& p : positions_) {
                if (p.organization != org || p.person == own) continue;
                auto names = scan::folded_names(doc_.entities[p.person]);
                if (std::find(names.begin(), names.end(), written) == names.end()) continue;
                if (found != doc_.entities.size() && found != p.person) return own;
                found = p.person;
            }
            return found != doc_.entities.size() ? found : own;
        }
        return own;
    }

    // True when `person` holds a position in `organization` ("said X, Head of EC3": EC3 does not interrupt X).
    bool employs(std::size_t organization, std::size_t person) const {
        return std::any_of(positions_.begin(), positions_.end(),
                           [&](const Position& p) { return p.organization == organization && p.person == person; });
    }

    bool compatible(std::size_t entity, const std::string& pronoun) const {
        EntityClass cls = doc_.entities[entity].cls;
        if (has(word_list("organization speaker pronoun"), pronoun)) return cls == EntityClass::Organization;
        if (cls != EntityClass::Person) return false;
        auto g = gender_.find(entity);
        if (g == gender_.end() || g->second == Gender::Unknown) return true;
        return gender_of(pronoun, "male pronoun", "female pronoun") == g->second;
    }

    // The first person named outside quotes in the sentence before quote qi, when it introduces the quote.
    bool introducing_person(std::size_t qi, const std::string& pronoun, std::size_t& entity) const {
        std::size_t index = doc_.sentence_at(quotes_[qi].outer.begin);
        if (index == 0 || index >= doc_.sentences.size()) return false;
        const Sentence& previous = doc_.sentences[index - 1];
        std::string_view text = doc_.view(previous.span);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
        bool same_paragraph = paragraphs_.of(previous.span.begin) == paragraphs_.of(quotes_[qi].outer.begin);
        bool colon = !text.empty() && text.back() == ':';
        std::size_t first = scan::token_at_or_after(tokens_, previous.span.begin);
        std::size_t end = scan::token_at_or_after(tokens_, previous.span.end);
        // A paragraph that ends by reporting someone's words without quoting them ("Dr X, who visited Y, warned
        // that ...") hands the next paragraph's "he said" to that person, not to the last speaker.
        if (!same_paragraph && !colon) {
            for (const auto& q : quote_tokens_)
                if (q.first < end && q.second > first) return false;
            bool reports = false;
            for (std::size_t t = first; t < end && !reports; ++t) reports = verb_at(t) > 0;
            if (!reports) return false;
        }
        // The parse's subject of that sentence first, when it is a person.
        if (SpeechClause subject = sentence_subject(previous, Span{}); subject.found && !clause_in_quote(subject)) {
            Candidate c = candidate_of(subject);
            if (c.kind == CandidateKind::Entity && doc_.entities[c.entity].cls == EntityClass::Person) {
                std::size_t who = namesake_by_organization(c);
                if (!compatible(who, pronoun)) return false;
                entity = who;
                return true;
            }
        }
        for (const auto& p : placed_) {
            if (p.first < first || p.first >= end || in_quote(p.first) || p.cls != EntityClass::Person) continue;
            std::size_t who = namesake_by_organization(p);
            if (!compatible(who, pronoun)) return false;
            entity = who;
            return true;
        }
        return false;
    }

    // True when the pronoun's own sentence names, before it and outside quotes, a compatible person other than
    // `entity` ("Thomas' sister pleaded with him, but he replied"): the pronoun is ambiguous.
    bool rivalled(std::size_t qi, const Candidate& c, std::size_t entity) const {
        std::size_t si = doc_.sentence_at(tokens_[std::min(c.first, tokens_.size() - 1)].span.begin);
        if (si >= doc_.sentences.size()) si = doc_.sentence_at(quotes_[qi].outer.begin);
        if (si >= doc_.sentences.size()) return false;
        std::size_t first = scan::token_at_or_after(tokens_, doc_.sentences[si].span.begin);
        for (const auto& p : placed_)
            if (p.first >= first && p.first < c.first && !in_quote(p.first) && p.cls == EntityClass::Person &&
                p.entity != entity && compatible(p.entity, c.pronoun))
                return true;
        return false;
    }

    bool resolve_pronoun(std::size_t qi, const std::string& pronoun, std::size_t& entity) const {
        if (introducing_person(qi, pronoun, entity)) return true;
        for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
            if (compatible(*it, pronoun)) {
                entity = *it;
                return true;
            }
        }
        if (!speakers_.empty()) return false;
        // No one has spoken yet: the last person named before the quote.
        std::size_t before = quote_tokens_[qi].first;
        for (auto it = placed_.rbegin(); it != placed_.rend(); ++it) {
            if (it->first >= before || in_quote(it->first) || it->cls != EntityClass::Person) continue;
            if (!compatible(it->entity, pronoun)) return false;
            entity = it->entity;
            return true;
        }
        return false;
    }

    bool resolve_role(const Candidate& c, std::size_t& entity) const {
        if (resolve_position(c, entity)) return true;
        // "the Foreign Secretary", "the PM": the one person the article gave that title.
        std::vector<std::string> title;
        for (std::size_t k = c.role_first; k < c.role_end; ++k)
            if (tokens_[k].word && !(k == c.role_first && words_[k] == "the")) title.push_back(words_[k]);
        entity = holders_->holder(title, doc_.entities.size());
        return entity != doc_.entities.size();
    }

    bool resolve_position(const Candidate& c, std::size_t& entity) const {
        std::size_t title_first = c.role_end;
        for (std::size_t k = c.role_first; k < c.role_end; ++k)
            if (titles_.match(words_, k) == c.role_end - k) {
                title_first = k;
                break;
            }
        if (title_first == c.role_end) return false;
        std::string title;
        for (std::size_t k = title_first; k < c.role_end; ++k) title += (title.empty() ? "" : " ") + words_[k];
        std::string org_words;
        for (std::size_t k = c.role_first; k < title_first; ++k) {
            std::string w = words_[k];
            for (std::string_view suffix : {"'s", "\u2019s"})
                if (w.size() > suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0)
                    w.erase(w.size() - suffix.size());
            if (w == "'s" || w == "\u2019s") continue;
            org_words += (org_words.empty() ? "" : " ") + w;
        }
        std::size_t org = doc_.entities.size();
        if (!org_words.empty()) {
            org = scan::entity_named(doc_, org_words, EntityClass::Organization);
            if (org == doc_.entities.size()) return false;
        }
        TitleKind kind = titles_.kind(title);
        std::set<std::size_t> people;
        for (const auto& p : positions_) {
            if (org != doc_.entities.size() && p.organization != org) continue;
            bool fits =
                kind == TitleKind::Leader ? p.kind == TitleKind::Leader : fold(p.role).find(title) != std::string::npos;
            if (fits) people.insert(p.person);
        }
        if (people.size() != 1) return false;
        entity = *people.begin();
        return true;
    }

    Attribution resolve(std::size_t qi, const Candidate& c) {
        Attribution a;
        std::size_t entity = 0;
        bool ok = false;
        switch (c.kind) {
            case CandidateKind::None:
                break;
            case CandidateKind::Entity:
                entity = namesake_by_organization(c);
                ok = true;
                a.confidence = confidence::kSpeakerNamed;
                break;
            case CandidateKind::Pronoun:
                ok = resolve_pronoun(qi, c.pronoun, entity) && !rivalled(qi, c, entity);
                a.confidence = confidence::kSpeakerPronoun;
                if (Gender gender = gender_of(c.pronoun, "male pronoun", "female pronoun");
                    ok && gender != Gender::Unknown && !gender_.count(entity))
                    gender_[entity] = gender;
                break;
            case CandidateKind::Role:
                ok = resolve_role(c, entity);
                a.confidence = confidence::kSpeakerRole;
                break;
        }
        if (!ok) return a;
        if (c.confidence > 0.0) a.confidence = std::min(a.confidence, c.confidence);
        a.found = true;
        a.speaker = entity;
        a.rule = c.kind == CandidateKind::Pronoun ? c.rule + "+pronoun"
                 : c.kind == CandidateKind::Role  ? c.rule + "+position"
                                                  : c.rule;
        Span words{tokens_[std::min(c.first, tokens_.size() - 1)].span.begin,
                   tokens_[std::min(std::max(c.end, c.first + 1), tokens_.size()) - 1].span.end};
        a.span = Span{std::min(words.begin, quotes_[qi].outer.begin), std::max(words.end, quotes_[qi].outer.end)};
        speakers_.push_back(entity);
        return a;
    }
};

}  // namespace

std::vector<Attribution> attribute_quotes(const Document& doc, const std::vector<FoundQuote>& quotes,
                                          const std::set<std::string>& speech_verbs,
                                          const std::vector<Position>& positions, const TitleLexicon& titles,
                                          std::vector<scan::Token> tokens) {
    Attributor attributor(doc, quotes, speech_verbs, positions, titles, std::move(tokens));
    return attributor.run();
}

}  // namespace newsgraph
