// From a candidate to a speaker: names, pronouns (gender, antecedents, rivals) and titles resolved to a person.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/quote_attributor.hpp"
#include "language/phrase_index.hpp"

namespace newsgraph::quote_detail {

namespace {

// The gender a given name tells (lexicons/given_name_genders.tsv), by folded name.
Gender given_name_gender(const std::string& name) {
    static const std::unordered_map<std::string, Gender> genders = [] {
        std::unordered_map<std::string, Gender> map;
        for (const auto& row : tsv_resource("lexicons/given_name_genders.tsv"))
            if (row.size() >= 2) map.emplace(fold_token(row[0]), row[1] == "male" ? Gender::Male : Gender::Female);
        return map;
    }();
    const std::string first = fold_token(name.substr(0, name.find(' ')));
    auto found = genders.find(first);
    return found == genders.end() ? Gender::Unknown : found->second;
}

}  // namespace

void Attributor::find_genders() {
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
        // "Mr Mahmood's eldest daughter, Ayesha Mahmood": a kinship noun right before the name
        if (gender == Gender::Unknown && at >= 1) {
            const std::size_t noun = at >= 2 && words_[at - 1] == "," ? at - 2 : at - 1;
            gender = gender_of(words_[noun], "male noun", "female noun");
        }
        // "Natalie Cormier": a given name of one gender only
        const std::string& name = doc_.entities[p.entity].name;
        if (gender == Gender::Unknown && name.find(' ') != std::string::npos) gender = given_name_gender(name);
        if (gender != Gender::Unknown) gender_[p.entity] = gender;
    }
}

// "the charity's Ms. Okafor": when two people share the name, the one holding a position in the organization
// the possessive refers to; else the candidate's own entity.
std::size_t Attributor::namesake_by_organization(const Candidate& c) const {
    for (const auto& m : placed_)
        if (m.first >= c.first && m.first < c.end && m.entity == c.entity && m.cls == EntityClass::Person)
            return namesake_by_organization(m);
    return c.entity;
}

std::size_t Attributor::namesake_by_organization(const scan::Placed& m) const {
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
bool Attributor::employs(std::size_t organization, std::size_t person) const {
    return std::any_of(positions_.begin(), positions_.end(),
                       [&](const Position& p) { return p.organization == organization && p.person == person; });
}

bool Attributor::compatible(std::size_t entity, const std::string& pronoun) const {
    EntityClass cls = doc_.entities[entity].cls;
    if (has(word_list("organization speaker pronoun"), pronoun)) return cls == EntityClass::Organization;
    if (cls != EntityClass::Person) return false;
    auto g = gender_.find(entity);
    if (g == gender_.end() || g->second == Gender::Unknown) return true;
    return gender_of(pronoun, "male pronoun", "female pronoun") == g->second;
}

bool Attributor::opens_with_pronoun_alone(const Sentence& sentence, const std::string& pronoun) const {
    const std::size_t first = scan::token_at_or_after(tokens_, sentence.span.begin);
    const std::size_t end = scan::token_at_or_after(tokens_, sentence.span.end);
    const Gender gender = gender_of(pronoun, "male pronoun", "female pronoun");
    if (first >= end || gender == Gender::Unknown ||
        gender_of(words_[first], "male pronoun", "female pronoun") != gender)
        return false;
    return std::none_of(placed_.begin(), placed_.end(), [&](const scan::Placed& p) {
        return p.first >= first && p.first < end && p.cls == EntityClass::Person && !in_quote(p.first);
    });
}

// The first person named outside quotes in the sentence before quote qi, when it introduces the quote.
Introduced Attributor::introducing_person(std::size_t qi, const std::string& pronoun, std::size_t& entity) const {
    std::size_t index = doc_.sentence_at(quotes_[qi].outer.begin);
    if (index == 0 || index >= doc_.sentences.size()) return Introduced::None;
    // "Roger Gallant said ... He and his wife left by boat. [new paragraph] '...,' he said": a sentence that
    // opens with the same pronoun and names no one hands it on to the sentence before it (twice at most); when
    // none introduces a person then, the pronoun is unclear rather than the last speaker's
    std::size_t back = 1;
    bool chained_report = false;
    while (back <= 2 && index > back && opens_with_pronoun_alone(doc_.sentences[index - back], pronoun)) {
        const Sentence& skipped = doc_.sentences[index - back];
        for (std::size_t t = scan::token_at_or_after(tokens_, skipped.span.begin);
             t < scan::token_at_or_after(tokens_, skipped.span.end); ++t)
            chained_report = chained_report || verb_at(t) > 0;
        ++back;
    }
    const bool chained = back > 1;
    const Introduced found = introducing_sentence(qi, doc_.sentences[index - back], pronoun, chained_report, entity);
    return chained && found == Introduced::None ? Introduced::Unclear : found;
}

Introduced Attributor::introducing_sentence(std::size_t qi, const Sentence& previous, const std::string& pronoun,
                                            bool reported, std::size_t& entity) const {
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
            if (q.first < end && q.second > first) return Introduced::None;
        bool reports = reported;
        // ("... Ayesha Mahmood, read a statement on behalf of the family.")
        static const WordSet& statements = word_list("statement noun");
        for (std::size_t t = first; t < end && !reports; ++t) reports = verb_at(t) > 0 || has(statements, words_[t]);
        if (!reports) return acting_subject(qi, previous, first, pronoun, entity);
    }
    // The parse's subject of that sentence when it is a person, else the first person named in it. The pronoun
    // is unclear when another person it can stand for is named before that subject ("For Kevin Allton, Warhol
    // was a legend. He said"), or, with no subject, when the sentence names two such people.
    std::size_t subject = doc_.entities.size(), named = doc_.entities.size();
    if (SpeechClause clause = sentence_subject(previous, Span{}); clause.found && !clause_in_quote(clause)) {
        Candidate c = candidate_of(clause);
        if (c.kind == CandidateKind::Entity && doc_.entities[c.entity].cls == EntityClass::Person)
            subject = namesake_by_organization(c);
    }
    // The people the pronoun can stand for named before the subject (all of them when there is none).
    std::set<std::size_t> fitting;
    for (const auto& p : placed_) {
        if (p.first < first || p.first >= end || in_quote(p.first) || p.cls != EntityClass::Person) continue;
        // "Mr Mahmood's eldest daughter, Ayesha Mahmood, read": an owner is not the one who acts
        if (owns_next(p)) continue;
        std::size_t person = namesake_by_organization(p);
        if (named == doc_.entities.size()) named = person;
        if (subject != doc_.entities.size() && person == subject) break;
        if (compatible(person, pronoun)) fitting.insert(person);
    }
    std::size_t who = subject != doc_.entities.size() ? subject : named;
    if (who == doc_.entities.size() || !compatible(who, pronoun)) return Introduced::None;
    if (fitting.size() > (subject == doc_.entities.size() ? 1U : 0U)) return Introduced::Unclear;
    entity = who;
    return Introduced::Person;
}

Introduced Attributor::acting_subject(std::size_t qi, const Sentence& previous, std::size_t first,
                                      const std::string& pronoun, std::size_t& entity) const {
    const std::size_t none = doc_.entities.size();
    std::size_t person = none;
    if (SpeechClause clause = sentence_subject(previous, Span{}); clause.found && !clause_in_quote(clause)) {
        Candidate c = candidate_of(clause);
        if (c.kind == CandidateKind::Entity && doc_.entities[c.entity].cls == EntityClass::Person)
            person = namesake_by_organization(c);
    }
    // (with no subject in the parse: the one person the sentence names)
    const std::size_t end = scan::token_at_or_after(tokens_, previous.span.end);
    std::set<std::size_t> fitting;  // the people named there the pronoun can stand for
    for (const auto& p : placed_) {
        if (p.first < first || p.first >= end || in_quote(p.first) || p.cls != EntityClass::Person) continue;
        if (std::size_t named = namesake_by_organization(p); compatible(named, pronoun)) fitting.insert(named);
    }
    if (person == none && fitting.size() == 1) person = *fitting.begin();
    if (person == none || !compatible(person, pronoun)) return fitting.empty() ? Introduced::None : Introduced::Unclear;
    auto last =
        std::find_if(speakers_.rbegin(), speakers_.rend(), [&](std::size_t s) { return compatible(s, pronoun); });
    // (with no one who spoke before, the person named last is the one meant)
    if (last == speakers_.rend() || *last == person) return Introduced::None;
    // the person is new there, and the quote's paragraph names them after it: "... was written by Ignacio
    // Bustamante, a hydrologist ... '...,' he said. Mr. Bustamante said"
    auto named =
        std::find_if(placed_.begin(), placed_.end(), [&](const scan::Placed& p) { return p.entity == person; });
    if (named == placed_.end() || named->first < first) return Introduced::Unclear;
    const std::size_t paragraph = paragraphs_.of(quotes_[qi].outer.begin);
    const bool confirmed = std::any_of(placed_.begin(), placed_.end(), [&](const scan::Placed& p) {
        return p.entity == person && p.first >= quote_tokens_[qi].second && !in_quote(p.first) &&
               paragraphs_.of(tokens_[p.first].span.begin) == paragraph;
    });
    if (!confirmed) return Introduced::Unclear;
    entity = person;
    return Introduced::Person;
}

// True when the pronoun's own sentence names, before it and outside quotes, a compatible person other than
// `entity` ("Thomas' sister pleaded with him, but he replied"): the pronoun is ambiguous.
bool Attributor::rivalled(std::size_t qi, const Candidate& c, std::size_t entity) const {
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

bool Attributor::resolve_pronoun(std::size_t qi, const std::string& pronoun, std::size_t& entity) const {
    switch (introducing_person(qi, pronoun, entity)) {
        case Introduced::Person:
            return true;
        case Introduced::Unclear:
            return false;
        case Introduced::None:
            break;
    }
    // the last speaker the pronoun fits; one of unknown gender is unclear when an earlier speaker is known to be of
    // the pronoun's ("Priyanka Rathore ... Rajesh Khatri said ... '...,' she said": either may be meant)
    auto known = [&](std::size_t s) {
        auto g = gender_.find(s);
        return g != gender_.end() && g->second != Gender::Unknown;
    };
    for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
        if (!compatible(*it, pronoun)) continue;
        if (!known(*it) && std::any_of(std::next(it), speakers_.rend(),
                                       [&](std::size_t s) { return s != *it && known(s) && compatible(s, pronoun); }))
            return false;
        entity = *it;
        return true;
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

bool Attributor::resolve_role(const Candidate& c, std::size_t& entity) const {
    if (resolve_position(c, entity)) return true;
    // "the Foreign Secretary", "the PM": the one person the article gave that title.
    std::vector<std::string> title;
    for (std::size_t k = c.role_first; k < c.role_end; ++k)
        if (tokens_[k].word && !(k == c.role_first && words_[k] == "the")) title.push_back(words_[k]);
    entity = holders_->holder(title, doc_.entities.size());
    return entity != doc_.entities.size();
}

bool Attributor::resolve_position(const Candidate& c, std::size_t& entity) const {
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

Attribution Attributor::resolve(std::size_t qi, const Candidate& c) {
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

}  // namespace newsgraph::quote_detail
