// Speakers read from the parse: the speech clause of a quote, and the sentences around a quote that names none.
#include <algorithm>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/organization_references.hpp"
#include "extractors/quote_attributor.hpp"

namespace newsgraph::quote_detail {

// True when the clause's verb or subject stands inside a quotation.
bool Attributor::clause_in_quote(const SpeechClause& clause) const {
    return in_quote(scan::token_at_or_after(tokens_, clause.verb.begin)) ||
           in_quote(scan::token_at_or_after(tokens_, clause.subject.begin));
}

bool Attributor::owns_next(const scan::Placed& p) const {
    return (p.end < words_.size() && (words_[p.end] == "'s" || words_[p.end] == "\u2019s")) ||
           (p.end > p.first && scan::ends_with_possessive(words_[p.end - 1]));
}

// The person (else organization) named in tokens [first, end), or null.
const scan::Placed* Attributor::named_in(std::size_t first, std::size_t end) const {
    const scan::Placed* named = nullptr;
    for (const auto& p : placed_) {
        if (p.first >= end || p.end <= first || !is_speaker_class(p.cls)) continue;
        // "Serem's coach, Marco Bellandi, said": a person who owns the speaker is not the speaker (a body that owns
        // one speaks through them: "Interpol's spokesman")
        if (p.cls == EntityClass::Person && owns_next(p)) continue;
        if (!named || (p.cls == EntityClass::Person && named->cls != EntityClass::Person)) named = &p;
    }
    return named;
}

// A candidate from a speaker phrase of the parse: a pronoun, a person or organization named in it, or a title.
Candidate Attributor::candidate_of(const SpeechClause& clause) const {
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
        // "a spokesman for Interpol said": the organization speaks through them
        if (person && has(word_list("spokesperson noun"), clause.head_word)) {
            c.kind = CandidateKind::Entity;
            c.entity = person->entity;
            c.rule += "+spokesperson";
            return c;
        }
    }
    // "a spokeswoman for the authority said": the organization the article names by that noun
    if (clause.body.size() > 0 && has(word_list("spokesperson noun"), clause.head_word)) {
        refer_to_organization(c, clause.body.begin, ascii_lower(doc_.view(clause.body)), "+spokesperson+reference");
        return c;
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
    // "the company said": the organization the article has named most, as the parse's relations read it
    const std::size_t noun = end - 1;
    const bool definite = noun == s && s > 0 && words_[s - 1] == "the";  // the parse's phrase leaves "the" out
    if (first + 1 == end && definite && has(word_list("organization noun"), words_[noun]))
        refer_to_organization(c, tokens_[noun].span.begin, words_[noun], "+reference");
    return c;
}

void Attributor::refer_to_organization(Candidate& c, std::size_t at, const std::string& noun,
                                       std::string_view rule) const {
    int org = most_named_organization(doc_, at, noun, has(word_list("generic organization noun"), noun));
    if (org < 0) return;
    c.kind = CandidateKind::Entity;
    c.entity = static_cast<std::size_t>(org);
    c.rule += rule;
    c.confidence = confidence::kSpeakerPronoun;
}

// The speaker the parse gives: the subject of the speech verb whose clause holds or neighbours the quote.
Candidate Attributor::from_tree(std::size_t qi) const {
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
Candidate Attributor::from_context(std::size_t qi, const std::vector<Attribution>& done) const {
    Candidate c = introduced(qi);
    if (c.kind == CandidateKind::None) c = partial(qi);
    if (c.kind == CandidateKind::None) c = previous_sentence(qi);
    if (c.kind == CandidateKind::None) c = paragraph_continuation(qi, done);
    if (c.kind != CandidateKind::None) c.confidence = confidence::kSpeakerContext;
    return c;
}

// Words of the quote's paragraph before it; true when there are none.
bool Attributor::opens_paragraph(std::size_t qi) const {
    std::size_t t = quote_tokens_[qi].first;
    return t == 0 || paragraph_of_token(t - 1) != paragraph_of_token(t);
}

// "Rathbun stated," / "X called the ruling "dangerous":" ending the paragraph before a quoted paragraph.
Candidate Attributor::introduced(std::size_t qi) const {
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
Candidate Attributor::partial(std::size_t qi) const {
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
Candidate Attributor::previous_sentence(std::size_t qi) const {
    std::size_t si = doc_.sentence_at(quotes_[qi].outer.begin);
    if (si == 0 || si >= doc_.sentences.size() || opens_paragraph(qi)) return {};
    const Sentence& previous = doc_.sentences[si - 1];
    std::size_t t = quote_tokens_[qi].first;
    if (scan::token_at_or_after(tokens_, doc_.sentences[si].span.begin) != t || t == 0 || in_quote(t - 1)) return {};
    SpeechClause clause = last_speech_subject(previous, verbs_);
    if (!clause.found || clause_in_quote(clause)) return {};
    Candidate c = candidate_of(clause);
    if (c.kind != CandidateKind::Entity || doc_.entities[c.entity].cls != EntityClass::Person) return {};
    c.rule = "quote/tree-previous-sentence";
    return c;
}

// A paragraph that is only a quote, after a paragraph that ends with an attributed quote: the same voice.
Candidate Attributor::paragraph_continuation(std::size_t qi, const std::vector<Attribution>& done) const {
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

}  // namespace newsgraph::quote_detail
