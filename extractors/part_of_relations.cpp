// partOf from name prefixes, "the X body" descriptions and appositions.
#include "extractors/part_of_relations.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {
constexpr std::size_t kMaxDescriptorGap = 2;  // "the UN refugee agency": words between the whole and the noun

// True when the words after a shared prefix only extend the same name ("... for the Visual Arts"),
// rather than name a unit ("... Office on Drugs and Crime").
bool continues_name(const std::string& rest) { return has(word_list("name joiner"), rest.substr(0, rest.find(' '))); }

// First mention of entity `index`, for evidence.
Span first_mention_span(const Document& doc, std::size_t index) {
    Span best{doc.text.size(), doc.text.size()};
    for (std::size_t m : doc.entities[index].mentions)
        if (m < doc.mentions.size() && doc.mentions[m].span.begin < best.begin) best = doc.mentions[m].span;
    return best.begin == doc.text.size() ? Span{} : best;
}
}  // namespace

PartOfFinder::PartOfFinder() {
    // The organization lexicon belongs to the entity extractors; its optional fourth column names a parent.
    try {
        for (const auto& row : tsv_resource("lexicons/organizations.tsv"))
            if (row.size() >= 4 && !row[0].empty() && !row[3].empty()) parents_.emplace_back(row[0], row[3]);
    } catch (const Error&) {
        // No lexicon: name and description rules still apply.
    }
    std::sort(parents_.begin(), parents_.end());
}

bool PartOfFinder::short_form(const Entity& whole, const std::string& unit_name, std::size_t at) const {
    const std::string rest = unit_name.substr(at + 1);
    return whole.key.empty() && unit_name.find(' ') == at && rest.find(' ') == std::string::npos &&
           !lexicons_->is_common_word(rest) && !lexicons_->head(rest);
}

std::vector<Relation> PartOfFinder::find(const Document& doc, std::string_view extractor,
                                         const scan::ScannedSentences& scans) const {
    std::vector<Relation> found;
    const scan::EntityNameIndex names(doc);
    auto add = [&](std::size_t unit, std::size_t whole, Span span, double confidence, const std::string& rule) {
        if (unit == whole) return;
        for (const auto& r : found)
            if (r.subject == unit && r.object == whole) return;
        Relation r;
        r.subject = unit;
        r.predicate = Predicate::PartOf;
        r.object = whole;
        Span sentence = scan::sentence_span_at(doc, span.begin);
        r.evidence = scan::make_evidence(doc, sentence.empty() ? span : sentence, confidence, extractor, rule);
        found.push_back(std::move(r));
    };

    // Lexicon: a well-known organization and its parent, both in the document.
    for (std::size_t unit = 0; unit < doc.entities.size(); ++unit) {
        const Entity& e = doc.entities[unit];
        if (e.cls != EntityClass::Organization || e.key.empty()) continue;
        auto row = std::lower_bound(parents_.begin(), parents_.end(), std::make_pair(e.key, std::string()));
        for (; row != parents_.end() && row->first == e.key; ++row)
            for (std::size_t whole = 0; whole < doc.entities.size(); ++whole)
                if (doc.entities[whole].cls == EntityClass::Organization && doc.entities[whole].key == row->second)
                    add(unit, whole, first_mention_span(doc, unit), confidence::kPartOfLexicon,
                        "partof/lexicon-parent");
    }

    // Names: "UN Office on Drugs and Crime" begins with "UN", a name of the United Nations.
    // Organizations by each folded name, so a name's prefixes are looked up rather than compared with every body.
    std::unordered_map<std::string, std::vector<std::size_t>> organizations_named;
    for (std::size_t whole = 0; whole < doc.entities.size(); ++whole)
        if (doc.entities[whole].cls == EntityClass::Organization)
            for (std::string& name : scan::folded_names(doc.entities[whole]))
                organizations_named[std::move(name)].push_back(whole);
    for (std::size_t unit = 0; unit < doc.entities.size(); ++unit) {
        if (doc.entities[unit].cls != EntityClass::Organization) continue;
        std::set<std::size_t> wholes;
        for (const std::string& u : scan::folded_names(doc.entities[unit])) {
            // a whole's name w: at least two characters, followed in u by a space and more words
            for (std::size_t at = u.find(' ', 2); at != std::string::npos && at + 1 < u.size();
                 at = u.find(' ', at + 1)) {
                auto named = organizations_named.find(u.substr(0, at));
                // Only names the text uses: an acronym made up here could name anything ("US").
                if (named == organizations_named.end() || continues_name(u.substr(at + 1))) continue;
                for (std::size_t whole : named->second)
                    if (whole != unit && !short_form(doc.entities[whole], u, at)) wholes.insert(whole);
            }
        }
        for (std::size_t whole : wholes)
            add(unit, whole, first_mention_span(doc, unit), confidence::kPartOfName, "partof/name-prefix");
    }

    // Descriptions and appositions, sentence by sentence.
    for (std::size_t index = 0; index < doc.sentences.size(); ++index) {
        const auto& tokens = scans[index].tokens;
        const auto& placed = scans[index].placed;
        auto is_descriptor = [&](std::size_t at) {
            return at < tokens.size() && descriptions_.is_descriptor(tokens[at].low);
        };
        // The organization named by the words at [at, ...) followed within two words by a descriptor noun.
        auto whole_before_descriptor = [&](std::size_t at, std::size_t limit) -> std::size_t {
            for (std::size_t stop = at + 1; stop <= limit && stop <= at + 4; ++stop) {
                std::string phrase;
                for (std::size_t k = at; k < stop; ++k) phrase += (k == at ? "" : " ") + tokens[k].low;
                std::size_t whole = names.find(phrase, EntityClass::Organization);
                if (whole == doc.entities.size()) continue;
                for (std::size_t gap = 0; gap <= kMaxDescriptorGap && stop + gap < limit; ++gap) {
                    if (is_descriptor(stop + gap)) return whole;
                    if (!tokens[stop + gap].word) break;
                }
            }
            return doc.entities.size();
        };
        for (const auto& unit : placed) {
            if (unit.cls != EntityClass::Organization) continue;
            // The mention itself reads "the UN body focussing on ...".
            std::size_t at = unit.first;
            if (at < unit.end && tokens[at].low == "the") ++at;
            std::size_t whole = whole_before_descriptor(at, unit.end);
            // "the UN refugee agency UNHCR": the description just before the name.
            for (std::size_t back = 1; whole == doc.entities.size() && back <= 5 && back <= unit.first; ++back) {
                std::size_t start = unit.first - back;
                if (tokens[start].low == "the" || !tokens[start].word) break;
                if (is_descriptor(unit.first - 1)) whole = whole_before_descriptor(start, unit.first);
            }
            // "UNHCR, the UN refugee agency": the apposition after the name.
            if (whole == doc.entities.size() && unit.end + 1 < tokens.size() && tokens[unit.end].low == ",") {
                std::size_t start = unit.end + 1;
                if (tokens[start].low == "the" || tokens[start].low == "a" || tokens[start].low == "an") ++start;
                std::size_t limit = start;
                while (limit < tokens.size() && tokens[limit].word && limit < start + 7) ++limit;
                whole = whole_before_descriptor(start, limit);
            }
            if (whole != doc.entities.size() && whole != unit.entity)
                add(unit.entity, whole, doc.mentions[unit.mention].span, confidence::kPartOfDescription,
                    descriptions_.rule());
        }
    }

    // "The UN body focussing on ..." with no name: the organization it refers to is a unit of the parent, when
    // the lexicon knows units of that parent ("the Shin Bet security agency" describes the Shin Bet itself).
    auto has_units = [&](const std::string& key) {
        return !key.empty() &&
               std::any_of(parents_.begin(), parents_.end(), [&](const auto& unit) { return unit.second == key; });
    };
    for (const auto& d : descriptions_.find(doc, scans))
        if (d.referent < doc.entities.size() && has_units(doc.entities[d.parent].key))
            add(d.referent, d.parent, d.span, confidence::kPartOfReferent, "partof/description-referent");
    return found;
}

}  // namespace newsgraph
