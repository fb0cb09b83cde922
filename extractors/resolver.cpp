// Mention pruning, grouping and canonical names.
#include "extractors/resolver.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/confidences.hpp"
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

struct Group {
    EntityClass cls;
    std::string key;
    std::vector<std::size_t> mentions;
    std::vector<std::string> tokens;  // folded tokens of the fullest name so far
    std::string fold_name;
};

}  // namespace

Resolver::Resolver() {
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
    std::string_view between = std::string_view(doc.text).substr(mention.span.end, next.span.begin - mention.span.end);
    if (between != ", ") return {};
    return clean_surface(doc.view(mention.span)) + ", " + clean_surface(doc.view(next.span));
}

void Resolver::run(Document& doc) const {
    doc.mentions = prune(std::move(doc.mentions));
    // Names repeat (every mention of an entity, in every pass below): each is tokenized once.
    std::unordered_map<std::string, std::vector<std::string>> tokens_of_name;
    auto name_tokens = [&](const std::string& name) -> const std::vector<std::string>& {
        auto [found, added] = tokens_of_name.try_emplace(name);
        if (added)
            for (const Span& t : tokenizer_->tokenize(name)) {
                std::string_view w = t.of(name);
                if (is_wordlike(w)) found->second.push_back(fold_token(w));
            }
        return found->second;
    };

    // A lone place name that is the surname of a person in the text is that person ("Paris" for Valeska Paris).
    std::set<std::string> surnames;
    for (const Mention& m : doc.mentions)
        if (m.cls == EntityClass::Person) {
            const auto& t = name_tokens(m.name);
            if (t.size() >= 2) surnames.insert(t.back());
        }
    for (Mention& m : doc.mentions) {
        if (m.cls != EntityClass::Place || m.rule == "gazetteer/demonym") continue;
        std::string surface = clean_surface(doc.view(m.span));
        const auto& t = name_tokens(surface);
        if (t.size() == 1 && surnames.count(t.front())) {
            m.cls = EntityClass::Person;
            m.name = surface;
            m.key.clear();
            m.rule = "resolver/surname";
        }
    }

    std::vector<Group> groups;
    // Groups by (class, key) and by (class, folded name), in creation order, so a mention finds the first group
    // it belongs to without comparing itself with every group.
    using GroupIndex = std::map<std::pair<EntityClass, std::string>, std::set<std::size_t>>;
    GroupIndex by_key, by_name;
    auto add_to = [&](std::size_t g, std::size_t m, const std::vector<std::string>& tokens) {
        groups[g].mentions.push_back(m);
        if (tokens.size() > groups[g].tokens.size()) {
            groups[g].tokens = tokens;
            std::string folded = fold(doc.mentions[m].name);
            if (folded != groups[g].fold_name) {
                auto old = by_name.find({groups[g].cls, groups[g].fold_name});
                old->second.erase(g);
                if (old->second.empty()) by_name.erase(old);
                by_name[{groups[g].cls, folded}].insert(g);
                groups[g].fold_name = std::move(folded);
            }
        }
    };
    auto new_group = [&](std::size_t m, const std::vector<std::string>& tokens) {
        const Mention& mention = doc.mentions[m];
        groups.push_back({mention.cls, mention.key, {m}, tokens, fold(mention.name)});
        if (!mention.key.empty()) by_key[{mention.cls, mention.key}].insert(groups.size() - 1);
        by_name[{mention.cls, groups.back().fold_name}].insert(groups.size() - 1);
    };
    auto first_in = [](const GroupIndex& index, EntityClass cls, const std::string& text) {
        auto found = index.find({cls, text});
        return found == index.end() ? SIZE_MAX : *found->second.begin();
    };

    // Pass 1: keyed mentions and full names; pass 2: partial person names and acronyms.
    std::vector<std::size_t> partial;
    for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
        const Mention& mention = doc.mentions[m];
        const auto& tokens = name_tokens(mention.name);
        std::size_t g = first_in(by_name, mention.cls, fold(mention.name));
        if (!mention.key.empty()) g = std::min(g, first_in(by_key, mention.cls, mention.key));
        if (g != SIZE_MAX) {
            if (groups[g].key.empty() && !mention.key.empty()) {
                groups[g].key = mention.key;
                by_key[{mention.cls, mention.key}].insert(g);
            }
            add_to(g, m, tokens);
            continue;
        }
        bool short_person = mention.cls == EntityClass::Person && tokens.size() == 1;
        bool bare_acronym = mention.cls == EntityClass::Organization && mention.key.empty() && tokens.size() == 1 &&
                            is_acronym(mention.name);
        if (short_person || bare_acronym) {
            partial.push_back(m);
            continue;
        }
        new_group(m, tokens);
    }
    // Person groups of two or more words by their first and last word; the begins of each group's mentions.
    // (Groups made from here on have one word, so these candidates do not change.)
    std::map<std::string, std::set<std::size_t>> people_by_word;
    std::vector<std::multiset<std::size_t>> begins(groups.size());
    std::vector<std::size_t> organizations;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].tokens.size() < 2) continue;
        for (std::size_t other : groups[g].mentions) begins[g].insert(doc.mentions[other].span.begin);
        if (groups[g].cls == EntityClass::Person) {
            people_by_word[groups[g].tokens.front()].insert(g);
            people_by_word[groups[g].tokens.back()].insert(g);
        } else {
            organizations.push_back(g);
        }
    }
    for (std::size_t m : partial) {
        const Mention& mention = doc.mentions[m];
        const auto& tokens = name_tokens(mention.name);
        std::size_t best = groups.size();
        std::size_t best_distance = 0;
        std::vector<std::size_t> candidates;
        if (mention.cls == EntityClass::Person) {
            auto found = people_by_word.find(tokens.front());
            if (found != people_by_word.end()) candidates.assign(found->second.begin(), found->second.end());
        } else {
            candidates = organizations;
        }
        for (std::size_t g : candidates) {
            const Group& group = groups[g];
            if (group.cls != mention.cls || group.tokens.size() < 2) continue;
            bool fits = false;
            if (mention.cls == EntityClass::Person) {
                fits = group.tokens.back() == tokens.front() || group.tokens.front() == tokens.front();
            } else {
                std::vector<std::string_view> words;
                std::string display = doc.mentions[group.mentions.front()].name;
                std::vector<Span> spans = tokenizer_->tokenize(display);
                words.reserve(spans.size());
                for (const Span& s : spans) words.push_back(s.of(display));
                fits = is_acronym_of(mention.name, words);
            }
            if (!fits) continue;
            // the nearest full mention before this one wins ("Smith" after "Mary Smith")
            std::size_t distance = SIZE_MAX / 2;
            auto after = begins[g].upper_bound(mention.span.begin);
            if (after != begins[g].begin())
                distance = mention.span.begin - *std::prev(after);
            else if (after != begins[g].end())
                distance = std::min(distance, SIZE_MAX / 2 + (*after - mention.span.begin));
            // a surname beats a first name
            if (mention.cls == EntityClass::Person && group.tokens.back() != tokens.front()) distance += SIZE_MAX / 4;
            if (best == groups.size() || distance < best_distance) {
                best = g;
                best_distance = distance;
            }
        }
        if (best < groups.size()) {
            groups[best].mentions.push_back(m);
            begins[best].insert(mention.span.begin);
        } else {
            // same single name seen before on its own
            std::size_t g = first_in(by_name, mention.cls, fold(mention.name));
            if (g != SIZE_MAX)
                groups[g].mentions.push_back(m);
            else
                new_group(m, tokens);
        }
    }

    doc.entities.clear();
    for (Group& group : groups) {
        std::sort(group.mentions.begin(), group.mentions.end());
        Entity entity;
        entity.cls = group.cls;
        entity.key = group.key;
        entity.mentions = group.mentions;
        // canonical: the lexicon's name when keyed, else the fullest name (more words, then longer, then first)
        std::string canonical;
        std::size_t canonical_words = 0;
        for (std::size_t m : group.mentions) {
            const Mention& mention = doc.mentions[m];
            if (!group.key.empty() && mention.key == group.key) {
                canonical = mention.name;
                break;
            }
            std::size_t words = name_tokens(mention.name).size();
            if (canonical.empty() || words > canonical_words ||
                (words == canonical_words && mention.name.size() > canonical.size())) {
                canonical = mention.name;
                canonical_words = words;
            }
        }
        entity.name = canonical;
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
        aliases.erase(canonical);
        aliases.erase("");
        entity.aliases.assign(aliases.begin(), aliases.end());
        entity.confidence = std::min(confidence::kEntityCeiling, 1.0 - miss);
        if (group.cls == EntityClass::Event) entity.span = doc.mentions[group.mentions.front()].span;
        for (std::size_t m : group.mentions) doc.mentions[m].entity = static_cast<int>(doc.entities.size());
        doc.entities.push_back(std::move(entity));
    }
}

}  // namespace newsgraph
