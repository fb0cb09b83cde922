// Mention pruning, grouping and canonical names.
#include "extractors/resolver.hpp"

#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/name_extractor.hpp"
#include "extractors/phrase_index.hpp"
#include "extractors/word_shape.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace newsgraph {

namespace {

// The surface of a mention as an alias: squeezed, without a possessive ending.
std::string clean_surface(std::string_view text) {
    std::string out = squeeze_spaces(text);
    for (std::string_view suffix : {"'s", "\u2019s"})
        if (out.size() > suffix.size() && std::string_view(out).ends_with(suffix)) out.resize(out.size() - suffix.size());
    return out;
}

// True when a is a better reading of overlapping text than b.
bool better(const Mention& a, const Mention& b) {
    if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return !a.key.empty() && b.key.empty();
}

// Keeps, of every group of overlapping mentions, the best one.
std::vector<Mention> prune(std::vector<Mention> mentions) {
    std::vector<bool> keep(mentions.size(), true);
    for (std::size_t i = 0; i < mentions.size(); ++i)
        for (std::size_t j = 0; j < mentions.size(); ++j)
            if (i != j && keep[i] && keep[j] && mentions[i].span.overlaps(mentions[j].span) &&
                better(mentions[j], mentions[i]))
                keep[i] = false;
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

void Resolver::run(Document& doc) const {
    doc.mentions = prune(std::move(doc.mentions));
    auto name_tokens = [&](const std::string& name) {
        std::vector<std::string> out;
        for (const Span& t : tokenizer_.tokenize(name)) {
            std::string_view w = t.of(name);
            if (is_wordlike(w)) out.push_back(fold_token(w));
        }
        return out;
    };

    // A lone place name that is the surname of a person in the text is that person ("Paris" for Valeska Paris).
    std::set<std::string> surnames;
    for (const Mention& m : doc.mentions)
        if (m.cls == EntityClass::Person) {
            auto t = name_tokens(m.name);
            if (t.size() >= 2) surnames.insert(t.back());
        }
    for (Mention& m : doc.mentions) {
        if (m.cls != EntityClass::Place || m.rule == "gazetteer/demonym") continue;
        std::string surface = clean_surface(doc.view(m.span));
        auto t = name_tokens(surface);
        if (t.size() == 1 && surnames.count(t.front())) {
            m.cls = EntityClass::Person;
            m.name = surface;
            m.key.clear();
            m.rule = "resolver/surname";
        }
    }

    std::vector<Group> groups;
    auto add_to = [&](std::size_t g, std::size_t m, const std::vector<std::string>& tokens) {
        groups[g].mentions.push_back(m);
        if (tokens.size() > groups[g].tokens.size()) {
            groups[g].tokens = tokens;
            groups[g].fold_name = fold(doc.mentions[m].name);
        }
    };
    auto new_group = [&](std::size_t m, const std::vector<std::string>& tokens) {
        const Mention& mention = doc.mentions[m];
        groups.push_back({mention.cls, mention.key, {m}, tokens, fold(mention.name)});
    };

    // Pass 1: keyed mentions and full names; pass 2: partial person names and acronyms.
    std::vector<std::size_t> partial;
    for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
        const Mention& mention = doc.mentions[m];
        auto tokens = name_tokens(mention.name);
        bool placed = false;
        for (std::size_t g = 0; g < groups.size() && !placed; ++g) {
            if (groups[g].cls != mention.cls) continue;
            bool same_key = !mention.key.empty() && mention.key == groups[g].key;
            bool same_name = fold(mention.name) == groups[g].fold_name;
            if (same_key || same_name) {
                if (groups[g].key.empty()) groups[g].key = mention.key;
                add_to(g, m, tokens);
                placed = true;
            }
        }
        if (placed) continue;
        bool short_person = mention.cls == EntityClass::Person && tokens.size() == 1;
        bool bare_acronym = mention.cls == EntityClass::Organization && mention.key.empty() && tokens.size() == 1 &&
                            is_acronym(mention.name);
        if (short_person || bare_acronym) {
            partial.push_back(m);
            continue;
        }
        new_group(m, tokens);
    }
    for (std::size_t m : partial) {
        const Mention& mention = doc.mentions[m];
        auto tokens = name_tokens(mention.name);
        std::size_t best = groups.size();
        std::size_t best_distance = 0;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const Group& group = groups[g];
            if (group.cls != mention.cls || group.tokens.size() < 2) continue;
            bool fits = false;
            if (mention.cls == EntityClass::Person) {
                fits = group.tokens.back() == tokens.front() || group.tokens.front() == tokens.front();
            } else {
                std::vector<std::string_view> words;
                std::string display = doc.mentions[group.mentions.front()].name;
                std::vector<Span> spans = tokenizer_.tokenize(display);
                for (const Span& s : spans) words.push_back(s.of(display));
                fits = is_acronym_of(mention.name, words);
            }
            if (!fits) continue;
            // the nearest full mention before this one wins ("Smith" after "Mary Smith")
            std::size_t distance = SIZE_MAX / 2;
            for (std::size_t other : group.mentions) {
                const Span& s = doc.mentions[other].span;
                std::size_t d = s.begin <= mention.span.begin ? mention.span.begin - s.begin
                                                              : SIZE_MAX / 2 + (s.begin - mention.span.begin);
                distance = std::min(distance, d);
            }
            // a surname beats a first name
            if (mention.cls == EntityClass::Person && group.tokens.back() != tokens.front()) distance += SIZE_MAX / 4;
            if (best == groups.size() || distance < best_distance) {
                best = g;
                best_distance = distance;
            }
        }
        if (best < groups.size()) {
            groups[best].mentions.push_back(m);
        } else {
            // same single name seen before on its own
            bool placed = false;
            for (std::size_t g = 0; g < groups.size() && !placed; ++g)
                if (groups[g].cls == mention.cls && groups[g].fold_name == fold(mention.name)) {
                    groups[g].mentions.push_back(m);
                    placed = true;
                }
            if (!placed) new_group(m, tokens);
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
            if (canonical.empty() || words > canonical_words || (words == canonical_words && mention.name.size() > canonical.size())) {
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
            miss *= 1.0 - mention.confidence;
        }
        aliases.erase(canonical);
        aliases.erase("");
        entity.aliases.assign(aliases.begin(), aliases.end());
        entity.confidence = std::min(0.99, 1.0 - miss);
        if (group.cls == EntityClass::Event) entity.span = doc.mentions[group.mentions.front()].span;
        for (std::size_t m : group.mentions) doc.mentions[m].entity = static_cast<int>(doc.entities.size());
        doc.entities.push_back(std::move(entity));
    }
}

}  // namespace newsgraph
