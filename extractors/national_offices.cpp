// Ministers of the country an article is about.
#include "extractors/national_offices.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/text.hpp"
#include "extractors/organization_references.hpp"
#include "extractors/text_scan.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

constexpr double kNationalOffice = 0.6;  // the country is the article's, not the sentence's
constexpr std::size_t kTitleWords = 4;   // "Minister" and up to three words before it

// The country the article names most: at least twice and more often than any other, or -1.
int article_country(const Document& doc, const Gazetteer& gazetteer) {
    std::map<int, int> counts;
    for (const Mention& m : doc.mentions) {
        if (m.entity < 0 || m.cls != EntityClass::Place) continue;
        const Entity& place = doc.entities[static_cast<std::size_t>(m.entity)];
        const GazetteerEntry* entry = place.key.empty() ? nullptr : gazetteer.find_key(place.key);
        if (entry && entry->kind == "country") ++counts[m.entity];
    }
    const int country = leading_entity(counts);
    return country >= 0 && counts[country] >= 2 ? country : -1;
}

// The word that ends right before byte `at` (letters, digits, hyphens, stops), skipping one run of spaces; empty at
// any other character.
Span word_before(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && (std::isalnum(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '-' ||
                         text[begin - 1] == '.' || static_cast<unsigned char>(text[begin - 1]) >= 0x80))
        --begin;
    return {begin, end};
}

bool covered(const Document& doc, Span word) {
    return std::any_of(doc.mentions.begin(), doc.mentions.end(),
                       [&](const Mention& m) { return m.span.begin < word.end && m.span.end > word.begin; });
}

// The title "... Minister" or "... Secretary" right before the person's mention, of at least two words ("Mining
// Minister", "Prime Minister", "Social Welfare Secretary"), when nothing before it says whose office it is: no name,
// possessive, demonym or "former" in or right before it; an empty span otherwise.
Span minister_title(const Document& doc, const Gazetteer& gazetteer, const Mention& person) {
    const std::string_view text = doc.text;
    Span last = word_before(text, person.span.begin);
    const std::string head = ascii_lower(text.substr(last.begin, last.size()));
    if (head != "minister" && head != "secretary") return {};  // ("Social Welfare Secretary Lorenzo Macaraig")
    Span title = last;
    for (std::size_t words = 1; words < kTitleWords; ++words) {
        Span word = word_before(text, title.begin);
        const std::string_view w = text.substr(word.begin, word.size());
        if (w.empty() || !is_capitalized(w) || covered(doc, word) ||
            gazetteer.match_word(text, word, EntityClass::Place))
            break;
        title.begin = word.begin;
    }
    if (title.begin == last.begin) return {};  // "Minister Farrell-Byrne" names the post given before
    const Span before = word_before(text, title.begin);
    const std::string_view b = text.substr(before.begin, before.size());
    if (covered(doc, before) || ascii_lower(b) == "former" || scan::ends_with_possessive(std::string(b)) ||
        (b.size() > 0 && is_capitalized(b) && gazetteer.match_word(text, before, EntityClass::Place)))
        return {};
    return title;
}

// True when the document already gives the person a position.
bool placed_already(const Document& doc, std::size_t person) {
    return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
        return r.predicate == Predicate::HoldsPosition && r.subject == person;
    });
}

}  // namespace

std::vector<Relation> national_office_relations(const Document& doc, const Gazetteer& gazetteer,
                                                std::string_view extractor) {
    std::vector<Relation> found;
    const int country = article_country(doc, gazetteer);
    if (country < 0) return found;
    for (const Mention& person : doc.mentions) {
        if (person.cls != EntityClass::Person || person.entity < 0) continue;
        const Span title = minister_title(doc, gazetteer, person);
        const Span sentence = scan::sentence_span_at(doc, person.span.begin);
        if (title.size() == 0 || !sentence.contains(title) ||
            placed_already(doc, static_cast<std::size_t>(person.entity)))
            continue;
        Relation r;
        r.subject = static_cast<std::size_t>(person.entity);
        r.predicate = Predicate::HoldsPosition;
        r.object = static_cast<std::size_t>(country);
        r.role = std::string(doc.text.substr(title.begin, title.size()));
        r.evidence =
            scan::make_evidence(doc, sentence, kNationalOffice, extractor, "position/national-office+reference");
        found.push_back(std::move(r));
    }
    return found;
}

}  // namespace newsgraph
