// Mention pruning, grouping and canonical names.
#include "extractors/resolver.hpp"

#include <algorithm>
#include <set>

#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/mention_groups.hpp"
#include "extractors/name_extractor.hpp"
#include "language/phrase_index.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

// The surface of a mention as an alias: squeezed, without a possessive ending.
std::string clean_surface(std::string_view text) {
    std::string out = squeeze_spaces(text);
    for (std::string_view suffix : {"'s", "\u2019s"})
        if (out.size() > suffix.size() && std::string_view(out).ends_with(suffix))
            out.resize(out.size() - suffix.size());
    return out;
}

// True when a is a better reading of overlapping text than b.
bool better(const Mention& a, const Mention& b) {
    if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return !a.key.empty() && b.key.empty();
}

// True when `inner` is a known place named inside the found name `outer` ("Sheffield" in "University of
// Sheffield", "Volgograd" in "Volgograd Arena"): the place is spoken of too, so both are kept.
bool nested_place(const Mention& inner, const Mention& outer) {
    bool known_place =
        inner.cls == EntityClass::Place &&
        ((!inner.key.empty() && inner.rule.starts_with("gazetteer/") && inner.rule != "gazetteer/demonym") ||
         inner.rule == "names/administrative_area");
    bool named_outer =
        (outer.cls == EntityClass::Organization || outer.cls == EntityClass::Place || outer.cls == EntityClass::Event);
    return known_place && named_outer && outer.span.contains(inner.span) && outer.span.size() > inner.span.size();
}

// Keeps, of every group of overlapping mentions, the best one (and known places nested in names).
std::vector<Mention> prune(std::vector<Mention> mentions) {
    std::vector<bool> keep(mentions.size(), true);
    // Only overlapping mentions compete: find them through the mentions sorted by begin and the longest span.
    std::vector<std::size_t> by_begin(mentions.size());
    for (std::size_t i = 0; i < mentions.size(); ++i) by_begin[i] = i;
    std::stable_sort(by_begin.begin(), by_begin.end(),
                     [&](std::size_t a, std::size_t b) { return mentions[a].span.begin < mentions[b].span.begin; });
    std::size_t longest = 0;
    for (const Mention& m : mentions) longest = std::max(longest, m.span.size());
    std::vector<std::size_t> rivals;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const Span& span = mentions[i].span;
        // an overlapping mention begins before span.end and ends after span.begin, so it begins after begin - longest
        std::size_t from = span.begin > longest ? span.begin - longest : 0;
        auto first = std::lower_bound(by_begin.begin(), by_begin.end(), from,
                                      [&](std::size_t k, std::size_t at) { return mentions[k].span.begin < at; });
        rivals.clear();
        for (auto it = first; it != by_begin.end() && mentions[*it].span.begin < span.end; ++it)
            if (*it != i && span.overlaps(mentions[*it].span)) rivals.push_back(*it);
        std::sort(rivals.begin(), rivals.end());
        for (std::size_t j : rivals)
            if (keep[i] && keep[j] && better(mentions[j], mentions[i]) && !nested_place(mentions[i], mentions[j]))
                keep[i] = false;
    }
    std::vector<Mention> out;
    for (std::size_t i = 0; i < mentions.size(); ++i)
        if (keep[i]) out.push_back(std::move(mentions[i]));
    std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
    return out;
}

}  // namespace

Resolver::Resolver() : Resolver(load_gazetteer()) {}

Resolver::Resolver(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {
    for (const auto& row : tsv_resource("lexicons/titles.tsv")) {
        if (row.size() < 2 || row[1] != "honorific") continue;
        honorifics_.push_back(row[0]);
        if (row[0].back() != '.' && row[0].find(' ') == std::string::npos) honorifics_.push_back(row[0] + ".");
    }
}

std::string Resolver::honorific_form(const Document& doc, const Mention& mention) const {
    std::string_view before = std::string_view(doc.text).substr(0, mention.span.begin);
    if (before.empty() || before.back() != ' ') return {};
    before.remove_suffix(1);
    for (const std::string& title : honorifics_) {
        if (!before.ends_with(title)) continue;
        std::size_t start = before.size() - title.size();
        if (start > 0 && is_wordlike(before.substr(start - 1, 1))) continue;
        return title + " " + std::string(doc.view(mention.span));
    }
    return {};
}

// "Durham, North Carolina" for the mention "Durham" when a place follows after a comma, else "".
std::string Resolver::with_region(const Document& doc, std::size_t index) const {
    const Mention& mention = doc.mentions[index];
    if (index + 1 >= doc.mentions.size()) return {};
    const Mention& next = doc.mentions[index + 1];
    if (next.cls != EntityClass::Place || next.rule == "gazetteer/demonym" || next.span.begin < mention.span.end)
        return {};
    const GazetteerEntry* region = next.key.empty() ? nullptr : gazetteer_->find_key(next.key);
    if (region && region->kind == "city") return {};
    // (a place read from a list's shape alone is no region: "Albay, Camarines Sur and Masbate")
    if (next.rule == "names/listed_with_places") return {};
    // a country is in no region after it: "Argentina, Brazil, Paraguay and Uruguay" is a list
    const GazetteerEntry* place = mention.key.empty() ? nullptr : gazetteer_->find_key(mention.key);
    if (place && (place->kind == "country" || place->kind == "continent")) return {};
    std::string_view between = std::string_view(doc.text).substr(mention.span.end, next.span.begin - mention.span.end);
    if (between != ", ") return {};
    return clean_surface(doc.view(mention.span)) + ", " + clean_surface(doc.view(next.span));
}

void Resolver::run(Document& doc) const {
    doc.mentions = prune(std::move(doc.mentions));
    MentionGroups groups(doc, *tokenizer_);
    groups.surnames_as_people();
    groups.companies_named_as_people();
    groups.group();
    doc.entities.clear();
    for (MentionGroup& group : groups.groups()) {
        std::sort(group.mentions.begin(), group.mentions.end());
        for (std::size_t m : group.mentions) doc.mentions[m].entity = static_cast<int>(doc.entities.size());
        doc.entities.push_back(entity_of(doc, group, groups));
    }
}

Entity Resolver::entity_of(const Document& doc, const MentionGroup& group, MentionGroups& names) const {
    Entity entity;
    entity.cls = group.cls;
    entity.key = group.key;
    entity.mentions = group.mentions;
    // canonical: the lexicon's name when keyed, else the fullest name (more words, then longer, then first)
    std::size_t canonical_words = 0;
    for (std::size_t m : group.mentions) {
        const Mention& mention = doc.mentions[m];
        if (!group.key.empty() && mention.key == group.key) {
            entity.name = mention.name;
            break;
        }
        std::size_t words = names.name_tokens(mention.name).size();
        if (entity.name.empty() || words > canonical_words ||
            (words == canonical_words && mention.name.size() > entity.name.size())) {
            entity.name = mention.name;
            canonical_words = words;
        }
    }
    std::set<std::string> aliases;
    double miss = 1.0;
    for (std::size_t m : group.mentions) {
        const Mention& mention = doc.mentions[m];
        std::string surface = clean_surface(doc.view(mention.span));
        // "the ministry" refers to a name but is not one
        if (!(mention.rule == "names/short_form" && is_lower_word(surface))) aliases.insert(surface);
        aliases.insert(mention.name);
        if (mention.cls == EntityClass::Person) aliases.insert(honorific_form(doc, mention));
        if (mention.cls == EntityClass::Place) aliases.insert(with_region(doc, m));
        miss *= 1.0 - mention.confidence;
    }
    aliases.erase(entity.name);
    aliases.erase("");
    entity.aliases.assign(aliases.begin(), aliases.end());
    entity.confidence = std::min(confidence::kEntityCeiling, 1.0 - miss);
    if (group.cls == EntityClass::Event) entity.span = doc.mentions[group.mentions.front()].span;
    return entity;
}

}  // namespace newsgraph
