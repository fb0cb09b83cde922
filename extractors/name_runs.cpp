// Reading one capitalized run: trimmed, split at coordinators, titles and connectors, typed by head words and
// evidence, or kept for the second pass.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/gazetteer_extractor.hpp"
#include "extractors/name_scan.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

void NameScan::process(std::size_t b, std::size_t e, int depth) {
    if (depth > 6 || party_of_plural(b, e, depth) || regional_body(b, e, depth) || !trim_run(b, e)) return;
    if (split_coordination(b, e, depth) || split_at_title(b, e, depth) || person_then_affiliation(b, e, depth) ||
        head_word_name(b, e, depth) || partly_known(b, e, depth) || evidence_class(b, e) ||
        split_connectors(b, e, depth))
        return;
    defer(b, e);
}

// Narrows [b, e) past a title that ends inside it, leading articles, connectors, never-names and sentence-initial
// common words, and trailing connectors; false when nothing unknown is left.
bool NameScan::trim_run(std::size_t& b, std::size_t& e) const {
    // "director General Suleiman al-Amr": a title that starts before the run and ends inside it is no part of a name
    for (std::size_t start = b >= 3 ? b - 3 : 0; start < b; ++start) {
        std::size_t length = title_at(start);
        if (start + length > b && start + length < e) {
            b = start + length;
            break;
        }
    }
    // trim determiners, sentence-initial common words, weekdays and months
    while (b < e) {
        const std::string& w = folded_[b];
        if (is(Cue::Determiner, b) || conn(b)) {
            ++b;
            continue;
        }
        // (a group noun before the possessive inside a name stays: "the Workers' Party")
        if (!covered_[b] && x_.lexicons_.is_non_name(w) && !(b + 1 < e && possessive_inside_name(b + 1))) {
            ++b;
            continue;
        }
        // "Speaking for the Association ...": a sentence-initial word the parse reads as a verb or function word
        if (!covered_[b] && initial_position(b) && function_word(b) && !x_.lexicons_.is_given_name(w)) {
            ++b;
            continue;
        }
        // "Shares of the Detroit-based Chrysler Corp. fell": a sentence-initial word the parse reads as a common
        // noun before a connector, unless it may head a name ("Ministry of Defence") or be a given name
        if (!covered_[b] && initial_position(b) && upos_[b] == "NOUN" && b + 1 < e && is(Cue::OfWord, b + 1) &&
            is_lower_word(words_[b + 1]) && !x_.lexicons_.head(w) && !x_.lexicons_.is_given_name(w) && !title_at(b)) {
            ++b;
            continue;
        }
        // "Nurse Jane Smith was injured", "Actor Orlando Bloom": a sentence-initial person noun says who the name
        // after it is; it is no part of it, nor of a body's name ("Student Loans Company")
        if (!covered_[b] && initial_position(b) && b + 1 < e && is(Cue::PersonNoun, b) &&
            !x_.lexicons_.is_given_name(w) && !x_.lexicons_.head(folded_[e - 1])) {
            ++b;
            continue;
        }
        // "the Detroit-based Chrysler Corp.", "a Saudi-led coalition": a first word with an ordinary lower-case tail
        // describes the name that follows
        if (lower_tail(words_[b])) {
            ++b;
            continue;
        }
        // "Democrat Nancy Pelosi", "Republican Senator John Thune": a party before a title or a given name says
        // which party the person belongs to; it is no part of the person's name
        static const WordSet& parties = word_list("party adjective");
        if (!covered_[b] && b + 2 < e && has(parties, w) &&
            (title_at(b + 1) || x_.lexicons_.is_given_name(folded_[b + 1]))) {
            ++b;
            continue;
        }
        // "Team Estonia had ...": an initial head word before a known name is part of a name
        bool head_before_known = x_.lexicons_.head(w) && b + 1 < e && covered_[b + 1];
        if (!covered_[b] && initial_position(b) && !is_acronym(words_[b]) && lower_words_.count(w) &&
            !head_before_known && (!x_.lexicons_.is_given_name(w) || w.find('-') != std::string::npos) &&
            !title_at(b)) {
            ++b;
            continue;
        }
        break;
    }
    e = trimmed_end(b, e);
    if (b >= e) return false;
    bool all_covered = true;
    for (std::size_t k = b; k < e; ++k) all_covered = all_covered && covered_[k];
    return !all_covered;
}

std::size_t NameScan::trimmed_end(std::size_t b, std::size_t e) const {
    // ("the United Auto Workers union": a plural before a lower-case organization noun ends the union's name)
    bool before_organization_noun =
        e < words_.size() && is_lower_word(words_[e]) && scan::is_organization_noun(folded_[e]) && e - b >= 2;
    while (e > b && (conn(e - 1) || (x_.lexicons_.is_non_name(folded_[e - 1]) && !before_organization_noun) ||
                     party_after_body(b, e)))
        --e;
    return e;
}

bool NameScan::party_after_body(std::size_t b, std::size_t e) const {
    static const WordSet& parties = word_list("party adjective");
    if (e - b < 2 || !has(parties, folded_[e - 1]) || !organization_head_in(b, e - 1)) return false;
    // "the Senate Republican leader": a lower-case word (a title, "members") follows; not "Senate Republicans"
    return e < words_.size() && is_lower_word(words_[e]);
}

bool NameScan::organization_head_in(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e; ++k) {
        const HeadWord* head = x_.lexicons_.head(folded_[k]);
        if (head && head->cls == EntityClass::Organization && cap(k)) return true;
    }
    return false;
}

// "the Commission and UNODC": splits at a coordinator when the sides stand alone; true when it split.
bool NameScan::split_coordination(std::size_t b, std::size_t e, int depth) {
    // "the Commission and UNODC", "Mary & Leigh Block": split on "and" when the sides stand alone;
    // "Office on Drugs and Crime" stays whole.
    // "the Synthetic Media and AI Transparency Regulation": a law's or an agreement's name holds its "and"
    if (ends_in_goal_head(e)) return false;
    // "the Gordon and Betty Moore Foundation": a couple's given names before the name of their body
    const HeadWord* last_head = x_.lexicons_.head(folded_[e - 1]);
    const bool body = last_head && last_head->cls == EntityClass::Organization && cap(e - 1);
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
        if (!is(Cue::Coordinator, k)) continue;
        if (body && k == b + 1 && e - k >= 4 && x_.lexicons_.is_given_name(folded_[b]) &&
            x_.lexicons_.is_given_name(folded_[k + 1]))
            return false;
        // "Merrill Lynch & Co.": a legal form alone after the coordinator makes one company of the run
        if (k + 2 == e && is(Cue::LegalForm, k + 1)) continue;
        // ("the Institute for Strategy and Competitiveness": a head word after "for" or "of" is no name's end)
        bool left_ends_head = x_.lexicons_.head(folded_[k - 1]) != nullptr;
        for (std::size_t t = b; t + 1 < k && left_ends_head; ++t) left_ends_head = !conn(t);
        bool right_known = covered_[k + 1] || is_acronym(words_[k + 1]) || x_.lexicons_.is_given_name(folded_[k + 1]);
        // "Miami and Fairfax County, Va.": a known name that ends right before the coordinator stands alone
        right_known = right_known || (covered_[k - 1] && !covered_[k + 1]);
        bool left_person = x_.lexicons_.is_given_name(folded_[b]) && !covered_[b];
        if (left_ends_head || right_known || left_person) {
            process(b, k, depth + 1);
            process(k + 1, e, depth + 1);
            return true;
        }
    }
    return false;
}

bool NameScan::company_of_title_noun(std::size_t b, std::size_t e) const {
    static const WordSet& company_titles = word_list("company title");
    if (e - b > 3 || e >= words_.size() || b == 0 || !has(company_titles, folded_[e])) return false;
    // the title ends the phrase ("executive," but not "an executive order")
    const std::string_view next = e + 1 < words_.size() ? upos_[e + 1] : std::string_view("PUNCT");
    if (next == "NOUN" || next == "PROPN" || next == "ADJ" || (next.empty() && is_wordlike(words_[e + 1])))
        return false;
    std::size_t before = b - 1;  // "a former": past the word that says the post is over
    if (is(Cue::Former, before) && before > 0) --before;
    if (!is(Cue::Determiner, before) || (b - before == 1 && x_.lexicons_.is_given_name(folded_[b]))) return false;
    for (std::size_t k = b; k < e; ++k)
        if (!cap(k) || covered_[k] || title_at(k)) return false;
    return true;
}

// "Chrysler Chairman Lee Iacocca": an unknown name of up to three capitalized words, a title and the words of a
// name in one run; the first name is the body the title is held at. Not before a public office, where an unknown
// name is as likely a place ("Kilifi Governor Gideon Mung'aro").
bool NameScan::organization_before_title(std::size_t b, std::size_t p, std::size_t q, std::size_t e) const {
    static const WordSet& offices = word_list("public office");
    if (p - b > 3 || q >= e || conn(q) || demonym_run(b, p)) return false;
    // "Senior researcher Mu Li": a sentence-initial ordinary word is no name
    if (p - b == 1 && initial_position(b) && x_.lexicons_.is_common_word(folded_[b])) return false;
    for (std::size_t k = p; k < q; ++k)
        if (has(offices, folded_[k])) return false;
    for (std::size_t k = b; k < p; ++k)
        if (!cap(k) || covered_[k] || title_at(k) || x_.lexicons_.is_given_name(folded_[k])) return false;
    return true;
}

// A title inside the run splits it: the words after it may be the person holding it; true when one was found.
bool NameScan::split_at_title(std::size_t b, std::size_t e, int depth) {
    // Titles split a run: "United Nations Secretary-General António Guterres".
    for (std::size_t p = b; p < e; ++p) {
        std::size_t length = title_at(p);
        if (!length || p + length > e || covered_[p] || title_in_name(b, p, length, e)) continue;
        // "Sheriff's Department": a title that owns a body inside the run is part of the body's name
        if (p + length < e && is_possessive(words_[p + length])) continue;
        // "Association of Chief Fire Officers": a title after a connector, with a body's head word before, is
        // part of the body's name
        if (p > b && conn(p - 1) && organization_head_in(b, p)) continue;
        // a run-final title after a connector belongs to a name ("Ministry of Justice"); after a name it is a
        // post held there ("State Department Spokesperson")
        if (p > b && p + length == e) {
            if (conn(p - 1)) continue;
            process(b, p, depth + 1);
            return true;
        }
        std::size_t q = p + length;
        if (p > b && organization_before_title(b, p, q, e))
            emit(b, p, EntityClass::Organization, surface(b, p), confidence::kOrganizationBeforeTitle,
                 "organization_before_title");
        else if (p > b)
            process(b, p, depth + 1);
        if (q < e && conn(q)) {
            // "CEO of the Refugee Council Enver Solomon": after the last head word or lexicon match, a name;
            // "Minister of Education Stefania Giannini": a person from a given name on, or the last two
            // words before a speech verb
            std::size_t g = q + 1;
            for (std::size_t t = q + 1; t < e; ++t)
                if (covered_[t] || x_.lexicons_.head(folded_[t])) g = t + 1;
            bool after_affiliation = g > q + 1 && e - g >= 2 && e - g <= 4;
            if (!after_affiliation) {
                g = q + 1;
                while (g < e && !x_.lexicons_.is_given_name(folded_[g])) ++g;
                bool speech = e < folded_.size() && x_.lexicons_.is_speech_verb(folded_[e]);
                if (g == e && speech && e >= q + 4) g = e - 2;
            }
            // "Minister of Public Works": the words after "of" name a portfolio, never a person
            std::size_t before = pending_.size();
            process(q + 1, g, depth + 1);
            for (std::size_t i = before; i < pending_.size(); ++i) pending_[i].plain = pending_[i].listable = false;
            if (g < e && e - g >= 2)
                emit(g, e, EntityClass::Person, surface(g, e), confidence::kPersonAfterTitleGap, "title");
            return true;
        }
        if (q < e) {
            std::size_t r = q;
            while (r < e && (!conn(r) || (r > q && particles_before_name(r, e)))) ++r;
            bool known = true;
            for (std::size_t k = q; k < r; ++k) known = known && covered_[k];
            // "Lord Mayor": a title after a title is one post, not a person
            bool post = title_at(q) >= r - q;
            if (!post && !known && !one_letter(q, r) && !x_.lexicons_.head(folded_[r - 1]))
                emit(q, r, EntityClass::Person, surface(q, r), confidence::kPersonAfterTitle, "title");
            else if (!post)
                process(q, r, depth + 1);
            if (r < e) process(r, e, depth + 1);
        }
        return true;
    }
    return false;
}

bool NameScan::party_of_plural(std::size_t b, std::size_t e, int depth) {
    for (std::size_t p = b + 1; p < e; ++p) {
        if (!covered_[p] || !x_.lexicons_.is_non_name(folded_[p]) || (p + 1 < e && !conn(p + 1))) continue;
        // "Voters backed the Christian Democrats on Sunday": the plural may end the run or come before a connector
        const std::size_t from = body_words_before(b, p);
        if (from == p || initial_position(from) || !lexicon_organization_at(s_->tokens[p])) return false;
        take_in_known(b, from, s_->tokens[p], p + 1, e, "party_of_plural", depth);
        return true;
    }
    return false;
}

std::size_t NameScan::body_words_before(std::size_t b, std::size_t k) const {
    std::size_t from = k;
    while (from > b && k - from < 2 && cap(from - 1) && !is_acronym(words_[from - 1]) && !covered_[from - 1] &&
           !x_.lexicons_.head(folded_[from - 1]) && !title_at(from - 1) && !is(Cue::Determiner, from - 1) &&
           !demonym_run(from - 1, from))
        --from;
    return from;
}

bool NameScan::lexicon_organization_at(Span span) const {
    return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
        return m.span == span && m.cls == EntityClass::Organization && m.rule.starts_with("gazetteer/");
    });
}

void NameScan::take_in_known(std::size_t b, std::size_t from, Span known, std::size_t end, std::size_t e,
                             const std::string& rule, int depth) {
    emit(from, end, EntityClass::Organization, surface(from, end), confidence::kHeadWordOrganization, rule);
    swallowed_.push_back(known);
    if (from > b) process(b, from, depth + 1);
    if (end < e) process(end, e, depth + 1);
}

bool NameScan::particles_before_name(std::size_t k, std::size_t e) const {
    std::size_t t = k;
    while (t < e && t < k + 3 && is(Cue::Particle, t)) ++t;
    return t > k && t < e && cap(t);
}

bool NameScan::title_in_name(std::size_t b, std::size_t p, std::size_t length, std::size_t e) const {
    if (p != b || length != 1 || e - b < 3 || e - b > 4 || !cap(e - 1) || !x_.lexicons_.head(folded_[e - 1]))
        return false;
    for (std::size_t k = b; k < e; ++k)
        if (conn(k) || covered_[k]) return false;
    return true;
}

// "Alvin Yeung of Civic Party": a person, then "of" and the body; true when read so.
bool NameScan::person_then_affiliation(std::size_t b, std::size_t e, int depth) {
    // "Alvin Yeung of Civic Party": a person, then an affiliation.
    for (std::size_t k = b + 2; k + 1 < e && k <= b + 4; ++k) {
        if (!is(Cue::OfWord, k)) continue;
        std::string rule;
        double confidence = confidence::kPersonEvidenceUnset;
        bool no_head = true;
        for (std::size_t t = b; t < k; ++t) no_head = no_head && !x_.lexicons_.head(folded_[t]);
        if (no_head && !covered_[b] && person_evidence(b, k, rule, confidence) && rule != "speech" &&
            rule != "apposition") {
            emit(b, k, EntityClass::Person, surface(b, k), confidence, rule);
            // "Raymond Chan of People Power", "Nick Rhodes of Duran Duran": an unknown name after a person and "of"
            // is the body the person belongs to (known places are lexicon matches, so not read here)
            std::size_t body = k + 1 < e && is(Cue::Definite, k + 1) ? k + 2 : k + 1;
            bool unknown_body =
                body < e && e - body <= 3 && !(e - body == 1 && x_.lexicons_.is_non_name(folded_[body]));
            for (std::size_t t = body; t < e && unknown_body; ++t)
                unknown_body = is_capitalized(words_[t]) && !is_acronym(words_[t]) && !covered_[t] &&
                               !x_.lexicons_.head(folded_[t]) && !title_at(t) &&
                               !x_.lexicons_.is_given_name(folded_[t]);
            // the body must end the phrase: not "the Social Welfare constituency", "Studio 54", "the Neo Democrats"
            std::size_t n = words_.size();
            bool phrase_ends = e >= n || !is_wordlike(words_[e]) || conn(e) || is(Cue::ClauseWord, e) ||
                               x_.lexicons_.is_speech_verb(folded_[e]) ||
                               (is_lower_word(words_[e]) && cues_.ends_with(Cue::ParticipleEnding, folded_[e]));
            if (unknown_body && phrase_ends && !locative_before(body, e) && !region_after(e).size())
                emit(body, e, EntityClass::Organization, surface(body, e), confidence::kAffiliationOfPerson,
                     "affiliation_of_person");
            else
                process(k + 1, e, depth + 1);
            return true;
        }
        // "Tanya Chan of the Civic Party": a name-shaped pair before an organization's name
        bool org_after = false;
        for (std::size_t t = k + 1; t < e; ++t) {
            const HeadWord* head = x_.lexicons_.head(folded_[t]);
            org_after =
                org_after || (head && head->cls == EntityClass::Organization) || (covered_[t] && is_acronym(words_[t]));
        }
        // "James To of the Democratic Party": a given name, then an organization the lexicon knows
        std::size_t tail = k + 1 < e && is(Cue::Definite, k + 1) ? k + 2 : k + 1;
        bool known_org_tail = tail < e;
        for (std::size_t t = tail; t < e; ++t) known_org_tail = known_org_tail && covered_[t];
        if (known_org_tail) {
            bool org_mention = false;
            for (const Mention& m : doc_.mentions)
                org_mention = org_mention || (m.cls == EntityClass::Organization && m.span == span(tail, e));
            known_org_tail = org_mention;
        }
        bool given_pair = k - b >= 2 && k - b <= 3 && x_.lexicons_.is_given_name(folded_[b]);
        for (std::size_t t = b; t < k && given_pair; ++t)
            given_pair = is_capitalized(words_[t]) && !is_acronym(words_[t]);
        if (no_head && ((org_after && k - b <= 3 && name_shaped(b, k)) || (known_org_tail && given_pair))) {
            emit(b, k, EntityClass::Person, surface(b, k), confidence::kPersonOfOrganization, "person_of_org");
            process(k + 1, e, depth + 1);
            return true;
        }
        break;
    }
    return false;
}

// A run holding a head word ("Ministry", "Stadium") names a thing of that word's class; true when it had one.
bool NameScan::head_word_name(std::size_t b, std::size_t e, int depth) {
    std::size_t head_at = head_word_at(b, e);
    // "Park Joo-ho": a name-shaped run whose head word is not last is a person
    // (not after an organization noun: "local broadcaster Radio Bio-Bio")
    if (head_at == b && head_at + 1 != e && e - b <= 3 && hyphenated_surname(b, e) && !organization_noun_before(b)) {
        emit(b, e, EntityClass::Person, surface(b, e), confidence::kPersonNameShape, "name_shape");
        return true;
    }
    if (head_at == e) return false;
    const HeadWord* head = x_.lexicons_.head(folded_[head_at]);
    if (head_at > b && cap(head_at - 1))
        if (const HeadWord* compound = x_.lexicons_.compound_head(folded_[head_at - 1], folded_[head_at]))
            head = compound;
    if (e - b == 1) {
        if (b > 0 && is(Cue::Definite, b - 1)) short_form(b);
        return true;
    }
    // "University of Sheffield of the UK": a trailing "of the <country>" is not part of the name
    for (std::size_t k = head_at + 1; k + 2 < e; ++k) {
        if (!is(Cue::OfWord, k) || !is(Cue::Definite, k + 1)) continue;
        bool tail_known = true;
        for (std::size_t t = k + 2; t < e; ++t) tail_known = tail_known && covered_[t];
        bool earlier_of = false;
        for (std::size_t t = b; t < k; ++t) earlier_of = earlier_of || is(Cue::OfWord, t);
        if (tail_known && earlier_of) {
            process(b, k, depth + 1);
            return true;
        }
    }
    std::string name = surface(b, e);
    if (head->cls == EntityClass::Place) {
        std::string region = region_after(e);
        if (!region.empty()) name += ", " + region;
    }
    double confidence =
        head->cls == EntityClass::Organization ? confidence::kHeadWordOrganization : confidence::kHeadWordOther;
    if (!acronym_definition(b, e, head->cls, name)) emit(b, e, head->cls, name, confidence, "head_word");
    if (head_at == b) named_area(b, e);
    return true;
}

bool NameScan::ends_in_goal_head(std::size_t e) const {
    const HeadWord* last = x_.lexicons_.head(folded_[e - 1]);
    return last && last->cls == EntityClass::Goal && cap(e - 1) && !covered_[e - 1];
}

// The head word that decides the run's class: the last one before the first "of"-like connector; e when none.
std::size_t NameScan::head_word_at(std::size_t b, std::size_t e) const {
    // ("the Synthetic Media and AI Transparency Regulation": a law's head word last decides past an "and", though
    // not past "of" or "for": "the Department for Business, Energy and Industrial Strategy")
    bool only_coordinators = true;
    for (std::size_t k = b; k < e; ++k) only_coordinators = only_coordinators && (!conn(k) || is(Cue::Coordinator, k));
    if (only_coordinators && ends_in_goal_head(e)) return e - 1;
    std::size_t head_at = e;
    for (std::size_t k = b; k < e; ++k) {
        if (conn(k) && head_at != e) break;
        // ("the United States Hamdullah Mohib": a head word inside a lexicon name is that name's)
        if (!cap(k) || covered_[k] || !x_.lexicons_.head(folded_[k])) continue;
        // "School District", "Police Department": an organization word before a place word keeps it an organization
        // ("NTU Hospital Station" is a station: only an administrative area word stays with the organization)
        bool org_before = head_at != e && x_.lexicons_.head(folded_[head_at])->cls == EntityClass::Organization &&
                          x_.lexicons_.head(folded_[k])->cls == EntityClass::Place && is(Cue::AdministrativeArea, k);
        if (!org_before) head_at = k;
    }
    return head_at;
}

// "Joo-ho" or "Joo-Ho": the run has no connector and its last word ends in a short syllable after a hyphen.
bool NameScan::hyphenated_surname(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e; ++k)
        if (conn(k)) return false;
    std::string_view last = words_[e - 1];
    auto dash = last.find('-');
    if (dash == std::string_view::npos || dash + 1 >= last.size() || last.size() - dash - 1 > 5) return false;
    std::string_view tail = last.substr(dash + 1);
    return is_lower_word(tail) || (is_capitalized(tail) && !is_acronym(tail) && is_capitalized(last) &&
                                   !x_.lexicons_.is_common_word(fold_token(tail)));
}

// "Municipality of Bogliasco", "Province of Idlib": the place an administrative body is named after.
void NameScan::named_area(std::size_t b, std::size_t e) {
    if (!(b + 2 < e && is(Cue::OfWord, b + 1) && is(Cue::AdministrativeArea, b) && e - b - 2 <= 3)) return;
    for (std::size_t k = b + 2; k < e; ++k)
        if (!is_capitalized(words_[k]) || is_acronym(words_[k]) || covered_[k] || x_.lexicons_.head(folded_[k])) return;
    emit(b + 2, e, EntityClass::Place, surface(b + 2, e), confidence::kAdministrativeArea, "administrative_area");
}

// "the Dallas Cowboys", "the New York Yankees": a city or state, then one or two capitalized words of which the
// last is a plural, names a team or company of that place; true when read so.
bool NameScan::team_after_place(std::size_t b, std::size_t e) {
    std::size_t k = b;
    while (k < e && covered_[k]) ++k;
    if (k == b || k == e || e - k > 2) return false;
    for (std::size_t t = k; t < e; ++t)
        if (!cap(t) || is_acronym(words_[t]) || title_at(t) || is_possessive(words_[t])) return false;
    std::string_view last = words_[e - 1];
    if (last.size() < 4 || last.back() != 's' || last[last.size() - 2] == 's' || last[last.size() - 2] == '\'')
        return false;
    const Span prefix = span(b, k);
    const Mention* place =
        known_place_at(prefix.begin, [](const std::string& kind) { return kind == "city" || kind == "state"; });
    if (!place || place->span != prefix) return false;
    emit(b, e, EntityClass::Organization, surface(b, e), confidence::kTeamAfterPlace, "team_after_place");
    return true;
}

// "Valeska Paris" (a person whose surname is a place), or the parts around a lexicon match; true when handled.
bool NameScan::partly_known(std::size_t b, std::size_t e, int depth) {
    // (a person first: "Victoria Atkins" is no team for its surname's final s)
    if (given_name_place(b, e)) {
        emit(b, e, EntityClass::Person, surface(b, e), confidence::kPersonGivenName, "given_name_place");
        swallowed_.push_back(s_->tokens[b]);
        return true;
    }
    if (team_after_place(b, e) || body_before_known_body(b, e, depth) || place_opens_body(b, e)) return true;
    if (body_before_country(b, e)) return true;
    // "Valeska Paris": a person whose surname is also a place
    if (e - b >= 2 && e - b <= 3 && !covered_[b] && covered_[e - 1] && !covered_[e - 2]) {
        std::string rule;
        double confidence = confidence::kPersonEvidenceUnset;
        if (person_evidence(b, e, rule, confidence)) {
            emit(b, e, EntityClass::Person, surface(b, e), confidence, rule);
            return true;
        }
    }
    // Partly known runs: "the United States Hamdullah Mohib" -> parts around the lexicon match.
    for (std::size_t k = b; k < e; ++k) {
        if (!covered_[k]) continue;
        std::size_t end = k;
        while (end < e && covered_[end]) ++end;
        if (k > b) process(b, k, depth + 1);
        if (end < e) process(end, e, depth + 1);
        return true;
    }
    return false;
}

bool NameScan::body_before_country(std::size_t b, std::size_t e) {
    // "Statistics Canada", "Business Unity South Africa": ordinary nouns before a country name a national body
    // ("Modern Britain" is an adjective's; "Valeska Paris" a person's, her given name no ordinary word)
    std::size_t k = b;
    while (k < e && !covered_[k]) ++k;
    if (k == b || k == e || e - b > 5 || !x_.lexicons_.is_common_word(folded_[b]) ||
        x_.lexicons_.is_given_name(folded_[b]) || upos_[b] == "ADJ")
        return false;
    for (std::size_t t = b; t < k; ++t)
        if (!cap(t) || is_acronym(words_[t])) return false;
    const Mention* country =
        known_place_at(s_->tokens[k].begin, [](const std::string& kind) { return kind == "country"; });
    if (!country || country->span.end != s_->tokens[e - 1].end) return false;
    emit(b, e, EntityClass::Organization, surface(b, e), confidence::kHeadWordOrganization, "body_before_country");
    return true;
}

bool NameScan::given_name_place(std::size_t b, std::size_t e) const {
    if (e - b != 2 || !covered_[b] || covered_[b + 1] || !x_.lexicons_.is_given_name(folded_[b])) return false;
    if (article_before_name(b, e)) return false;
    const Mention* place = known_place_at(s_->tokens[b].begin, [](const std::string&) { return true; });
    if (!place || place->span != s_->tokens[b]) return false;
    // the second word: no ordinary word ("Georgia Power", "Jackson Hole"), body's head word, title or team's plural
    // ("Charlotte Hornets")
    const std::size_t k = b + 1;
    return !is_acronym(words_[k]) && !x_.lexicons_.is_common_word(folded_[k]) && !lower_words_.count(folded_[k]) &&
           !x_.lexicons_.head(folded_[k]) && !title_at(k) && !is(Cue::LegalForm, k) && upos_[k] != "NOUN" &&
           xpos_[k] != "NNPS";
}

bool NameScan::place_opens_body(std::size_t b, std::size_t e) {
    std::size_t end = b;  // past the place
    while (end < e && covered_[end]) ++end;
    if (end == b || end == e || end - b > 3 || apposition_class(e) != EntityClass::Organization) return false;
    const Span place = span(b, end);
    const Mention* known = known_place_at(place.begin, [](const std::string&) { return true; });
    if (!known || known->span != place) return false;
    emit(b, e, EntityClass::Organization, surface(b, e), confidence::kAppositionClass, "apposition_class");
    swallowed_.push_back(place);
    return true;
}

bool NameScan::regional_body(std::size_t b, std::size_t e, int depth) {
    while (b < e && is(Cue::Determiner, b)) ++b;  // ("The Wisconsin Department of ..." opening a sentence)
    if (b == e) return false;
    const Mention* place = known_place_at(s_->tokens[b].begin, [](const std::string& kind) {
        return kind == "state" || kind == "city" || kind == "region";
    });
    if (!place) return false;
    std::size_t k = b;  // past the place
    while (k < e && s_->tokens[k].end <= place->span.end) ++k;
    const HeadWord* head = k < e ? x_.lexicons_.head(folded_[k]) : nullptr;
    if (k == b || !head || head->cls != EntityClass::Organization || place->span != span(b, k)) return false;
    std::size_t end = k;
    while (end < e && covered_[end]) ++end;
    for (std::size_t last = end; last > k + 1; --last) {
        if (!lexicon_organization_at(span(k, last))) continue;
        emit(b, last, EntityClass::Organization, surface(b, last), confidence::kHeadWordOrganization, "head_word");
        swallowed_.push_back(span(k, last));
        if (last < e) process(last, e, depth + 1);
        return true;
    }
    return false;
}

bool NameScan::body_before_known_body(std::size_t b, std::size_t e, int depth) {
    std::size_t k = b;
    while (k < e && !covered_[k]) ++k;
    if (k == b || k == e) return false;
    std::size_t end = k;
    while (end < e && covered_[end]) ++end;
    const HeadWord* head = x_.lexicons_.head(folded_[end - 1]);
    if (!head || head->cls != EntityClass::Organization || end - k < 2) return false;
    const Span known{s_->tokens[k].begin, s_->tokens[end - 1].end};
    const std::size_t from = body_words_before(b, k);
    if (from == k || (initial_position(from) && x_.lexicons_.is_common_word(folded_[from])) ||
        !lexicon_organization_at(known))
        return false;
    take_in_known(b, from, known, end, e, "head_word", depth);
    return true;
}

// The class from evidence next to the run: an acronym definition, an apposition, person evidence, ", Texas".
bool NameScan::evidence_class(std::size_t b, std::size_t e) {
    // "Southern Cross Terminals (SCT)": an acronym defined right after the name makes it an organization
    if (e - b >= 2 && acronym_definition(b, e, EntityClass::Organization, surface(b, e))) return true;
    // "Klinikum Nordhafen, a 900-bed hospital", "Met Eireann, the national meteorological service"
    if (auto cls = apposition_class(e)) {
        emit(b, e, *cls, surface(b, e), confidence::kAppositionClass, "apposition_class");
        return true;
    }
    // "the IG Metall union", "the dissolved Pastef party": a name between "the" (and up to two lower-case words)
    // and a lower-case organization noun
    std::size_t before = b;
    while (before > 0 && b - before < 2 && is_lower_word(words_[before - 1]) && !is(Cue::Definite, before - 1))
        --before;
    bool capitals_only = true;
    for (std::size_t k = b; k < e; ++k) capitals_only = capitals_only && cap(k);
    // ("the American company Apple", "the Indian IT firm": a demonym says where the company is, it names none)
    // ("Brazil's Civil Defense agency": a possessive stands where the article does)
    const bool determined = (before > 0 && is(Cue::Definite, before - 1)) || (b > 0 && is_possessive(words_[b - 1]));
    if (capitals_only && determined && organization_noun_after(e) && !demonym_run(b, e) && !demonym_run(b, b + 1)) {
        emit(b, e, EntityClass::Organization, surface(b, e), confidence::kAppositionClass, "organization_noun_after");
        return true;
    }
    // "the mining company Vale", "the Spanish newspaper El Pais": the same noun right before the name
    if (capitals_only && organization_noun_before(b) && !title_at(b)) {
        emit(b, e, EntityClass::Organization, surface(b, e), confidence::kAppositionClass, "organization_noun_before");
        return true;
    }
    // "invested $4 billion in Anthropic": what one invests in or holds shares in is a company
    if (capitals_only && stake_before(b)) {
        emit(b, e, EntityClass::Organization, surface(b, e), confidence::kAppositionClass, "stake_before");
        return true;
    }
    // "Former Nissan chairman Carlos Ghosn": a lower-case company title and a capitalized name after the run
    std::size_t from = b;
    while (from + 1 < e && is(Cue::Former, from)) ++from;
    if (std::size_t title = e < words_.size() && is_lower_word(words_[e]) ? title_at(e) : 0;
        title > 0 && e + title < words_.size() && cap(e + title) && !is_acronym(words_[e + title]) &&
        organization_before_title(from, e, e + title, e + title + 1)) {
        emit(from, e, EntityClass::Organization, surface(from, e), confidence::kOrganizationBeforeTitle,
             "organization_before_title");
        return true;
    }
    if (company_of_title_noun(from, e)) {
        emit(from, e, EntityClass::Organization, surface(from, e), confidence::kOrganizationBeforeTitle,
             "organization_before_title");
        return true;
    }
    std::string rule;
    double confidence = confidence::kPersonEvidenceUnset;
    if (person_evidence(b, e, rule, confidence)) {
        if (e - b == 1 && is_acronym(words_[b])) {
            emit(b, e, EntityClass::Organization, surface(b, e), confidence::kSpeechAcronym, "speech_acronym");
        } else {
            // "Former Beatle George Harrison": the word that says a post is over is no part of the name
            emit(from, e, EntityClass::Person, surface(from, e), confidence, rule);
        }
        return true;
    }
    // "Irving, Texas": a name followed by a known state or country
    std::string region = region_after(e);
    if (!region.empty() && e - b <= 3) {
        emit(b, e, EntityClass::Place, surface(b, e) + ", " + region, confidence::kPlaceComma, "place_comma");
        return true;
    }
    return false;
}

bool NameScan::organization_noun_after(std::size_t e) const {
    for (std::size_t k = e; k < words_.size() && k <= e + 2 && is_lower_word(words_[k]); ++k) {
        if (scan::is_organization_noun(folded_[k])) return true;
        if (upos_[k] != "ADJ" && !upos_[k].empty()) return false;  // (no tags without a parse)
    }
    return false;
}

bool NameScan::organization_noun_before(std::size_t b) const {
    if (b < 2 || !is_lower_word(words_[b - 1]) || !scan::is_organization_noun(folded_[b - 1])) return false;
    if (!upos_[b - 1].empty() && upos_[b - 1] != "NOUN") return false;
    for (std::size_t k = b - 1; k > 0 && b - k <= 4; --k) {
        // agency style drops the article: "told local broadcaster Radio Bio-Bio", "said German carmaker Volkswagen"
        if (is(Cue::Definite, k - 1) || upos_[k - 1] == "ADP" || upos_[k - 1] == "VERB") return true;
        if (!is_lower_word(words_[k - 1]) && !demonym_run(k - 1, k)) return false;
    }
    return false;
}

bool NameScan::article_before_name(std::size_t b, std::size_t e) const {
    const bool noun_after = e < words_.size() && is_lower_word(words_[e]) && upos_[e] == "NOUN";
    return b > 0 && is(Cue::Definite, b - 1) && !noun_after;
}

bool NameScan::stake_before(std::size_t b) const {
    static const WordSet& stakes = word_list("stake noun");
    if (b < 2 || folded_[b - 1] != "in") return false;
    // the word of investing, then at most an amount or an adverb before "in"
    for (std::size_t k = b - 1; k > 0 && b - k <= 5; --k) {
        if (has(stakes, folded_[k - 1])) return true;
        if (!is_lower_word(words_[k - 1]) && !starts_with_digit(words_[k - 1]) && words_[k - 1] != "$") return false;
    }
    return false;
}

// Splits at a connector and reads the parts alone; true when it split.
bool NameScan::split_connectors(std::size_t b, std::size_t e, int depth) {
    // Split on connectors and try the parts alone.
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
        if (!conn(k) || is(Cue::Particle, k)) continue;
        process(b, k, depth + 1);
        process(k + 1, e, depth + 1);
        return true;
    }
    return false;
}

// Keeps the run for the second pass, with what its shape and place say about it.
void NameScan::defer(std::size_t b, std::size_t e) {
    bool place = e - b <= 3 && name_shaped(b, e) && !demonym_run(b, e) &&
                 (locative_before(b, e) || (e < words_.size() && is(Cue::PlaceNoun, e) && is_lower_word(words_[e])));
    bool plain = !place && e - b >= 2 && e - b <= 3 && !initial_position(b) && !title_at(b) && !title_before(b) &&
                 !article_before_name(b, e);
    for (std::size_t k = b; k < e && plain; ++k) {
        std::string_view w = words_[k];
        // no word may be a title ("Courts Correspondent") or shaped like a common word ("Animated Series")
        plain = is_capitalized(w) && !is_acronym(w) && !lower_words_.count(folded_[k]) &&
                !x_.lexicons_.is_non_name(folded_[k]) && w.find_first_of("0123456789") == std::string_view::npos &&
                !title_at(k) && !cues_.common_ending(folded_[k]);
        // "Prize-winner", "London-based": a compound with an ordinary lower-case tail is no name part
        auto dash = w.find('-');
        if (plain && dash != std::string_view::npos && dash + 1 < w.size() && is_lower_word(w.substr(dash + 1)))
            plain = !ordinary_suffix(w.substr(dash + 1));
    }
    // "Velvet Underground", "Easy Rider": with no other evidence a name needs a given name or an unusual word
    if (plain) {
        bool unusual = false;
        for (std::size_t k = b; k < e && !unusual; ++k)
            unusual = x_.lexicons_.is_given_name(folded_[k]) || !x_.lexicons_.is_common_word(folded_[k]);
        plain = unusual;
    }
    std::size_t n = words_.size();
    bool affiliation =
        e - b == 1 && is_acronym(words_[b]) && !is_initial(words_[b]) && words_[b].size() <= 6 &&
        ((b >= 2 && is(Cue::OfWord, b - 1) && cap(b - 2) && !initial_position(b - 2)) ||
         (b >= 3 && is(Cue::Definite, b - 1) && is(Cue::OfWord, b - 2) && cap(b - 3) && !initial_position(b - 3)) ||
         (e + 1 < n && is_possessive(words_[e]) && cap(e + 1) && !is_acronym(words_[e + 1])));
    bool possessor = e - b == 1 && !is_acronym(words_[b]) && e + 2 < n && is_possessive(words_[e]) && cap(e + 1) &&
                     cap(e + 2) && !is_acronym(words_[e + 1]) && !x_.lexicons_.is_given_name(folded_[b]) &&
                     !x_.lexicons_.is_common_word(folded_[b]) && !x_.lexicons_.is_non_name(folded_[b]);
    bool listable = e - b >= 2 && e - b <= 3 && !initial_position(b);
    for (std::size_t k = b; k < e && listable; ++k)
        listable = is_capitalized(words_[k]) && !is_acronym(words_[k]) && !covered_[k] &&
                   !x_.lexicons_.head(folded_[k]) && !x_.lexicons_.is_non_name(folded_[k]) && !title_at(k) &&
                   words_[k].find_first_of("0123456789") == std::string_view::npos;
    // "an analyst at Berenberg", "an economist with Nomura", "chief executive of Acme", "an adviser at ESET": a short
    // name or an acronym after the title of a post and a workplace word, or "of" after one that is no public office
    // ("the mayor of Tolna" is a place; "Professor of Medicine" is an honorific)
    static const WordSet& offices = word_list("public office");
    static const WordSet& body_offices = word_list("body office");  // ("president of Ibama")
    const bool acronym = e - b == 1 && is_acronym(words_[b]) && !is_initial(words_[b]) && words_[b].size() <= 6;
    bool workplace = e - b <= 3 && (name_shaped(b, e) || acronym) && b >= 2 && post_title_ends_at(b - 2) &&
                     (is(Cue::Workplace, b - 1) ||
                      (is(Cue::OfWord, b - 1) && (!has(offices, folded_[b - 2]) || has(body_offices, folded_[b - 2]))));
    Pending pending{
        si_,
        b,
        e,
        span(b, e),
        {folded_.begin() + static_cast<std::ptrdiff_t>(b), folded_.begin() + static_cast<std::ptrdiff_t>(e)},
        plain,
        place,
        affiliation,
        possessor,
        listable,
        workplace};
    pending_.push_back(std::move(pending));
}

}  // namespace newsgraph
