// The second pass over runs the first left pending: known names, places, acronyms and people in lists.
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
#include "language/word_shape.hpp"

namespace newsgraph {

// What the second pass knows when it reads the runs left pending: names found so far.
struct NameScan::Known {
    std::unordered_set<std::string> surnames, first_names;          // of the people found, folded
    std::unordered_set<std::string> plain_surnames;                 // last words of plain two- and three-word names
    std::vector<const Mention*> organizations;                      // lexicon matches, then found ones
    std::vector<std::vector<std::string_view>> organization_words;  // their names' words, made on first use
    std::unordered_map<std::string, const Mention*> comma_places;   // "Irving, Texas" by folded surface
    std::unordered_map<std::string, std::string> found_places;      // names of places this scan found, by surface
    std::unordered_map<std::string, const Mention*> short_forms;    // "siemens" of "Siemens AG"
    std::unordered_map<std::string, const Mention*> place_tails;    // "red sox" of "Boston Red Sox"
};

NameScan::Known NameScan::known_names() const {
    Known known;
    for (const Mention& m : out_) {
        if (m.cls != EntityClass::Person) continue;
        std::vector<Span> parts = x_.tokenizer_->tokenize(m.name);
        if (parts.empty()) continue;
        known.surnames.insert(fold_token(parts.back().of(m.name)));
        if (parts.size() >= 2) known.first_names.insert(fold_token(parts.front().of(m.name)));
    }
    // "Caitlin Boswell" read as a plain name makes a later lone "Boswell" that person too
    for (const Pending& p : pending_)
        if (p.plain && p.folded.size() >= 2 &&
            !(known.surnames.count(p.folded.front()) && !known.surnames.count(p.folded.back())))
            known.plain_surnames.insert(p.folded.back());
    for (const Mention& m : doc_.mentions)
        if (m.cls == EntityClass::Organization) known.organizations.push_back(&m);
    for (const Mention& m : out_)
        if (m.cls == EntityClass::Organization) known.organizations.push_back(&m);
    // "Siemens AG" or "Meridian Trust Bank", later "Siemens", "Meridian": the first word of a name that ends in an
    // organization head word stands for the organization
    // (not an adjective or ordinary word: "European" of "European Union", "National" of "National Bank")
    std::unordered_set<std::string> places;  // the surfaces of the places named so far
    auto add_places = [&](const std::vector<Mention>& mentions) {
        for (const Mention& m : mentions)
            if (m.cls == EntityClass::Place) places.insert(fold(doc_.view(m.span)));
    };
    add_places(doc_.mentions);
    add_places(out_);
    for (const Mention* m : known.organizations) {
        std::vector<Span> parts = x_.tokenizer_->tokenize(m->name);
        if (parts.size() != 2 && parts.size() != 3) continue;  // "Siemens AG", "Meridian Trust Bank"
        const std::string first = fold_token(parts[0].of(m->name));
        const HeadWord* head = x_.lexicons_.head(fold_token(parts.back().of(m->name)));
        auto place = x_.gazetteer_->match_word(m->name, parts[0], EntityClass::Place);
        // (nor a place: "Springfield" of "Springfield Police Department" is the city)
        bool adjective = place || places.count(first) || x_.lexicons_.is_common_word(first);
        if (head && head->cls == EntityClass::Organization && !adjective) known.short_forms.emplace(first, m);
    }
    // "the National Geology and Mining Service (Sernageomin)", later "Sernageomin": the article's own short name
    for (const Mention& m : out_)
        if (m.cls == EntityClass::Organization && m.rule == "names/acronym")
            known.short_forms.emplace(fold(squeeze_spaces(doc_.view(m.span))), &m);
    // "the Boston Red Sox", later "Red Sox": the words after a known city or state stand for the organization
    for (const Mention* m : known.organizations) {
        std::vector<Span> parts = x_.tokenizer_->tokenize(m->name);
        std::vector<std::string> folded;
        folded.reserve(parts.size());
        for (const Span& part : parts) folded.push_back(fold_token(part.of(m->name)));
        auto place =
            parts.size() >= 2 ? x_.gazetteer_->match(m->name, parts, folded, 0, EntityClass::Place) : std::nullopt;
        if (!place || place->demonym || place->length >= parts.size() || parts.size() - place->length > 2) continue;
        std::string tail = folded[place->length];
        for (std::size_t k = place->length + 1; k < folded.size(); ++k) tail += " " + folded[k];
        known.place_tails.emplace(tail, m);
    }
    // the first one found for a surface names it
    for (const Mention& m : out_)
        if (m.cls == EntityClass::Place && m.rule == "names/place_comma")
            known.comma_places.emplace(fold(squeeze_spaces(doc_.view(m.span))), &m);
        else if (m.cls == EntityClass::Place)
            known.found_places.emplace(fold(squeeze_spaces(doc_.view(m.span))), m.name);
    // (and the runs a place noun after them made places: "at the Santa Ines mine"; a locative alone is too weak:
    // "the path of Yasser Arafat")
    for (const Pending& p : pending_) {
        const std::vector<Span>& tokens = doc_.sentences[p.sentence].tokens;
        const std::string_view next = p.end < tokens.size() ? doc_.view(tokens[p.end]) : std::string_view();
        if (p.place && is_lower_word(next) && cues_.is(Cue::PlaceNoun, fold_token(next)))
            known.found_places.emplace(fold(squeeze_spaces(doc_.view(p.span))), squeeze_spaces(doc_.view(p.span)));
    }
    return known;
}

void NameScan::resolve_pending() {
    Known known = known_names();
    std::vector<Mention> found;
    std::vector<const Pending*> possessors;
    for (const Pending& p : pending_) {
        // (a possessor is decided once every person is known)
        if (p.possessor && !known_reading(p, known)) {
            possessors.push_back(&p);
            continue;
        }
        if (auto mention = pending_reading(p, known)) found.push_back(std::move(*mention));
    }
    // "Siemens AG will cut jobs. Siemens said": a one-word speaker that begins a company named before is it
    // (before `found` joins out_: `known` points into out_)
    auto as_known_organization = [&](Mention& m) {
        auto org = known.short_forms.find(fold(m.name));
        if (m.cls != EntityClass::Person || m.rule != "names/speech" || org == known.short_forms.end() ||
            org->second->span.begin >= m.span.begin)
            return;
        m.cls = EntityClass::Organization;
        m.name = org->second->name;
        m.rule = "names/known_organization";
    };
    for (Mention& m : out_) as_known_organization(m);
    for (Mention& m : found) as_known_organization(m);
    for (auto& m : found) out_.push_back(std::move(m));
    possessive_affiliations(possessors);
    people_in_lists();
}

// A pending run's mention with class, confidence and rule set from `cls` and `rule`.
Mention NameScan::pending_mention(const Pending& p, EntityClass cls, double confidence, const char* rule) const {
    Mention mention;
    mention.span = p.span;
    mention.name = squeeze_spaces(doc_.view(p.span));
    mention.cls = cls;
    mention.confidence = confidence;
    mention.rule = std::string("names/") + rule;
    return mention;
}

// A person, organization or place named before: a known surname or first name, "Siemens" after "Siemens AG", or
// "Irving" after "Irving, Texas", "Santa Ines" after "the Santa Ines mine".
std::optional<Mention> NameScan::known_reading(const Pending& p, const Known& known) const {
    const std::string& last = p.folded.back();
    // ("Anthony Ruiz, 29, of Nixa" is the town, though the Nixa Fire Department is named too)
    if (auto org = known.short_forms.find(last); p.folded.size() == 1 && !p.place && org != known.short_forms.end()) {
        Mention mention = pending_mention(p, EntityClass::Organization, confidence::kKnownPerson, "known_organization");
        mention.name = org->second->name;
        return mention;
    }
    if (p.folded.size() <= 2) {
        std::string words = p.folded.front();
        if (p.folded.size() == 2) words += " " + last;
        if (auto org = known.place_tails.find(words); org != known.place_tails.end()) {
            Mention mention =
                pending_mention(p, EntityClass::Organization, confidence::kShortFormOfKnown, "known_organization");
            mention.name = org->second->name;
            return mention;
        }
    }
    if (p.folded.size() <= 3 &&
        (known.surnames.count(last) ||
         (p.folded.size() == 1 && (known.first_names.count(last) || known.plain_surnames.count(last)))))
        return pending_mention(p, EntityClass::Person, confidence::kKnownPerson, "known_person");
    // "the Santa Ines workers' union" after "at the Santa Ines mine"
    const std::string surface_text = fold(squeeze_spaces(doc_.view(p.span)));
    std::string name;
    if (auto comma = known.comma_places.find(surface_text); comma != known.comma_places.end())
        name = comma->second->name;
    else if (auto found = known.found_places.find(surface_text); found != known.found_places.end() && !p.place)
        name = found->second;
    if (name.empty()) return std::nullopt;
    Mention mention = pending_mention(p, EntityClass::Place, confidence::kKnownPlace, "known_place");
    mention.name = name;
    return mention;
}

// "the Monti government", "the Obama administration": a surname naming a government.
bool NameScan::heads_government(const Pending& p) const {
    const std::string& last = p.folded.back();
    std::string surface_text = squeeze_spaces(doc_.view(p.span));
    if (p.folded.size() != 1 || is_acronym(surface_text) || x_.lexicons_.is_common_word(last)) return false;
    const Sentence& s = doc_.sentences[p.sentence];
    auto word = [&](std::size_t k) { return doc_.view(s.tokens[k]); };
    // "the Victorian government": an adjective the parse reads as one names no person
    for (const Word& w : s.words)
        if (w.span.begin == s.tokens[p.begin].begin && w.upos == "ADJ") return false;
    return p.begin > 0 && cues_.is(Cue::Definite, fold_token(word(p.begin - 1))) && p.end < s.tokens.size() &&
           is_lower_word(word(p.end)) && cues_.is(Cue::GovernmentNoun, word(p.end));
}

// The reading of a pending run, in order of evidence: known name, employer after a job title, locative place, head of
// government, plain personal name, acronym of a named organization or in an affiliation slot.
std::optional<Mention> NameScan::pending_reading(const Pending& p, Known& known) const {
    if (auto mention = known_reading(p, known)) return mention;
    if (p.workplace)
        return pending_mention(p, EntityClass::Organization, confidence::kAffiliationOfPerson, "workplace");
    if (p.place) return pending_mention(p, EntityClass::Place, confidence::kLocative, "locative");
    if (heads_government(p))
        return pending_mention(p, EntityClass::Person, confidence::kHeadOfGovernment, "head_of_government");
    // "Warhol Polaroids", "Warhol Factory": things named after a known person are not people
    bool named_after = known.surnames.count(p.folded.front()) && !known.surnames.count(p.folded.back());
    if (p.plain && !named_after) return pending_mention(p, EntityClass::Person, confidence::kPlainName, "plain_name");
    std::string surface_text = squeeze_spaces(doc_.view(p.span));
    if (p.folded.size() != 1 || !is_acronym(surface_text)) return std::nullopt;
    if (known.organization_words.empty()) {
        known.organization_words.resize(known.organizations.size());
        for (std::size_t i = 0; i < known.organizations.size(); ++i) {
            std::vector<std::string_view>& words = known.organization_words[i];
            for (const Span& t : x_.tokenizer_->tokenize(known.organizations[i]->name))
                words.push_back(t.of(known.organizations[i]->name));
            // a legal form gives no letter: "AI" is no acronym of "Alphabet Inc"
            while (!words.empty() && cues_.is(Cue::LegalForm, ascii_lower(words.back()))) words.pop_back();
        }
    }
    for (std::size_t i = 0; i < known.organizations.size(); ++i) {
        if (!is_acronym_of(surface_text, known.organization_words[i])) continue;
        Mention mention = pending_mention(p, EntityClass::Organization, confidence::kAcronymOf, "acronym_of");
        mention.name = known.organizations[i]->name;
        mention.key = known.organizations[i]->key;
        return mention;
    }
    // an undefined acronym in an affiliation slot still names a body
    if (p.affiliation)
        return pending_mention(p, EntityClass::Organization, confidence::kAcronymAffiliation, "acronym_affiliation");
    return std::nullopt;
}

// "Youngspiration's Baggio Leung": an unknown word whose possessive precedes a person's name is that person's body.
void NameScan::possessive_affiliations(const std::vector<const Pending*>& possessors) {
    std::unordered_set<std::size_t> person_begins;
    for (const Mention& m : out_)
        if (m.cls == EntityClass::Person) person_begins.insert(m.span.begin);
    for (const Pending* p : possessors) {
        const Sentence& s = doc_.sentences[p->sentence];
        std::size_t owned = p->end + 1;
        if (owned < s.tokens.size() && person_begins.count(s.tokens[owned].begin))
            out_.push_back(pending_mention(*p, EntityClass::Organization, confidence::kPossessiveAffiliation,
                                           "possessive_affiliation"));
    }
}

// Per pending run: true when it overlaps a mention already found.
std::vector<bool> NameScan::pending_taken() const {
    // spans sorted by begin, with the largest end so far
    std::vector<Span> spans;
    for (const Mention& m : out_) spans.push_back(m.span);
    std::sort(spans.begin(), spans.end());
    std::vector<std::size_t> max_end(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) max_end[i] = std::max(spans[i].end, i ? max_end[i - 1] : 0);
    std::vector<bool> taken(pending_.size(), false);
    for (std::size_t i = 0; i < pending_.size(); ++i) {
        const Span& p = pending_[i].span;
        // spans with begin < p.end; one of them overlaps when it also ends after p.begin
        auto upto = std::lower_bound(spans.begin(), spans.end(), p.end,
                                     [](const Span& s, std::size_t at) { return s.begin < at; });
        std::size_t count = static_cast<std::size_t>(upto - spans.begin());
        taken[i] = count > 0 && max_end[count - 1] > p.begin;
    }
    return taken;
}

// True when the pending run stands in a list right after a person ("Ansel Adams, Chuck Close") or right before one
// in a list that goes on ("Chuck Close, Walker Evans and ..."), not an apposition.
bool NameScan::listed_next_to_person(const Pending& p,
                                     const std::unordered_map<std::size_t, std::size_t>& last_person_at,
                                     const std::unordered_set<std::size_t>& person_ends) const {
    const Sentence& s = doc_.sentences[p.sentence];
    auto separator = [&](std::size_t k) { return cues_.is(Cue::ListSeparator, doc_.view(s.tokens[k])); };
    if (p.begin >= 2 && separator(p.begin - 1) && person_ends.count(s.tokens[p.begin - 2].end)) return true;
    if (p.end + 1 >= s.tokens.size() || !separator(p.end)) return false;
    auto person = last_person_at.find(s.tokens[p.end + 1].begin);
    if (person == last_person_at.end()) return false;
    const Mention& m = out_[person->second];
    std::size_t next = p.end + 1;
    while (next < s.tokens.size() && s.tokens[next].end <= m.span.end) ++next;
    std::string_view between = doc_.view(s.tokens[p.end]);
    return (cues_.is(Cue::Coordinator, between) && is_lower_word(between)) ||
           (next < s.tokens.size() && separator(next));
}

// "such as Ansel Adams, Chuck Close, Walker Evans": a two- or three-word name listed next to people is a person.
void NameScan::people_in_lists() {
    std::vector<bool> taken = pending_taken();
    // persons found so far by the offset where they begin (the last one) and where they end
    std::unordered_map<std::size_t, std::size_t> last_person_at;
    std::unordered_set<std::size_t> person_ends;
    auto note_person = [&](std::size_t index) {
        const Mention& m = out_[index];
        if (m.cls != EntityClass::Person) return;
        last_person_at[m.span.begin] = index;
        person_ends.insert(m.span.end);
    };
    for (std::size_t i = 0; i < out_.size(); ++i) note_person(i);
    // pending names waiting for a person to end (before them) or begin (after them) at an offset
    std::unordered_map<std::size_t, std::vector<std::size_t>> waiting_end, waiting_begin;
    for (std::size_t i = 0; i < pending_.size(); ++i) {
        const Pending& p = pending_[i];
        if (taken[i] || !p.listable) continue;
        const Sentence& s = doc_.sentences[p.sentence];
        if (p.begin >= 2) waiting_end[s.tokens[p.begin - 2].end].push_back(i);
        if (p.end + 1 < s.tokens.size()) waiting_begin[s.tokens[p.end + 1].begin].push_back(i);
    }
    // Passes over the pending names until none changes; a name is looked at again only when a person next to it
    // was found, in the same pass when it comes later, else in the next pass.
    std::set<std::size_t> this_pass, next_pass;
    for (std::size_t i = 0; i < pending_.size(); ++i) this_pass.insert(i);
    while (!this_pass.empty()) {
        for (auto it = this_pass.begin(); it != this_pass.end(); ++it) {
            std::size_t i = *it;
            const Pending& p = pending_[i];
            if (taken[i] || !p.listable) continue;
            if (!listed_next_to_person(p, last_person_at, person_ends)) continue;
            out_.push_back(
                pending_mention(p, EntityClass::Person, confidence::kListedWithPeople, "listed_with_people"));
            taken[i] = true;
            note_person(out_.size() - 1);
            for (auto* waiting : {&waiting_end, &waiting_begin}) {
                auto found = waiting->find(waiting == &waiting_end ? p.span.end : p.span.begin);
                if (found == waiting->end()) continue;
                for (std::size_t j : found->second)
                    if (!taken[j]) (j > i ? this_pass : next_pass).insert(j);
            }
        }
        this_pass.swap(next_pass);
        next_pass.clear();
    }
}

}  // namespace newsgraph
