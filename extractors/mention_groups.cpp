// Grouping mentions by name, in two passes.
#include "extractors/mention_groups.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "extractors/name_cues.hpp"
#include "extractors/name_extractor.hpp"
#include "extractors/name_lexicons.hpp"
#include "language/phrase_index.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

// The surface without a possessive ending, squeezed.
std::string bare_surface(std::string_view text) {
    std::string out = squeeze_spaces(text);
    for (std::string_view suffix : {"'s", "\u2019s"})
        if (out.size() > suffix.size() && std::string_view(out).ends_with(suffix))
            out.resize(out.size() - suffix.size());
    return out;
}

// "nvidia corp" -> "nvidia", "merrill lynch & co." -> "merrill lynch": a folded company name without the legal
// form that ends it (the same company, named in full or not).
std::string without_legal_form(const std::string& folded) {
    static const std::shared_ptr<const NameCues> cues = NameCues::shared();
    std::size_t space = folded.rfind(' ');
    if (space == std::string::npos || !cues->is(Cue::LegalForm, std::string_view(folded).substr(space + 1)))
        return folded;
    std::string out = folded.substr(0, space);
    while (!out.empty() && (out.back() == ',' || out.back() == '&' || out.back() == ' ')) out.pop_back();
    return out.empty() ? folded : out;
}

// True for a head word that may name a body alone ("Senate", "Commission": lexicons/name_heads.tsv), folded.
bool standalone_head(const std::string& folded) {
    static const std::shared_ptr<const NameLexicons> lexicons = NameLexicons::shared();
    const HeadWord* head = lexicons->head(folded);
    return head && head->cls == EntityClass::Organization && head->standalone;
}

}  // namespace

const std::vector<std::string>& MentionGroups::name_tokens(const std::string& name) {
    auto [found, added] = tokens_of_name_.try_emplace(name);
    if (added)
        for (const Span& t : tokenizer_.tokenize(name)) {
            std::string_view w = t.of(name);
            if (is_wordlike(w)) found->second.push_back(fold_token(w));
        }
    return found->second;
}

void MentionGroups::surnames_as_people() {
    std::set<std::string> surnames;
    for (const Mention& m : doc_.mentions)
        if (m.cls == EntityClass::Person) {
            const auto& t = name_tokens(m.name);
            if (t.size() >= 2) surnames.insert(t.back());
        }
    for (Mention& m : doc_.mentions) {
        if (m.cls != EntityClass::Place || m.rule == "gazetteer/demonym") continue;
        std::string surface = bare_surface(doc_.view(m.span));
        const auto& t = name_tokens(surface);
        if (t.size() == 1 && surnames.count(t.front())) {
            m.cls = EntityClass::Person;
            m.name = surface;
            m.key.clear();
            m.rule = "resolver/surname";
        }
    }
}

void MentionGroups::companies_named_as_people() {
    std::map<std::string, std::string> companies;  // folded name without the legal form -> the company's name
    for (const Mention& m : doc_.mentions)
        if (m.cls == EntityClass::Organization)
            if (std::string bare = without_legal_form(fold(m.name)); bare != fold(m.name))
                companies.emplace(bare, m.name);
    if (companies.empty()) return;
    for (Mention& m : doc_.mentions) {
        auto company = m.cls == EntityClass::Person ? companies.find(fold(m.name)) : companies.end();
        if (company == companies.end() || name_tokens(m.name).size() < 2) continue;
        m.cls = EntityClass::Organization;
        m.name = company->second;
        m.rule = "resolver/company_name";
    }
}

void MentionGroups::add_to(std::size_t g, std::size_t m, const std::vector<std::string>& tokens) {
    MentionGroup& group = groups_[g];
    group.mentions.push_back(m);
    if (tokens.size() <= group.tokens.size()) return;
    group.tokens = tokens;
    std::string folded = fold(doc_.mentions[m].name);
    if (folded == group.fold_name) return;
    auto old = by_name_.find({group.cls, group.fold_name});
    old->second.erase(g);
    if (old->second.empty()) by_name_.erase(old);
    by_name_[{group.cls, folded}].insert(g);
    group.fold_name = std::move(folded);
}

void MentionGroups::new_group(std::size_t m, const std::vector<std::string>& tokens) {
    const Mention& mention = doc_.mentions[m];
    groups_.push_back({mention.cls, mention.key, {m}, tokens, fold(mention.name)});
    if (!mention.key.empty()) by_key_[{mention.cls, mention.key}].insert(groups_.size() - 1);
    by_name_[{mention.cls, groups_.back().fold_name}].insert(groups_.size() - 1);
    // a company named with its legal form is found by its name without it too
    if (mention.cls == EntityClass::Organization)
        by_name_[{mention.cls, without_legal_form(groups_.back().fold_name)}].insert(groups_.size() - 1);
}

std::size_t MentionGroups::first_in(const GroupIndex& index, EntityClass cls, const std::string& text) {
    auto found = index.find({cls, text});
    return found == index.end() ? SIZE_MAX : *found->second.begin();
}

void MentionGroups::group() {
    std::vector<std::size_t> partial;
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
        const Mention& mention = doc_.mentions[m];
        const auto& tokens = name_tokens(mention.name);
        std::size_t g = first_in(by_name_, mention.cls, fold(mention.name));
        if (g == SIZE_MAX && mention.cls == EntityClass::Organization) {
            // "Nvidia Corp" after "Nvidia"; "Exxon" (the lexicon's ExxonMobil) after "Exxon Corp."
            g = first_in(by_name_, mention.cls, without_legal_form(fold(mention.name)));
            if (g == SIZE_MAX) g = first_in(by_name_, mention.cls, fold(bare_surface(doc_.view(mention.span))));
        }
        if (!mention.key.empty()) g = std::min(g, first_in(by_key_, mention.cls, mention.key));
        if (g != SIZE_MAX) {
            if (groups_[g].key.empty() && !mention.key.empty()) {
                groups_[g].key = mention.key;
                by_key_[{mention.cls, mention.key}].insert(g);
            }
            add_to(g, m, tokens);
            continue;
        }
        if (mention.cls == EntityClass::Person && tokens.size() >= 2) {
            // "Ingrid Margrethe Solberg" and "Ingrid Solberg": one person with and without a middle name
            g = with_middle_names(tokens);
            if (g == SIZE_MAX) g = by_particle_surname(tokens);
            if (g != SIZE_MAX) {
                add_to(g, m, tokens);
                continue;
            }
        }
        bool short_person = mention.cls == EntityClass::Person && tokens.size() == 1;
        bool bare_acronym = mention.cls == EntityClass::Organization && mention.key.empty() && tokens.size() == 1 &&
                            is_acronym(mention.name);
        // "the Senate" after "the U.S. Senate": a body's head word alone
        bool bare_head = mention.cls == EntityClass::Organization && mention.key.empty() && tokens.size() == 1 &&
                         standalone_head(tokens.front());
        if (short_person || bare_acronym || bare_head || first_word_of_company(mention, tokens))
            partial.push_back(m);
        else
            new_group(m, tokens);
    }
    join_partials(partial);
}

bool MentionGroups::fits(const MentionGroup& group, const Mention& mention,
                         const std::vector<std::string>& tokens) const {
    if (group.cls != mention.cls || group.tokens.size() < 2) return false;
    // a person by the first or last word of a fuller name, or by a middle one ("Lula" of "Luiz Inacio Lula da Silva")
    if (mention.cls == EntityClass::Person)
        return std::find(group.tokens.begin(), group.tokens.end(), tokens.front()) != group.tokens.end();
    // an organization by its acronym, or by the head word its name ends with ("Senate" of "U.S. Senate")
    if (tokens.size() == 1 && standalone_head(tokens.front())) return group.tokens.back() == tokens.front();
    // "Brennick" of "Brennick Pharma" (no acronym: its letters need no look at the name's words)
    if (first_word_of_company(mention, tokens)) return group.tokens.front() == tokens.front();
    std::string display = doc_.mentions[group.mentions.front()].name;
    std::vector<std::string_view> words;
    for (const Span& s : tokenizer_.tokenize(display)) words.push_back(s.of(display));
    return is_acronym_of(mention.name, words);
}

std::size_t MentionGroups::with_middle_names(const std::vector<std::string>& tokens) const {
    // One side is the first and last name alone; two people who fit ("George W. Bush", "George H. W. Bush" for
    // "George Bush") leave it to neither.
    std::size_t found = SIZE_MAX;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
        const MentionGroup& group = groups_[g];
        if (group.cls != EntityClass::Person || group.tokens.size() < 2 || group.tokens.size() == tokens.size() ||
            std::min(group.tokens.size(), tokens.size()) != 2 || group.tokens.front() != tokens.front() ||
            group.tokens.back() != tokens.back())
            continue;
        if (found != SIZE_MAX) return SIZE_MAX;
        found = g;
    }
    return found;
}

std::size_t MentionGroups::by_particle_surname(const std::vector<std::string>& tokens) const {
    // "Van der Berg" after "Annelies van der Berg": a surname that opens with a particle, as the last words of one
    // fuller name
    static const std::shared_ptr<const NameCues> cues = NameCues::shared();
    if (!cues->is(Cue::Particle, tokens.front())) return SIZE_MAX;
    std::size_t found = SIZE_MAX;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
        const MentionGroup& group = groups_[g];
        if (group.cls != EntityClass::Person || group.tokens.size() <= tokens.size() ||
            !std::equal(tokens.rbegin(), tokens.rend(), group.tokens.rbegin()))
            continue;
        if (found != SIZE_MAX) return SIZE_MAX;
        found = g;
    }
    return found;
}

std::size_t MentionGroups::organization_ending_with(const std::string& word,
                                                    const std::vector<std::size_t>& organizations) const {
    // (not a word of the lexicons' own: "Smith" is no short form of "Smith & Nephew" if a title or head made it)
    static const std::shared_ptr<const NameLexicons> lexicons = NameLexicons::shared();
    if (lexicons->is_common_word(word) || lexicons->head(word) || lexicons->is_given_name(word)) return groups_.size();
    std::size_t found = groups_.size();
    for (std::size_t g : organizations) {
        const std::vector<std::string>& name = groups_[g].tokens;
        if (groups_[g].cls != EntityClass::Organization || name.back() != word) continue;
        // (a body's head word before it: "University of Texas Arlington Amneh Jafari" ran into a person's name)
        if (std::any_of(name.begin(), name.end() - 1, [](const std::string& w) { return lexicons->head(w); })) continue;
        if (found != groups_.size()) return groups_.size();
        found = g;
    }
    return found;
}

bool MentionGroups::first_word_of_company(const Mention& mention, const std::vector<std::string>& tokens) {
    // A one-word organization no lexicon knows and no ordinary word spells may be the first word of a company's
    // fuller name ("Brennick" after "Brennick Pharma"); "United" of "United Airlines" is too common to say so.
    static const std::shared_ptr<const NameLexicons> lexicons = NameLexicons::shared();
    if (mention.cls != EntityClass::Organization || !mention.key.empty() || tokens.size() != 1) return false;
    const std::string& word = tokens.front();
    return !is_acronym(mention.name) && !lexicons->is_common_word(word) && !lexicons->head(word) &&
           !lexicons->is_non_name(word);
}

std::size_t MentionGroups::nearest(std::size_t m, const std::vector<std::size_t>& candidates,
                                   const std::vector<std::multiset<std::size_t>>& begins) {
    const Mention& mention = doc_.mentions[m];
    const auto& tokens = name_tokens(mention.name);
    std::size_t best = groups_.size();
    std::size_t best_distance = 0;
    // "Brennick" when both "Brennick Pharma" and "Brennick Capital" are named: neither
    if (first_word_of_company(mention, tokens)) {
        std::size_t fitting = 0;
        for (std::size_t g : candidates) fitting += fits(groups_[g], mention, tokens) ? 1 : 0;
        if (fitting > 1) return best;
    }
    for (std::size_t g : candidates) {
        const MentionGroup& group = groups_[g];
        if (!fits(group, mention, tokens)) continue;
        // the nearest full mention before this one wins ("Smith" after "Mary Smith")
        std::size_t distance = SIZE_MAX / 2;
        auto after = begins[g].upper_bound(mention.span.begin);
        if (after != begins[g].begin())
            distance = mention.span.begin - *std::prev(after);
        else if (after != begins[g].end())
            distance = std::min(distance, SIZE_MAX / 2 + (*after - mention.span.begin));
        // a surname beats a first name
        if (mention.cls == EntityClass::Person && group.tokens.back() != tokens.front()) distance += SIZE_MAX / 4;
        if (best == groups_.size() || distance < best_distance) {
            best = g;
            best_distance = distance;
        }
    }
    return best;
}

void MentionGroups::join_partials(const std::vector<std::size_t>& partial) {
    // Person groups of two or more words by each of their words; the begins of each group's mentions.
    // (Groups made from here on have one word, so these candidates do not change.)
    std::map<std::string, std::set<std::size_t>> people_by_word;
    std::vector<std::multiset<std::size_t>> begins(groups_.size());
    std::vector<std::size_t> organizations;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
        if (groups_[g].tokens.size() < 2) continue;
        for (std::size_t other : groups_[g].mentions) begins[g].insert(doc_.mentions[other].span.begin);
        if (groups_[g].cls == EntityClass::Person) {
            for (const std::string& word : groups_[g].tokens) people_by_word[word].insert(g);
        } else {
            organizations.push_back(g);
        }
    }
    for (std::size_t m : partial) {
        const Mention& mention = doc_.mentions[m];
        const auto& tokens = name_tokens(mention.name);
        std::vector<std::size_t> candidates;
        if (mention.cls == EntityClass::Person) {
            auto found = people_by_word.find(tokens.front());
            if (found != people_by_word.end()) candidates.assign(found->second.begin(), found->second.end());
        } else {
            candidates = organizations;
        }
        std::size_t best = nearest(m, candidates, begins);
        // "Villa" after "Aston Villa": one word no person's name holds, that ends one organization's name, is it
        if (best == groups_.size() && candidates.empty() && mention.cls == EntityClass::Person)
            if ((best = organization_ending_with(tokens.front(), organizations)) < groups_.size())
                doc_.mentions[m].cls = EntityClass::Organization;
        if (best < groups_.size()) {
            groups_[best].mentions.push_back(m);
            begins[best].insert(mention.span.begin);
            continue;
        }
        // same single name seen before on its own
        std::size_t g = first_in(by_name_, mention.cls, fold(mention.name));
        if (g != SIZE_MAX)
            groups_[g].mentions.push_back(m);
        else
            new_group(m, tokens);
    }
}

}  // namespace newsgraph
