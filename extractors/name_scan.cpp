// The name scan's word tests, emitting, short forms and the walk over each sentence's capitalized runs.
#include "extractors/name_scan.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/gazetteer_extractor.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

std::size_t NameScan::title_at(std::size_t k) const {
    if (k >= folded_.size()) return 0;
    const std::vector<std::size_t>* values = nullptr;
    std::size_t length = x_.lexicons_.titles.match(folded_, k, values);
    // "Martin Luther King Jr.": a suffix after the word makes it the end of a name
    return length > 0 && k + length < folded_.size() && is(Cue::NameSuffix, k + length) ? 0 : length;
}

bool NameScan::post_title_ends_at(std::size_t k) const {
    for (std::size_t start = k >= 3 ? k - 3 : 0; start <= k; ++start) {
        const std::vector<std::size_t>* ids = nullptr;
        if (x_.lexicons_.titles.match(folded_, start, ids) != k - start + 1 || !ids) continue;
        for (std::size_t id : *ids)
            if (!x_.lexicons_.honorific_titles[id]) return true;
    }
    return false;
}

// A title that ends just before b, possibly with an affiliation between:
// "Ambassador to the United States Hamdullah Mohib", "chief executive Tim Cook".
bool NameScan::title_before(std::size_t b) const {
    std::size_t point = b;
    if (point > 0 && covered_[point - 1]) {
        while (point > 0 && covered_[point - 1]) --point;
        while (point > 0 && is(Cue::TitleAffiliation, point - 1)) --point;
    }
    for (std::size_t start = point >= 4 ? point - 4 : 0; start < point; ++start)
        if (title_at(start) == point - start) return true;
    return false;
}

void NameScan::emit(std::size_t b, std::size_t e, EntityClass cls, std::string name, double confidence,
                    const std::string& rule) {
    if (cls == EntityClass::Person) {
        // a title is never part of a person's name ("Mr. Toccafondi" -> "Toccafondi"),
        bool stripped = false;
        for (std::size_t length; b < e && (length = title_at(b)) && b + length < e;) {
            b += length;
            stripped = true;
        }
        // nor a post-nominal after it ("Helena Ashworth-Kane KC" -> "Helena Ashworth-Kane")
        while (e > b + 2 && is(Cue::PostNominal, e - 1)) {
            --e;
            stripped = true;
        }
        if (stripped) name = surface(b, e);
    }
    Span where = span(b, e);
    if (out_spans_.count(where)) return;
    Mention mention;
    mention.span = where;
    mention.cls = cls;
    mention.name = std::move(name);
    mention.confidence = confidence;
    mention.rule = "names/" + rule;
    add_found(std::move(mention));
}

void NameScan::add_found(Mention mention) {
    out_spans_.insert(mention.span);
    out_.push_back(std::move(mention));
    if (organizations_indexed_) index_organization(out_.back(), out_.size() - 1, true);
}

void NameScan::index_organization(const Mention& m, std::size_t order, bool scanned) {
    if (m.cls != EntityClass::Organization || m.rule == "names/short_form") return;
    std::string name = fold(m.name);
    std::unordered_set<std::string> seen;
    for (std::size_t from = 0; from <= name.size();) {
        std::size_t to = name.find(' ', from);
        if (to == std::string::npos) to = name.size();
        std::string word = name.substr(from, to - from);
        from = to + 1;
        if (word.empty() || !seen.insert(word).second) continue;
        // short_form matches the word's first occurrence only, and only when that one is a whole word
        std::size_t pos = name.find(word);
        bool whole =
            (pos == 0 || name[pos - 1] == ' ') && (pos + word.size() == name.size() || name[pos + word.size()] == ' ');
        if (!whole) continue;
        Latest& latest = organizations_by_word_[word];
        (scanned ? latest.scanned : latest.known).emplace(m.span.begin, order);  // keeps the first for a begin
    }
}

const Mention* NameScan::latest_organization(const std::string& word, std::size_t at) const {
    auto found = organizations_by_word_.find(word);
    if (found == organizations_by_word_.end()) return nullptr;
    auto before = [at](const std::map<std::size_t, std::size_t>& by_begin) {
        auto it = by_begin.lower_bound(at);
        return it == by_begin.begin() ? by_begin.end() : std::prev(it);
    };
    auto known = before(found->second.known);
    auto scanned = before(found->second.scanned);
    bool has_known = known != found->second.known.end();
    bool has_scanned = scanned != found->second.scanned.end();
    // the latest begin wins; on a tie the lexicon's mention, which comes first
    if (has_known && (!has_scanned || known->first >= scanned->first)) return &doc_.mentions[known->second];
    if (has_scanned) return &out_[scanned->second];
    return nullptr;
}

// "X, a 900-bed hospital" -> Organization, "X, a port city" -> Place; nothing for "X, a nurse at the hospital".
std::optional<EntityClass> NameScan::apposition_class(std::size_t e) const {
    std::size_t n = folded_.size();
    if (e + 2 >= n || words_[e] != "," || !is(Cue::Determiner, e + 1)) return std::nullopt;
    for (std::size_t k = e + 2; k < n && k <= e + 6; ++k) {
        if (!is_wordlike(words_[k]) || title_at(k) || is_possessive(words_[k]) || conn(k) || is(Cue::ClauseWord, k))
            return std::nullopt;
        if (!is_lower_word(words_[k]) && !is_capitalized(words_[k]) && !starts_with_digit(words_[k]))
            return std::nullopt;
        if (!is_lower_word(words_[k])) continue;
        // the noun heads the apposition only when it ends the noun phrase: not "the company's chief executive",
        // "a university student", "a company spokesman"; a participle may follow ("a ransomware group blamed for")
        bool head = k + 1 >= n || (!is_possessive(words_[k + 1]) &&
                                   (!is_lower_word(words_[k + 1]) || is(Cue::ClauseWord, k + 1) || conn(k + 1) ||
                                    cues_.ends_with(Cue::ParticipleEnding, folded_[k + 1])));
        if (head && is(Cue::OrganizationNoun, k)) return EntityClass::Organization;
        if (head && is(Cue::PersonNoun, k)) return EntityClass::Person;
        if (head && is(Cue::PlaceAppositionNoun, k)) return EntityClass::Place;
    }
    return std::nullopt;
}

bool NameScan::acronym_definition(std::size_t b, std::size_t e, EntityClass cls, const std::string& name) {
    std::size_t n = folded_.size();
    if (e + 2 >= n || words_[e] != "(" || words_[e + 2] != ")") return false;
    // Long Form (ACR), or an organization's one-word short name in its own language: "the National Geology and
    // Mining Service (Sernageomin)", "the Office of Gas and Electricity Markets (Ofgem)"
    std::string_view inner = words_[e + 1];
    bool acronym = is_acronym(inner) && is_acronym_of(inner, range_words(b, e));
    bool short_name = cls == EntityClass::Organization && e - b >= 3 && !covered_[e + 1] && inner.size() >= 4 &&
                      is_capitalized(inner) &&
                      std::all_of(inner.begin() + 1, inner.end(), [](unsigned char c) { return std::islower(c) != 0; });
    if (acronym || short_name) {
        emit(b, e, cls, name, confidence::kAcronymDefinition, "acronym_long");
        if (!covered_[e + 1])
            emit(e + 1, e + 2, cls, name, confidence::kAcronymDefinition, "acronym");
        else
            redefine_acronym(span(e + 1, e + 2), cls, name);
        return true;
    }
    return false;
}

// "Australian Federal Police (AFP)": the article's own definition of an acronym the lexicons read otherwise
// ("Agence France-Presse") holds for every use of the acronym in the article.
void NameScan::redefine_acronym(Span acronym, EntityClass cls, const std::string& name) {
    std::string key;
    for (const Mention& m : doc_.mentions)
        if (m.span == acronym && m.rule.starts_with("gazetteer/") && m.name != name && !m.key.empty()) key = m.key;
    if (key.empty()) return;
    for (Mention& m : doc_.mentions) {
        if (m.key != key) continue;
        m.cls = cls;
        m.name = name;
        m.key.clear();
        m.rule = "names/acronym";
        m.confidence = confidence::kAcronymDefinition;
    }
}

void NameScan::short_form(std::size_t k) {
    const HeadWord* head = x_.lexicons_.head(folded_[k]);
    if (!head || head->cls != EntityClass::Organization) return;
    std::size_t at = s_->tokens[k].begin;
    const Mention* best = nullptr;
    const std::string& word = folded_[k];
    if (word.find(' ') == std::string::npos) {
        if (!organizations_indexed_) {
            for (std::size_t i = 0; i < doc_.mentions.size(); ++i) index_organization(doc_.mentions[i], i, false);
            for (std::size_t i = 0; i < out_.size(); ++i) index_organization(out_[i], i, true);
            organizations_indexed_ = true;
        }
        // the head word must be a word of the name; the latest such organization before k is meant
        best = latest_organization(word, at);
    } else {
        auto consider = [&](const Mention& m) {
            if (m.cls != EntityClass::Organization || m.span.begin >= at || m.rule == "names/short_form") return;
            std::string name = fold(m.name);
            std::size_t pos = name.find(word);
            bool word_match = pos != std::string::npos && (pos == 0 || name[pos - 1] == ' ') &&
                              (pos + word.size() == name.size() || name[pos + word.size()] == ' ');
            if (word_match && (!best || m.span.begin > best->span.begin)) best = &m;
        };
        for (const Mention& m : doc_.mentions) consider(m);
        for (const Mention& m : out_) consider(m);
    }
    if (best) {
        Mention mention = *best;
        mention.span = s_->tokens[k];
        mention.confidence = confidence::kShortFormOfKnown;
        mention.rule = "names/short_form";
        mention.entity = -1;
        add_found(std::move(mention));
    } else if (head->standalone && cap(k)) {
        emit(k, k + 1, EntityClass::Organization, std::string(words_[k]), confidence::kShortFormGuess, "short_form");
    }
}

// The state or country named right after ", " at token e ("Irving, Texas"), or "".
std::string NameScan::region_after(std::size_t e) const {
    if (e + 1 >= folded_.size() || words_[e] != "," || !covered_[e + 1]) return {};
    const Mention* m = known_place_at(s_->tokens[e + 1].begin, [](const std::string& kind) { return kind != "city"; });
    if (!m) return {};
    // "Khomeini, Iran's spiritual leader": a possessive region begins an apposition
    std::string_view rest = std::string_view(doc_.text).substr(m->span.end);
    if (rest.starts_with("'s") || rest.starts_with("\u2019s")) return {};
    // "St. Paul, Minn.": an abbreviated region is written out ("St. Paul, Minnesota").
    std::string written = squeeze_spaces(doc_.view(m->span));
    return written.back() == '.' ? x_.gazetteer_->find_key(m->key)->name : written;
}

// The part of speech of each token's first word; tokens and words both run in text order.
void NameScan::token_tags() {
    upos_.assign(words_.size(), std::string_view());
    xpos_.assign(words_.size(), std::string_view());
    std::size_t w = 0;
    for (std::size_t k = 0; k < s_->tokens.size(); ++k) {
        while (w < s_->words.size() && s_->words[w].span.begin < s_->tokens[k].begin) ++w;
        if (w < s_->words.size() && s_->words[w].span.begin == s_->tokens[k].begin) {
            upos_[k] = s_->words[w].upos;
            xpos_[k] = s_->words[w].xpos;
        }
    }
}

bool NameScan::function_word(std::size_t k) const {
    static constexpr std::string_view kOpenNameTags[] = {"PROPN", "NOUN", "ADJ", "NUM", "X", "SYM", ""};
    for (std::string_view tag : kOpenNameTags)
        if (upos_[k] == tag) return false;
    return true;
}

bool NameScan::possessive_inside_name(std::size_t k) const {
    const std::size_t n = words_.size();
    bool plural = words_[k] == "'" || words_[k] == "\u2019";
    if (k == 0 || k + 1 >= n || !cap(k + 1) || s_->tokens[k].begin != s_->tokens[k - 1].end) return false;
    // "Labour's Treasury spokesman": a lexicon name owns what follows, it does not begin it
    if (covered_[k - 1]) return false;
    // "Boston Children's Hospital", "the County Sheriff's Department": a common word or a title owns the body
    if (!(plural && words_[k - 1].back() == 's') &&
        !(is_possessive(words_[k]) && (x_.lexicons_.is_common_word(folded_[k - 1]) || title_at(k - 1) == 1)))
        return false;
    for (std::size_t t = k + 1; t < n && cap(t); ++t) {
        const HeadWord* head = x_.lexicons_.head(folded_[t]);
        if (head && head->cls == EntityClass::Organization) return true;
    }
    return false;
}

bool NameScan::connectors_join(std::size_t j, std::size_t m) const {
    if (m >= words_.size() || !cap(m) || m - j > 2) return false;
    // "of the" joins ("Office of the High Commissioner"), and two name particles ("Miguel de la Madrid"); "and the" /
    // "at the" do not
    return m - j < 2 || is(Cue::Genitive, j) || (is(Cue::Particle, j) && is(Cue::Particle, j + 1));
}

void NameScan::sentence(std::size_t index) {
    si_ = index;
    s_ = &doc_.sentences[index];
    std::vector<std::string> scratch;
    folded_ = folded_tokens(doc_, *s_, scratch);
    words_.clear();
    for (const Span& t : s_->tokens) words_.push_back(doc_.view(t));
    std::size_t n = words_.size();
    covered_.assign(n, false);
    token_tags();
    // lexicon mentions inside the sentence begin inside it
    auto first = std::lower_bound(known_by_begin_.begin(), known_by_begin_.end(), s_->span.begin,
                                  [&](std::size_t i, std::size_t at) { return doc_.mentions[i].span.begin < at; });
    for (auto it = first; it != known_by_begin_.end() && doc_.mentions[*it].span.begin <= s_->span.end; ++it) {
        const Mention& m = doc_.mentions[*it];
        if (!s_->span.contains(m.span)) continue;
        // tokens are in text order: those inside the mention begin inside it
        auto token = std::lower_bound(s_->tokens.begin(), s_->tokens.end(), m.span.begin,
                                      [](const Span& t, std::size_t at) { return t.begin < at; });
        for (auto k = static_cast<std::size_t>(token - s_->tokens.begin()); k < n && s_->tokens[k].begin <= m.span.end;
             ++k)
            if (m.span.contains(s_->tokens[k])) covered_[k] = true;
    }
    // A headline's capitals are style, not evidence: only lexicon matches count there.
    if (s_->headline) return;
    for (std::size_t k = 0; k < n; ++k) {
        if (!cap(k)) {
            // "the ministry", "the commission": lower-case back-references
            if (k > 0 && is(Cue::Definite, k - 1) && x_.lexicons_.head(folded_[k]) && is_lower_word(words_[k]) &&
                (k + 1 >= n || !(conn(k + 1) || cap(k + 1))))
                short_form(k);
            continue;
        }
        std::size_t j = k + 1;
        while (j < n) {
            if (cap(j)) {
                ++j;
                continue;
            }
            if (possessive_inside_name(j)) {
                j += 1;
                continue;
            }
            // "University of Texas at Arlington": "at" joins only inside an organization's name
            bool org_so_far = false;
            for (std::size_t t = k; t < j && !org_so_far; ++t) {
                const HeadWord* head = x_.lexicons_.head(folded_[t]);
                org_so_far = head && head->cls == EntityClass::Organization;
            }
            // "Texaco Inc. of White Plains": a legal form ends the company's name
            if (j > k && is(Cue::LegalForm, j - 1)) break;
            if (joins(j) || (is(Cue::InnerJoin, j) && org_so_far && j + 1 < n && cap(j + 1))) {
                std::size_t m = j;
                while (m < n && conn(m)) ++m;
                if (connectors_join(j, m)) {
                    j = m + 1;
                    continue;
                }
            }
            break;
        }
        if (year_after_head(j)) ++j;
        j = acronym_extension(k, j);
        process(k, j, 0);
        k = j - 1;
    }
}

std::size_t NameScan::acronym_extension(std::size_t k, std::size_t j) const {
    const std::size_t n = words_.size();
    std::size_t x = j;
    while (x < n && x - j < 8 && (cap(x) || conn(x) || folded_[x] == "in")) ++x;
    if (x == j || x + 2 >= n || !cap(x - 1) || words_[x] != "(" || words_[x + 2] != ")" || !is_acronym(words_[x + 1]) ||
        !is_acronym_of(words_[x + 1], range_words(k, x)))
        return j;
    return x;
}

bool NameScan::year_after_head(std::size_t j) const {
    // "the Immunization Agenda 2030", "Expo 2020": a year after a goal's or an event's head word is the name's
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    if (j == 0 || j >= words_.size() || words_[j].size() != 4 ||
        !std::all_of(words_[j].begin(), words_[j].end(), digit))
        return false;
    const HeadWord* head = x_.lexicons_.head(folded_[j - 1]);
    return head && (head->cls == EntityClass::Goal || head->cls == EntityClass::Event) && cap(j - 1);
}

void NameScan::run() {
    std::vector<std::string> scratch;
    for (const Sentence& s : doc_.sentences) {
        const std::vector<std::string>& folded = folded_tokens(doc_, s, scratch);
        for (std::size_t k = 0; k < s.tokens.size(); ++k)
            if (is_lower_word(doc_.view(s.tokens[k]))) lower_words_.insert(folded[k]);
    }
    known_by_begin_.resize(doc_.mentions.size());
    for (std::size_t i = 0; i < known_by_begin_.size(); ++i) known_by_begin_[i] = i;
    std::stable_sort(known_by_begin_.begin(), known_by_begin_.end(), [&](std::size_t a, std::size_t b) {
        return doc_.mentions[a].span.begin < doc_.mentions[b].span.begin;
    });
    for (std::size_t i = 0; i < doc_.sentences.size(); ++i) sentence(i);
    resolve_pending();
    std::erase_if(doc_.mentions, [&](const Mention& m) {
        return m.rule.starts_with("gazetteer/") &&
               std::find(swallowed_.begin(), swallowed_.end(), m.span) != swallowed_.end();
    });
    for (auto& m : out_) doc_.mentions.push_back(std::move(m));
    std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

}  // namespace newsgraph
