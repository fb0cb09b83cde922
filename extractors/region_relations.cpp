// Relations that the punctuation around place names states: "St. Paul, Minnesota", "Sen. Edward Kennedy,
// D-Mass.", "Detroit-based General Motors", "the Toronto-born actor Daniel Okafor".
#include "extractors/region_relations.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "core/text.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {

constexpr double kNamedRegion = 0.85;
constexpr double kPartyState = 0.75;
constexpr double kPlaceCompound = 0.8;
constexpr double kAgePlace = 0.75;

// Whether the place was written "<name>, <region>": its name or one of its aliases says so (the name scan
// keeps the shorter form as the name when the article also writes the place alone).
bool written_with_region(const Entity& place, const std::string& region) {
    const std::string suffix = ", " + region;
    if (place.name.ends_with(suffix)) return true;
    for (const auto& alias : place.aliases)
        if (alias.ends_with(suffix)) return true;
    return false;
}

// The index of the first mention that begins at or after `at`, searching from mention `from` (mentions run in
// text order); doc.mentions.size() when there is none.
std::size_t next_mention(const Document& doc, std::size_t from, std::size_t at) {
    while (from < doc.mentions.size() && doc.mentions[from].span.begin < at) ++from;
    return from;
}

// The text between two offsets with its runs of spaces squeezed; none when it is too long to be punctuation and
// a few words (the rules here read ", ", ", 45, of ", "-based engineering group ").
std::optional<std::string> short_gap(const Document& doc, std::size_t begin, std::size_t end) {
    constexpr std::size_t kLongest = 48;
    if (end < begin || end - begin > kLongest) return std::nullopt;
    return squeeze_spaces(doc.view({begin, end}));
}

// Whether the places at mentions `a` and `b` (in text order) stand in one list: only ",", "and", "or" or ", and"
// between them ("Sudan, Iran, Libya").
bool listed_together(const Document& doc, const Mention& a, const Mention& b) {
    if (a.cls != EntityClass::Place || b.cls != EntityClass::Place || b.span.begin < a.span.end) return false;
    const auto between = short_gap(doc, a.span.end, b.span.begin);
    return between == "," || between == "and" || between == "or" || between == ", and" || between == ", or";
}

// The relation between the entities of two mentions, its evidence the sentence of `from`.
Relation stated(const Document& doc, const Mention& from, Predicate predicate, const Mention& to, double confidence,
                std::string_view extractor, std::string_view rule) {
    Relation r;
    r.subject = static_cast<std::size_t>(from.entity);
    r.predicate = predicate;
    r.object = static_cast<std::size_t>(to.entity);
    r.evidence = scan::make_evidence(doc, scan::sentence_span_at(doc, from.span.begin), confidence, extractor,
                                     std::string(rule));
    return r;
}

// A participle that, after a place and a hyphen, relates the name after it to the place ("Detroit-based",
// "Toronto-born"): the word list, the class of the name, the relation it states, its confidence and rule.
struct PlaceCompound {
    const WordSet& participles;
    EntityClass named;
    Predicate predicate;
    double confidence;
    std::string_view rule;
};

// The end of the participle of `compound` written right after the place of mention `place` with a hyphen
// ("Detroit-based"); none when the place is followed by anything else.
std::optional<std::size_t> participle_after(const Document& doc, const Mention& place, const PlaceCompound& compound) {
    if (place.span.end >= doc.text.size() || doc.text[place.span.end] != '-') return std::nullopt;
    const std::size_t tail = place.span.end + 1;
    std::size_t end = tail;
    while (end < doc.text.size() && std::isalpha(static_cast<unsigned char>(doc.text[end])) != 0) ++end;
    if (!has(compound.participles, ascii_lower(doc.view({tail, end})))) return std::nullopt;
    return end;
}

// Whether the text between a participle and the name is at most three lower-case words ("engineering group").
bool few_lower_case_words(const Document& doc, std::size_t begin, std::size_t end) {
    const auto gap = short_gap(doc, begin, end);
    if (!gap) return false;
    const std::string& between = *gap;
    std::size_t words =
        between.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(between.begin(), between.end(), ' '));
    bool lower = std::none_of(between.begin(), between.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) != 0 || c == ',' || c == '.';
    });
    return words <= 3 && lower;
}

// The relations of one kind of place compound: from the name of class `compound.named` that follows
// "PLACE-participle" to the place.
std::vector<Relation> place_compounds(const Document& doc, const PlaceCompound& compound, std::string_view extractor) {
    std::vector<Relation> found;
    for (std::size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
        const Mention& place = doc.mentions[i];
        if (place.cls != EntityClass::Place || place.entity < 0) continue;
        const auto end = participle_after(doc, place, compound);
        if (!end) continue;
        // the name: the next mention, with at most three lower-case words before it
        const std::size_t next = next_mention(doc, i + 1, *end);
        if (next == doc.mentions.size()) continue;
        const Mention& named = doc.mentions[next];
        if (named.cls != compound.named || named.entity < 0) continue;
        if (!few_lower_case_words(doc, *end, named.span.begin)) continue;
        found.push_back(stated(doc, named, compound.predicate, place, compound.confidence, extractor, compound.rule));
    }
    return found;
}

}  // namespace

std::vector<Relation> named_region_relations(const Document& doc, std::string_view extractor) {
    std::vector<Relation> found;
    // Mentions run in text order; the region is the first mention that starts after the place ends.
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
        const Mention& place = doc.mentions[i];
        const std::size_t next = next_mention(doc, i + 1, place.span.end);
        if (next == doc.mentions.size()) break;
        const Mention& region = doc.mentions[next];
        if (place.cls != EntityClass::Place || region.cls != EntityClass::Place) continue;
        if (place.entity < 0 || region.entity < 0 || place.entity == region.entity) continue;
        if (short_gap(doc, place.span.end, region.span.begin) != ",") continue;
        const Entity& of = doc.entities[static_cast<std::size_t>(place.entity)];
        const Entity& in = doc.entities[static_cast<std::size_t>(region.entity)];
        if (!written_with_region(of, in.name)) continue;
        // a list of places is no place and its region
        if ((i > 0 && listed_together(doc, doc.mentions[i - 1], place)) ||
            (next + 1 < doc.mentions.size() && listed_together(doc, region, doc.mentions[next + 1])))
            continue;
        found.push_back(
            stated(doc, place, Predicate::LocatedIn, region, kNamedRegion, extractor, "located/named-region"));
    }
    return found;
}

std::vector<Relation> party_state_relations(const Document& doc, std::string_view extractor) {
    std::vector<Relation> found;
    for (std::size_t i = 1; i < doc.mentions.size(); ++i) {
        const Mention& state = doc.mentions[i];
        if (state.rule != "gazetteer/place_after_initial" || state.entity < 0 || state.span.begin < 2) continue;
        // the person: the mention that ends right before ", D-"
        std::size_t p = i;
        while (p > 0 && doc.mentions[p - 1].span.end > state.span.begin) --p;
        if (p == 0) continue;
        const Mention& person = doc.mentions[p - 1];
        if (person.cls != EntityClass::Person || person.entity < 0) continue;
        // "Sherrod Brown, D-Ohio," or "Kevin McCarthy (R-Calif.)"
        const auto gap = short_gap(doc, person.span.end, state.span.begin - 2);
        if (gap != "," && gap != "(") continue;
        found.push_back(
            stated(doc, person, Predicate::ResidentOf, state, kPartyState, extractor, "resident/party-state"));
    }
    return found;
}

std::vector<Relation> place_compound_relations(const Document& doc, std::string_view extractor) {
    static const PlaceCompound based{word_list("base participle"), EntityClass::Organization, Predicate::BasedIn,
                                     kPlaceCompound, "based/place-compound"};
    return place_compounds(doc, based, extractor);
}

std::vector<Relation> birthplace_compound_relations(const Document& doc, std::string_view extractor) {
    static const PlaceCompound born{word_list("birth participle"), EntityClass::Person, Predicate::BornIn,
                                    kPlaceCompound, "born/place-compound"};
    return place_compounds(doc, born, extractor);
}

std::vector<Relation> age_place_relations(const Document& doc, std::string_view extractor) {
    static const WordSet& prepositions = word_list("home preposition");
    std::vector<Relation> found;
    for (std::size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
        const Mention& person = doc.mentions[i];
        if (person.cls != EntityClass::Person || person.entity < 0) continue;
        const std::size_t next = next_mention(doc, i + 1, person.span.end);
        if (next == doc.mentions.size()) break;
        const Mention& place = doc.mentions[next];
        if (place.cls != EntityClass::Place || place.entity < 0) continue;
        // ", 45, of " or ", 36, from " between them: an age, then where the person is from
        std::string between = short_gap(doc, person.span.end, place.span.begin).value_or("");
        std::erase_if(between, [](char c) { return c == ' '; });
        const std::size_t last_comma = between.rfind(',');
        if (!between.starts_with(",") || last_comma == 0 || !has(prepositions, between.substr(last_comma + 1)))
            continue;
        const std::string age = between.substr(1, last_comma - 1);
        if (age.empty() || age.size() > 3 ||
            !std::all_of(age.begin(), age.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            continue;
        found.push_back(
            stated(doc, person, Predicate::ResidentOf, place, kAgePlace, extractor, "resident/age-of-place"));
    }
    return found;
}

}  // namespace newsgraph
