// Lexicon matches become mentions.
#include "extractors/gazetteer_extractor.hpp"

#include <optional>
#include <set>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/name_cues.hpp"
#include "extractors/word_lists.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

const std::vector<std::string>& folded_tokens(const Document& doc, const Sentence& sentence,
                                              std::vector<std::string>& scratch) {
    if (sentence.folded.size() == sentence.tokens.size()) return sentence.folded;
    scratch.clear();
    scratch.reserve(sentence.tokens.size());
    for (const Span& token : sentence.tokens) scratch.push_back(fold_token(doc.view(token)));
    return scratch;
}

bool GazetteerExtractor::office_follows(const std::vector<std::string>& folded, std::size_t at) const {
    static const WordSet& offices = word_list("public office");
    // "the Kenyan government": a government is the country's as an office is
    static const std::shared_ptr<const NameCues> cues = NameCues::shared();
    for (std::size_t k = at; k < folded.size() && k < at + 3; ++k)
        if (has(offices, folded[k]) || (k == at && cues->is(Cue::GovernmentNoun, folded[k]))) return true;
    return false;
}

void GazetteerExtractor::widen_to_area(const Document& doc, const Sentence& sentence,
                                       const std::vector<std::string>& folded, std::size_t at, Mention& place) {
    static const WordSet& prefixes = word_list("place prefix");
    if (at == 0 || place.cls != EntityClass::Place || !has(prefixes, folded[at - 1]) ||
        !is_capitalized(doc.view(sentence.tokens[at - 1])))
        return;
    place.span.begin = sentence.tokens[at - 1].begin;
    place.name = std::string(doc.view(sentence.tokens[at - 1])) + " " + place.name;
    place.key.clear();  // another, larger place than the lexicon's
}

namespace {

// Where the hyphen of a word such as "Detroit-based" stands: before one lower-case word that ends it; npos when
// the word is not of that shape.
std::size_t hyphen_before_lower_tail(std::string_view word) {
    const auto dash = word.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= word.size()) return std::string_view::npos;
    const std::string_view tail = word.substr(dash + 1);
    return is_lower_word(tail) && tail.find('-') == std::string_view::npos ? dash : std::string_view::npos;
}

}  // namespace

std::optional<Mention> GazetteerExtractor::name_before_hyphen(const Document& doc, Span token) const {
    const auto dash = hyphen_before_lower_tail(doc.view(token));
    if (dash == std::string_view::npos) return std::nullopt;
    const Span head{token.begin, token.begin + dash};
    // "Eindhoven-based": the participle says the word is a place, though the city's name is also a company's
    static const WordSet& participles = word_list("base participle");
    const std::string tail = ascii_lower(doc.view(token).substr(dash + 1));
    auto hit = gazetteer_->match_word(doc.text, head, EntityClass::Place, has(participles, tail));
    // "the Nigerian-born author": born in the country of the demonym
    static const WordSet& birth = word_list("birth participle");
    if (hit && hit->demonym && has(birth, tail))
        return lexicon_mention(*hit->entry, head, confidence::kLexiconOrganizationOrPlace, "gazetteer/demonym_born");
    if (hit && !hit->demonym)
        return lexicon_mention(*hit->entry, head, confidence::kLexiconOrganizationOrPlace,
                               "gazetteer/place_in_compound");
    // "Hezbollah-provoked", "Nato-led": a known organization before a hyphen and a lower-case word
    hit = gazetteer_->match_word(doc.text, head, EntityClass::Organization);
    if (!hit) return std::nullopt;
    return lexicon_mention(*hit->entry, head, confidence::kLexiconOrganizationOrPlace,
                           "gazetteer/organization_in_compound");
}

std::optional<Mention> GazetteerExtractor::words_before_hyphen(const Document& doc, const std::vector<Span>& tokens,
                                                               std::size_t i) const {
    const auto dash = hyphen_before_lower_tail(doc.view(tokens[i]));
    if (dash == std::string_view::npos) return std::nullopt;
    for (std::size_t back = std::min<std::size_t>(i, 2); back >= 1; --back) {
        std::vector<Span> words(tokens.begin() + static_cast<std::ptrdiff_t>(i - back),
                                tokens.begin() + static_cast<std::ptrdiff_t>(i));
        words.push_back({tokens[i].begin, tokens[i].begin + dash});
        std::vector<std::string> folded;
        folded.reserve(words.size());
        for (Span w : words) folded.push_back(fold_token(doc.view(w)));
        auto hit = gazetteer_->match(doc.text, words, folded, 0, EntityClass::Place, words.size());
        if (hit && !hit->demonym && hit->length == words.size())
            return lexicon_mention(*hit->entry, {words.front().begin, words.back().end},
                                   confidence::kLexiconOrganizationOrPlace, "gazetteer/place_in_compound");
    }
    return std::nullopt;
}

std::optional<Mention> GazetteerExtractor::place_after_initial(const Document& doc, Span token) const {
    std::string_view word = doc.view(token);
    if (word.size() < 4 || word[1] != '-' || word[0] < 'A' || word[0] > 'Z' || !is_capitalized(word.substr(2)))
        return std::nullopt;
    Span tail{token.begin + 2, token.end};
    // "D-Mass.": the tokenizer leaves the abbreviation's period apart
    if (tail.end < doc.text.size() && doc.text[tail.end] == '.') {
        auto abbreviated = gazetteer_->match_word(doc.text, {tail.begin, tail.end + 1}, EntityClass::Place);
        if (abbreviated && !abbreviated->demonym)
            return lexicon_mention(*abbreviated->entry, {tail.begin, tail.end + 1},
                                   confidence::kLexiconOrganizationOrPlace, "gazetteer/place_after_initial");
    }
    auto hit = gazetteer_->match_word(doc.text, tail, EntityClass::Place);
    if (!hit || hit->demonym) return std::nullopt;
    return lexicon_mention(*hit->entry, tail, confidence::kLexiconOrganizationOrPlace, "gazetteer/place_after_initial");
}

bool GazetteerExtractor::inside_longer_goal_name(const Document& doc, const Sentence& sentence, std::size_t at,
                                                 const GazetteerHit& hit) const {
    // "the Immunization Agenda 2030" is not the 2030 Agenda: a capitalized word before a goal's name makes a
    // longer name, which the name rules read by its head word ("Agenda"); an acronym ("the UN 2030 Agenda") does not
    if (hit.entry->cls != EntityClass::Goal || at < 2) return false;
    std::string_view before = doc.view(sentence.tokens[at - 1]);
    return is_capitalized(before) && !is_acronym(before);
}

GazetteerExtractor::GazetteerExtractor() : GazetteerExtractor(load_gazetteer()) {}

GazetteerExtractor::GazetteerExtractor(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}

void GazetteerExtractor::run(Document& doc) const {
    std::vector<Mention> found;
    std::vector<bool> demonym;
    std::set<std::string> named_keys;
    std::vector<std::string> scratch;
    for (const Sentence& sentence : doc.sentences) {
        const std::vector<std::string>& folded = folded_tokens(doc, sentence, scratch);
        for (std::size_t i = 0; i < sentence.tokens.size();) {
            auto hit = gazetteer_->match(doc.text, sentence.tokens, folded, i);
            if (hit && inside_longer_goal_name(doc, sentence, i, *hit)) hit.reset();
            if (!hit) {
                // the longest place before a hyphen first ("New York-based", not "York"); its words before the
                // hyphen may not belong to the mention before
                auto place = words_before_hyphen(doc, sentence.tokens, i);
                if (place && !found.empty() && found.back().span.end > place->span.begin) place.reset();
                if (!place) place = name_before_hyphen(doc, sentence.tokens[i]);
                if (!place) place = place_after_initial(doc, sentence.tokens[i]);
                if (place) {
                    named_keys.insert(place->key);
                    found.push_back(std::move(*place));
                    demonym.push_back(false);
                }
                ++i;
                continue;
            }
            Mention mention;
            mention.span = {sentence.tokens[i].begin, sentence.tokens[i + hit->length - 1].end};
            mention.cls = hit->entry->cls;
            mention.name = hit->entry->name;
            mention.key = hit->entry->key;
            bool proper = mention.cls == EntityClass::Organization || mention.cls == EntityClass::Place;
            mention.confidence =
                hit->demonym ? confidence::kLexiconDemonym
                             : (proper ? confidence::kLexiconOrganizationOrPlace : confidence::kLexiconThreatOrGoal);
            mention.rule = hit->demonym ? "gazetteer/demonym" : "gazetteer/" + std::string(info(mention.cls).segment);
            // "Japanese Prime Minister Toshiki Kaifu": a demonym before a public office names the country
            if (!hit->demonym || office_follows(folded, i + hit->length)) named_keys.insert(mention.key);
            if (!hit->demonym) widen_to_area(doc, sentence, folded, i, mention);
            // "Massachusetts Institute of Technology", "Bank of England": a place named inside an organization's
            // name is spoken of too (the resolver keeps both)
            std::vector<Mention> inner;
            if (mention.cls == EntityClass::Organization && !hit->demonym && hit->length > 1) {
                for (std::size_t k = i; k < i + hit->length;) {
                    auto place = gazetteer_->match(doc.text, sentence.tokens, folded, k, EntityClass::Place,
                                                   i + hit->length - k);
                    if (!place || place->demonym) {
                        ++k;
                        continue;
                    }
                    Mention nested;
                    nested.span = {sentence.tokens[k].begin, sentence.tokens[k + place->length - 1].end};
                    nested.cls = EntityClass::Place;
                    nested.name = place->entry->name;
                    nested.key = place->entry->key;
                    nested.confidence = confidence::kNestedPlace;
                    nested.rule = "gazetteer/nested_place";
                    if (k > i) widen_to_area(doc, sentence, folded, k, nested);
                    inner.push_back(std::move(nested));
                    k += place->length;
                }
            }
            found.push_back(std::move(mention));
            demonym.push_back(hit->demonym);
            for (Mention& nested : inner) {
                named_keys.insert(nested.key);
                found.push_back(std::move(nested));
                demonym.push_back(false);
            }
            i += hit->length;
        }
    }
    settle_comma_pairs(doc, found);
    for (std::size_t m = 0; m < found.size(); ++m)
        if (!demonym[m] || named_keys.count(found[m].key)) doc.mentions.push_back(std::move(found[m]));
}

const GazetteerEntry* GazetteerExtractor::state_named(std::string_view word) const {
    const GazetteerEntry* found = nullptr;
    for (const GazetteerEntry& entry : gazetteer_->entries()) {
        if (entry.kind != "state" || entry.name.size() <= word.size() || entry.name.compare(0, word.size(), word) != 0)
            continue;
        char after = entry.name[word.size()];
        if (after != ' ' && after != ',') continue;
        if (found) return nullptr;  // two states of that name: no reading is sure
        found = &entry;
    }
    return found;
}

std::string GazetteerExtractor::country_of(const GazetteerEntry* entry) const {
    for (int steps = 0; entry && steps < 8; ++steps) {
        if (entry->kind == "country") return entry->key;
        entry = entry->parent.empty() ? nullptr : gazetteer_->find_key(entry->parent);
    }
    return {};
}

void GazetteerExtractor::settle_comma_pairs(const Document& doc, std::vector<Mention>& found) const {
    for (std::size_t m = 0; m < found.size(); ++m) {
        Mention& place = found[m];
        const GazetteerEntry* entry = place.key.empty() ? nullptr : gazetteer_->find_key(place.key);
        if (!entry || entry->cls != EntityClass::Place || place.rule != "gazetteer/place") continue;
        // right after ", ": the place before it, when the gazetteer knows it, is the mention ending at the comma
        std::size_t comma = place.span.begin;
        while (comma > 0 && doc.text[comma - 1] == ' ') --comma;
        if (comma < 2 || doc.text[comma - 1] != ',') continue;
        const Mention* before = m > 0 && found[m - 1].span.end == comma - 1 ? &found[m - 1] : nullptr;
        const GazetteerEntry* before_entry =
            before && !before->key.empty() ? gazetteer_->find_key(before->key) : nullptr;
        if (before && before->cls != EntityClass::Place) continue;
        const std::string before_country = country_of(before_entry);
        if (entry->kind != "state") {
            const GazetteerEntry* state = state_named(doc.view(place.span));
            bool city = entry->kind == "city";
            if (state && (city ? before_country.empty() || before_country == country_of(state)
                               : before_country == country_of(state))) {
                place.key = state->key;
                place.name = state->name;
                entry = state;
            }
        }
        // "Paris, Texas": not the Paris of France (but "Paris, London and Berlin" is a list of cities)
        if (before && before_entry && before_entry->kind == "city" && entry->kind != "city" &&
            !before_country.empty() && before_country != country_of(entry)) {
            Mention& other = found[m - 1];
            other.name = std::string(doc.view(other.span)) + ", " + entry->name;
            other.key.clear();
        }
    }
}

}  // namespace newsgraph
