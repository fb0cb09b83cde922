// Why a capitalized run reads as a person: titles, given names, name shapes, speech and appositions.
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

bool NameScan::person_evidence(std::size_t b, std::size_t e, std::string& rule, double& confidence) const {
    std::size_t length = e - b;
    for (std::size_t k = b; k < e; ++k) {
        if (x_.lexicons_.head(folded_[k]) || x_.lexicons_.is_non_name(folded_[k])) return false;
        if (!cap(k) && !is(Cue::Particle, k)) return false;
    }
    bool all_acronyms = true;
    for (std::size_t k = b; k < e; ++k) all_acronyms = all_acronyms && is_acronym(words_[k]) && !is_initial(words_[k]);
    if (all_acronyms || length > 5) return false;
    // "The Pentagon said Iraqi troops": a demonym alone names a people or a country, never one person
    if (demonym_run(b, e)) return false;
    // "Lord Mayor", "Courts Correspondent": a run that is or ends in a title names a post, not a person
    if (title_at(b) == length || (length >= 2 && title_at(e - 1) == 1 && !x_.lexicons_.is_given_name(folded_[b])))
        return false;
    std::optional<Evidence> found = shape_evidence(b, e);
    // "according to Statistics South Africa": a word right before a known name is the start of a longer name
    if (!found && e < words_.size() && covered_[e] && cap(e)) return false;
    // "A mother in Tamale said", "an officer in Manaus, who": the name is where the speaker is
    if (!found && !locative_before(b, e)) found = speech_evidence(b, e);
    if (!found && !locative_before(b, e)) found = apposition_evidence(e);
    if (!found) return false;
    rule = found->rule;
    confidence = found->confidence;
    return true;
}

// Evidence in the run and just before it: a title, a given name, a name-shaped hyphenated word, initials, a
// country's possessive.
std::optional<NameScan::Evidence> NameScan::shape_evidence(std::size_t b, std::size_t e) const {
    std::size_t length = e - b;
    if (title_before(b) && !one_letter(b, e)) return Evidence{"title", confidence::kPersonAfterTitle};
    if (length >= 2 && x_.lexicons_.is_given_name(folded_[b]) && !article_before_name(b, e))
        return Evidence{"given_name", confidence::kPersonGivenName};
    // "Kwok-hung", "Shin-wook": hyphenated given names with a lower-case second part
    for (std::size_t k = b; k < e && length >= 2 && length <= 3; ++k) {
        std::string_view w = words_[k];
        auto dash = w.find('-');
        if (dash != std::string_view::npos && dash + 1 < w.size() && is_capitalized(w) &&
            is_lower_word(w.substr(dash + 1)) && w.find('-', dash + 1) == std::string_view::npos &&
            !ordinary_suffix(w.substr(dash + 1)))
            return Evidence{"name_shape", confidence::kPersonNameShape};
    }
    // Initials: "J. K. Rowling", "K.C. Maurer"
    if (length >= 2 &&
        (is_initial(words_[b]) || (words_[b].size() >= 3 && words_[b].size() <= 5 && words_[b][1] == '.')) &&
        !is_initial(words_[e - 1]))
        return Evidence{"initials", confidence::kPersonInitials};
    // "Belgium's Romelu Lukaku", "Korea's Kim Shin-wook"
    // ("Nigeria's National Cybersecurity Policy" is not: common-word shapes rule it out; nor "Brazil's Civil
    // Defense agency": an organization noun follows)
    if (length >= 2 && length <= 3 && b >= 2 && is_possessive(words_[b - 1]) && covered_[b - 2] && name_shaped(b, e) &&
        !organization_noun_after(e))
        return Evidence{"possessive", confidence::kPersonPossessive};
    return std::nullopt;
}

// Speech: "X said", "X also said", "said X", "according to X".
std::optional<NameScan::Evidence> NameScan::speech_evidence(std::size_t b, std::size_t e) const {
    std::size_t n = folded_.size();
    std::size_t after = e;
    if (after < n && (is(Cue::SpeechAdverb, after) || cues_.ends_with(Cue::AdverbEnding, folded_[after]))) ++after;
    bool speech = (after < n && x_.lexicons_.is_speech_verb(folded_[after])) ||
                  (b >= 1 && is(Cue::SpeechBefore, b - 1)) ||
                  (b >= 2 && is(Cue::SpeechLead, b - 2) && is(Cue::SpeechLeadTo, b - 1));
    if (!speech) return std::nullopt;
    return Evidence{"speech", e - b >= 2 ? confidence::kPersonSpeech : confidence::kPersonSpeechOneWord};
}

// Apposition after the run ending at e: "X, Executive Director of ...", "X, a spokesperson", "X, who", "X, 45,".
std::optional<NameScan::Evidence> NameScan::apposition_evidence(std::size_t e) const {
    std::size_t n = folded_.size();
    if (e + 1 >= n || words_[e] != ",") return std::nullopt;
    std::size_t k = e + 1;
    // "Jackson, Miss., on Monday": a known state or country after the comma says where the name is (but
    // "Hernan Dario Gomez, Panama coach": not one a title follows)
    std::size_t after_region = k;
    while (after_region < n && covered_[after_region]) ++after_region;
    if (!region_after(e).empty() && (after_region >= n || !title_at(after_region))) return std::nullopt;
    if (is(Cue::AppositionWord, k)) {
        // "Brentford, who have won only once": a plural verb after "who" is a team's or a body's, not a person's
        static const WordSet& plural = word_list("plural verb");
        if (folded_[k] == "who" && k + 1 < n && has(plural, folded_[k + 1])) return std::nullopt;
        return Evidence{"apposition", confidence::kPersonAppositionWord};
    }
    if (starts_with_digit(words_[k]) && k + 1 < n && words_[k + 1] == "," && words_[k].size() <= 3)
        return Evidence{"age", confidence::kPersonAge};
    while (k < n && (is(Cue::Determiner, k) || is(Cue::Former, k))) ++k;
    // skip a qualifier such as "UN", "Afghan" or "Britain's" before the title
    for (std::size_t tries = 0; tries < 3 && k < n && !title_at(k); ++tries) {
        if (!cap(k) && !is_possessive(words_[k])) break;
        ++k;
    }
    if (k < n && title_at(k)) return Evidence{"apposition", confidence::kPersonAppositionTitle};
    if (apposition_class(e) == EntityClass::Person) return Evidence{"apposition", confidence::kPersonAppositionPerson};
    return std::nullopt;
}

}  // namespace newsgraph
