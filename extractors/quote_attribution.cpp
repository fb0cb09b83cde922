// Attribution patterns in the words next to a quotation, and the component's entry point.
#include "extractors/quote_attribution.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/quote_attributor.hpp"

namespace newsgraph::quote_detail {

Attributor::Attributor(const Document& doc, const std::vector<FoundQuote>& quotes, const std::set<std::string>& verbs,
                       const std::vector<Position>& positions, const TitleLexicon& titles,
                       std::vector<scan::Token> tokens)
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

std::vector<Attribution> Attributor::run() {
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

bool Attributor::in_quote(std::size_t t) const {
    return std::any_of(quote_tokens_.begin(), quote_tokens_.end(),
                       [&](const auto& q) { return t >= q.first && t < q.second; });
}

// Speech verb at token t, possibly two words ("pointed out", "according to").
std::size_t Attributor::verb_at(std::size_t t) const {
    if (t >= words_.size()) return 0;
    if (t + 1 < words_.size() && verbs_.count(words_[t] + " " + words_[t + 1])) return 2;
    return verbs_.count(words_[t]) ? 1 : 0;
}

const scan::Placed* Attributor::mention_at(std::size_t t) const {
    while (t < words_.size() && (is_honorific(words_[t]) || words_[t] == "the") && !scan::starting_at(placed_, t)) ++t;
    return scan::starting_at(placed_, t);
}

// Words from t up to punctuation that end in a title ("UN chief"): their end token, or t when not a role.
std::size_t Attributor::role_phrase_end(std::size_t t, std::size_t limit) const {
    std::size_t end = t;
    while (end < limit && end < t + kRoleWords && tokens_[end].word && !verb_at(end)) ++end;
    for (std::size_t stop = end; stop > t; --stop)
        for (std::size_t k = t; k < stop; ++k)
            if (titles_.match(words_, k) == stop - k) return stop;
    return t;
}

// Words ending right before t that end in a title: their first token, or t when not a role.
std::size_t Attributor::role_phrase_begin(std::size_t t, std::size_t floor) const {
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
Candidate Attributor::after_quote(std::size_t qi) const {
    Candidate c;
    // A split quote carries its attribution between its pieces.
    bool split = quotes_[qi].parts.size() > 1 && !quotes_[qi].paragraphs;
    std::size_t t = split ? scan::token_at_or_after(tokens_, quotes_[qi].parts.front().end) : quote_tokens_[qi].second;
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
Candidate Attributor::before_quote(std::size_t qi) const {
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

// True when quote i follows quote i-1 in the same paragraph with only its attribution between
// (no other person or organization named outside that attribution, no new paragraph).
bool Attributor::continues(std::size_t i, const Attribution& previous) const {
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

}  // namespace newsgraph::quote_detail

namespace newsgraph {

std::vector<Attribution> attribute_quotes(const Document& doc, const std::vector<FoundQuote>& quotes,
                                          const std::set<std::string>& speech_verbs,
                                          const std::vector<Position>& positions, const TitleLexicon& titles,
                                          std::vector<scan::Token> tokens) {
    quote_detail::Attributor attributor(doc, quotes, speech_verbs, positions, titles, std::move(tokens));
    return attributor.run();
}

}  // namespace newsgraph
