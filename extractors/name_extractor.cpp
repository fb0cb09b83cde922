// Names from capitalized token runs and the evidence around them.
#include "extractors/name_extractor.hpp"

#include <algorithm>
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

namespace {

bool is_possessive(std::string_view word) { return word == "'s" || word == "\u2019s" || word == "'S"; }

}  // namespace

bool is_acronym_of(std::string_view acronym, const std::vector<std::string_view>& words) {
    // digits count like letters: "M5S" for "Movimento 5 Stelle", "G20" for "Group of 20"
    std::string letters;
    for (char c : acronym)
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) letters += c;
    if (letters.size() < 2 || words.size() < 2) return false;
    // match letters against words: each capitalized word gives its first letter (an acronym word gives all of
    // its capitals); lower-case connectors may give their first letter or nothing
    std::vector<std::string> parts;
    std::vector<bool> optional;
    for (auto w : words) {
        if (w.empty()) continue;
        if (is_acronym(w) || starts_with_digit(w)) {
            std::string caps;
            for (char c : w)
                if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) caps += c;
            parts.push_back(caps);
            optional.push_back(false);
        } else {
            char first = w[0];
            if (first >= 'a' && first <= 'z') first = static_cast<char>(first - 'a' + 'A');
            parts.push_back(std::string(1, first));
            optional.push_back(!is_capitalized(w));
        }
    }
    // simple recursive match
    std::vector<std::vector<int>> memo(parts.size() + 1, std::vector<int>(letters.size() + 1, -1));
    auto go = [&](auto& self, std::size_t p, std::size_t l) -> bool {
        if (p == parts.size()) return l == letters.size();
        int& m = memo[p][l];
        if (m >= 0) return m == 1;
        bool ok = false;
        if (optional[p]) ok = self(self, p + 1, l);
        if (!ok && letters.compare(l, parts[p].size(), parts[p]) == 0) ok = self(self, p + 1, l + parts[p].size());
        // a capitalized word may also give its first letter only when it is an acronym word ("UN" -> "U")
        if (!ok && parts[p].size() > 1 && l < letters.size() && letters[l] == parts[p][0])
            ok = self(self, p + 1, l + 1);
        m = ok ? 1 : 0;
        return ok;
    };
    return go(go, 0, 0);
}

// Per-document scan state; lives on the stack of one run() call.
class NameScan {
public:
    NameScan(const NameExtractor& owner, Document& doc) : x_(owner), cues_(*owner.cues_), doc_(doc) {}
    void run();

private:
    struct Pending {
        std::size_t sentence;
        std::size_t begin, end;  // token range
        Span span;
        std::vector<std::string> folded;
        bool plain = false;        // looks like a personal name: 2-3 capitalized words, none a common word
        bool place = false;        // "in Manaus", "the Upper East region": read as a place when nothing else fits
        bool affiliation = false;  // "Gary Chan of DAB", "FTU's Alice Mak": an acronym standing for a body
        bool possessor = false;    // "Demosisto's Nathan Law": one word owning a two-word name
        bool listable = false;     // two or three capitalized words that may be a person in a list of people
    };

    // True when token k's folded word belongs to the cue class.
    bool is(Cue cue, std::size_t k) const { return cues_.is(cue, folded_[k]); }
    // "al-Amr": a lower-case article prefix, a hyphen, then a capitalized part.
    bool prefixed_name_part(std::string_view word) const {
        auto dash = word.find('-');
        return dash != std::string_view::npos && dash + 1 < word.size() &&
               cues_.is(Cue::NamePrefix, word.substr(0, dash)) && is_capitalized(word.substr(dash + 1));
    }
    bool cap(std::size_t k) const {
        std::string_view w = words_[k];
        return is_wordlike(w) && !is_possessive(w) &&
               (is_capitalized(w) || is_acronym(w) || (k > 0 && prefixed_name_part(w) && cap(k - 1)));
    }
    // Connectors are written in lower case ("LA" is not "la").
    bool conn(std::size_t k) const { return is(Cue::Connector, k) && (words_[k] == "&" || is_lower_word(words_[k])); }
    // Connectors that may join two capitalized words into one name while scanning.
    bool joins(std::size_t k) const { return conn(k) && !is(Cue::InnerJoin, k) && !is(Cue::Definite, k); }
    bool initial_position(std::size_t k) const { return k == 0 || cues_.is(Cue::Opener, words_[k - 1]); }
    std::size_t title_at(std::size_t k) const;
    bool title_before(std::size_t b) const;
    Span span(std::size_t b, std::size_t e) const { return {s_->tokens[b].begin, s_->tokens[e - 1].end}; }
    // The words of tokens [b, e) as written, runs of white space squeezed to one space.
    std::string surface(std::size_t b, std::size_t e) const { return squeeze_spaces(doc_.view(span(b, e))); }
    std::vector<std::string_view> range_words(std::size_t b, std::size_t e) const {
        return {words_.begin() + static_cast<std::ptrdiff_t>(b), words_.begin() + static_cast<std::ptrdiff_t>(e)};
    }
    void emit(std::size_t b, std::size_t e, EntityClass cls, std::string name, double confidence,
              const std::string& rule);
    void sentence(std::size_t index);
    // Reads the capitalized run [b, e): emits what it can name now, keeps the rest for resolve_pending.
    void process(std::size_t b, std::size_t e, int depth);
    bool trim_run(std::size_t& b, std::size_t& e) const;
    bool split_coordination(std::size_t b, std::size_t e, int depth);
    bool split_at_title(std::size_t b, std::size_t e, int depth);
    bool person_then_affiliation(std::size_t b, std::size_t e, int depth);
    bool head_word_name(std::size_t b, std::size_t e, int depth);
    std::size_t head_word_at(std::size_t b, std::size_t e) const;
    bool hyphenated_surname(std::size_t b, std::size_t e) const;
    void named_area(std::size_t b, std::size_t e);
    bool partly_known(std::size_t b, std::size_t e, int depth);
    bool evidence_class(std::size_t b, std::size_t e);
    bool split_connectors(std::size_t b, std::size_t e, int depth);
    void defer(std::size_t b, std::size_t e);
    // A rule and its confidence for reading a run as a person.
    struct Evidence {
        const char* rule;
        double confidence;
    };
    // True when the run [b, e) reads as a person's name; sets the rule and its confidence.
    bool person_evidence(std::size_t b, std::size_t e, std::string& rule, double& confidence) const;
    std::optional<Evidence> shape_evidence(std::size_t b, std::size_t e) const;
    std::optional<Evidence> speech_evidence(std::size_t b, std::size_t e) const;
    std::optional<Evidence> apposition_evidence(std::size_t e) const;
    std::optional<EntityClass> apposition_class(std::size_t e) const;
    // "Prize-winner", "London-based": an ordinary English word after a dash is no given-name syllable
    bool ordinary_suffix(std::string_view part) const {
        std::string folded(part);
        return x_.lexicons_.is_common_word(folded) && !x_.lexicons_.is_given_name(folded);
    }
    // Capitalized words that look like a personal name: no title, head word, never-name or common-word shape.
    bool name_shaped(std::size_t b, std::size_t e) const {
        for (std::size_t k = b; k < e; ++k) {
            std::string_view w = words_[k];
            if (!is_capitalized(w) || is_acronym(w) || covered_[k] || lower_words_.count(folded_[k]) ||
                x_.lexicons_.head(folded_[k]) || x_.lexicons_.is_non_name(folded_[k]) || title_at(k) ||
                cues_.common_ending(folded_[k]) || w.find_first_of("0123456789") != std::string_view::npos)
                return false;
        }
        return b < e;
    }
    // "in Manaus": a locative preposition before the name, and no possessive after it ("in Smith's book").
    // Also "in Kilkee and Lahinch" (the second name) and "Darren Whitcombe, 52, of Worsley".
    bool locative_before(std::size_t b, std::size_t e) const {
        // "in Batman: The Animated Series" names a work, not a place
        if (b == 0 || (e < words_.size() && (is_possessive(words_[e]) || words_[e] == ":"))) return false;
        if (is(Cue::Locative, b - 1)) return true;
        // "the town of Yeoncheon", "the province of Idlib"
        if (b >= 3 && is(Cue::OfWord, b - 1) && is(Cue::PlaceNoun, b - 2) && is_lower_word(words_[b - 2]) &&
            is(Cue::Definite, b - 3))
            return true;
        if (b >= 3 && is(Cue::Coordinator, b - 1) && cap(b - 2) && is(Cue::Locative, b - 3)) return true;
        return b >= 3 && is(Cue::OfWord, b - 1) && words_[b - 2] == "," && starts_with_digit(words_[b - 3]) &&
               words_[b - 3].size() <= 3;
    }
    bool acronym_definition(std::size_t b, std::size_t e, EntityClass cls, const std::string& name);
    void short_form(std::size_t k);
    std::string region_after(std::size_t e) const;
    struct Known;
    // The second pass: reads the pending runs with every name of the first pass known.
    void resolve_pending();
    Known known_names() const;
    Mention pending_mention(const Pending& p, EntityClass cls, double confidence, const char* rule) const;
    std::optional<Mention> known_reading(const Pending& p, const Known& known) const;
    bool heads_government(const Pending& p) const;
    std::optional<Mention> pending_reading(const Pending& p, Known& known) const;
    void possessive_affiliations(const std::vector<const Pending*>& possessors);
    void people_in_lists();
    std::vector<bool> pending_taken() const;
    bool listed_next_to_person(const Pending& p, const std::unordered_map<std::size_t, std::size_t>& last_person_at,
                               const std::unordered_set<std::size_t>& person_ends) const;
    // Adds a mention found while scanning sentences and indexes it for emit and short_form.
    void add_found(Mention mention);
    // Indexes an organization for short_form under each word whose first occurrence in its folded name is a whole word.
    void index_organization(const Mention& m, std::size_t order, bool scanned);
    // The organization short_form(k) refers to: nil, or the latest one before `at` naming `word`.
    const Mention* latest_organization(const std::string& word, std::size_t at) const;

    const NameExtractor& x_;
    const NameCues& cues_;
    Document& doc_;
    const Sentence* s_ = nullptr;
    std::size_t si_ = 0;
    std::vector<std::string> folded_;
    std::vector<std::string_view> words_;
    std::vector<bool> covered_;  // token lies inside a lexicon mention
    std::unordered_set<std::string> lower_words_;
    std::vector<Mention> out_;
    std::vector<Pending> pending_;
    // Spans of out_, so that emit sees a repeated span without scanning every earlier mention.
    struct SpanHash {
        std::size_t operator()(const Span& s) const { return std::hash<std::size_t>()(s.begin * 1000003u ^ s.end); }
    };
    std::unordered_set<Span, SpanHash> out_spans_;
    // Per word: span begin -> first organization (doc_.mentions, then out_, in order) with that begin.
    struct Latest {
        std::map<std::size_t, std::size_t> known;    // index into doc_.mentions
        std::map<std::size_t, std::size_t> scanned;  // index into out_
    };
    std::unordered_map<std::string, Latest> organizations_by_word_;
    bool organizations_indexed_ = false;
    std::vector<std::size_t> known_by_begin_;  // doc_.mentions (unchanged while scanning) ordered by begin
};

std::size_t NameScan::title_at(std::size_t k) const {
    if (k >= folded_.size()) return 0;
    const std::vector<std::size_t>* values = nullptr;
    return x_.lexicons_.titles.match(folded_, k, values);
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
        // a title is never part of a person's name ("Mr. Toccafondi" -> "Toccafondi")
        bool stripped = false;
        for (std::size_t length; b < e && (length = title_at(b)) && b + length < e;) {
            b += length;
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

bool NameScan::person_evidence(std::size_t b, std::size_t e, std::string& rule, double& confidence) const {
    std::size_t length = e - b;
    for (std::size_t k = b; k < e; ++k) {
        if (x_.lexicons_.head(folded_[k]) || x_.lexicons_.is_non_name(folded_[k])) return false;
        if (!cap(k) && !is(Cue::Particle, k)) return false;
    }
    bool all_acronyms = true;
    for (std::size_t k = b; k < e; ++k) all_acronyms = all_acronyms && is_acronym(words_[k]) && !is_initial(words_[k]);
    if (all_acronyms || length > 5) return false;
    // "Lord Mayor", "Courts Correspondent": a run that is or ends in a title names a post, not a person
    if (title_at(b) == length || (length >= 2 && title_at(e - 1) == 1 && !x_.lexicons_.is_given_name(folded_[b])))
        return false;
    std::optional<Evidence> found = shape_evidence(b, e);
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
    if (title_before(b)) return Evidence{"title", confidence::kPersonAfterTitle};
    if (length >= 2 && x_.lexicons_.is_given_name(folded_[b]))
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
    // ("Nigeria's National Cybersecurity Policy" is not: common-word shapes rule it out)
    if (length >= 2 && length <= 3 && b >= 2 && is_possessive(words_[b - 1]) && covered_[b - 2] && name_shaped(b, e))
        return Evidence{"possessive", confidence::kPersonPossessive};
    return std::nullopt;
}

// Speech: "X said", "X also said", "said X", "according to X".
std::optional<NameScan::Evidence> NameScan::speech_evidence(std::size_t b, std::size_t e) const {
    std::size_t n = folded_.size();
    std::size_t after = e;
    if (after < n && (is(Cue::SpeechAdverb, after) || (folded_[after].size() > 3 && folded_[after].ends_with("ly"))))
        ++after;
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
    if (is(Cue::AppositionWord, k)) return Evidence{"apposition", confidence::kPersonAppositionWord};
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
        bool head = k + 1 >= n ||
                    (!is_possessive(words_[k + 1]) && (!is_lower_word(words_[k + 1]) || is(Cue::ClauseWord, k + 1) ||
                                                       conn(k + 1) || folded_[k + 1].ends_with("ed")));
        if (head && is(Cue::OrganizationNoun, k)) return EntityClass::Organization;
        if (head && is(Cue::PersonNoun, k)) return EntityClass::Person;
        if (head && is(Cue::PlaceAppositionNoun, k)) return EntityClass::Place;
    }
    return std::nullopt;
}

bool NameScan::acronym_definition(std::size_t b, std::size_t e, EntityClass cls, const std::string& name) {
    std::size_t n = folded_.size();
    // Long Form (ACR)
    if (e + 2 < n && words_[e] == "(" && words_[e + 2] == ")" && is_acronym(words_[e + 1]) &&
        is_acronym_of(words_[e + 1], range_words(b, e))) {
        emit(b, e, cls, name, confidence::kAcronymDefinition, "acronym_long");
        if (!covered_[e + 1]) emit(e + 1, e + 2, cls, name, confidence::kAcronymDefinition, "acronym");
        return true;
    }
    return false;
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
    for (const Mention& m : doc_.mentions) {
        if (m.cls != EntityClass::Place || m.span.begin != s_->tokens[e + 1].begin) continue;
        const GazetteerEntry* entry = x_.gazetteer_->find_key(m.key);
        if (entry && entry->kind != "city" && m.rule != "gazetteer/demonym") return squeeze_spaces(doc_.view(m.span));
    }
    return {};
}

void NameScan::process(std::size_t b, std::size_t e, int depth) {
    if (depth > 6 || !trim_run(b, e)) return;
    if (split_coordination(b, e, depth) || split_at_title(b, e, depth) || person_then_affiliation(b, e, depth) ||
        head_word_name(b, e, depth) || partly_known(b, e, depth) || evidence_class(b, e) ||
        split_connectors(b, e, depth))
        return;
    defer(b, e);
}

// Narrows [b, e) past a title that ends inside it, leading articles, connectors, never-names and sentence-initial
// common words, and trailing connectors; false when nothing unknown is left.
bool NameScan::trim_run(std::size_t& b, std::size_t& e) const {
    // "director General Suleiman al-Amr": a title that starts before the run and ends inside it is no part of a name
    for (std::size_t start = b >= 3 ? b - 3 : 0; start < b; ++start) {
        std::size_t length = title_at(start);
        if (start + length > b && start + length < e) {
            b = start + length;
            break;
        }
    }
    // trim determiners, sentence-initial common words, weekdays and months
    while (b < e) {
        const std::string& w = folded_[b];
        if (is(Cue::Determiner, b) || conn(b)) {
            ++b;
            continue;
        }
        if (!covered_[b] && x_.lexicons_.is_non_name(w)) {
            ++b;
            continue;
        }
        // "Team Estonia had ...": an initial head word before a known name is part of a name
        bool head_before_known = x_.lexicons_.head(w) && b + 1 < e && covered_[b + 1];
        if (!covered_[b] && initial_position(b) && !is_acronym(words_[b]) && lower_words_.count(w) &&
            !head_before_known && (!x_.lexicons_.is_given_name(w) || w.find('-') != std::string::npos) &&
            !title_at(b)) {
            ++b;
            continue;
        }
        break;
    }
    while (e > b && (conn(e - 1) || x_.lexicons_.is_non_name(folded_[e - 1]))) --e;
    if (b >= e) return false;
    bool all_covered = true;
    for (std::size_t k = b; k < e; ++k) all_covered = all_covered && covered_[k];
    return !all_covered;
}

// "the Commission and UNODC": splits at a coordinator when the sides stand alone; true when it split.
bool NameScan::split_coordination(std::size_t b, std::size_t e, int depth) {
    // "the Commission and UNODC", "Mary & Leigh Block": split on "and" when the sides stand alone;
    // "Office on Drugs and Crime" stays whole.
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
        if (!is(Cue::Coordinator, k)) continue;
        bool left_ends_head = x_.lexicons_.head(folded_[k - 1]) != nullptr;
        bool right_known = covered_[k + 1] || is_acronym(words_[k + 1]) || x_.lexicons_.is_given_name(folded_[k + 1]);
        bool left_person = x_.lexicons_.is_given_name(folded_[b]) && !covered_[b];
        if (left_ends_head || right_known || left_person) {
            process(b, k, depth + 1);
            process(k + 1, e, depth + 1);
            return true;
        }
    }
    return false;
}

// A title inside the run splits it: the words after it may be the person holding it; true when one was found.
bool NameScan::split_at_title(std::size_t b, std::size_t e, int depth) {
    // Titles split a run: "United Nations Secretary-General António Guterres".
    for (std::size_t p = b; p < e; ++p) {
        std::size_t length = title_at(p);
        if (!length || p + length > e || covered_[p]) continue;
        // a run-final title after a connector belongs to a name ("Ministry of Justice"); after a name it is a
        // post held there ("State Department Spokesperson")
        if (p > b && p + length == e) {
            if (conn(p - 1)) continue;
            process(b, p, depth + 1);
            return true;
        }
        if (p > b) process(b, p, depth + 1);
        std::size_t q = p + length;
        if (q < e && conn(q)) {
            // "CEO of the Refugee Council Enver Solomon": after the last head word or lexicon match, a name;
            // "Minister of Education Stefania Giannini": a person from a given name on, or the last two
            // words before a speech verb
            std::size_t g = q + 1;
            for (std::size_t t = q + 1; t < e; ++t)
                if (covered_[t] || x_.lexicons_.head(folded_[t])) g = t + 1;
            bool after_affiliation = g > q + 1 && e - g >= 2 && e - g <= 4;
            if (!after_affiliation) {
                g = q + 1;
                while (g < e && !x_.lexicons_.is_given_name(folded_[g])) ++g;
                bool speech = e < folded_.size() && x_.lexicons_.is_speech_verb(folded_[e]);
                if (g == e && speech && e >= q + 4) g = e - 2;
            }
            // "Minister of Public Works": the words after "of" name a portfolio, never a person
            std::size_t before = pending_.size();
            process(q + 1, g, depth + 1);
            for (std::size_t i = before; i < pending_.size(); ++i) pending_[i].plain = pending_[i].listable = false;
            if (g < e && e - g >= 2)
                emit(g, e, EntityClass::Person, surface(g, e), confidence::kPersonAfterTitleGap, "title");
            return true;
        }
        if (q < e) {
            std::size_t r = q;
            while (r < e && (!conn(r) || (is(Cue::Particle, r) && r + 1 < e && cap(r + 1) && r > q))) ++r;
            bool known = true;
            for (std::size_t k = q; k < r; ++k) known = known && covered_[k];
            // "Lord Mayor": a title after a title is one post, not a person
            bool post = title_at(q) >= r - q;
            if (!post && !known && !x_.lexicons_.head(folded_[r - 1]))
                emit(q, r, EntityClass::Person, surface(q, r), confidence::kPersonAfterTitle, "title");
            else if (!post)
                process(q, r, depth + 1);
            if (r < e) process(r, e, depth + 1);
        }
        return true;
    }
    return false;
}

// "Alvin Yeung of Civic Party": a person, then "of" and the body; true when read so.
bool NameScan::person_then_affiliation(std::size_t b, std::size_t e, int depth) {
    // "Alvin Yeung of Civic Party": a person, then an affiliation.
    for (std::size_t k = b + 2; k + 1 < e && k <= b + 4; ++k) {
        if (!is(Cue::OfWord, k)) continue;
        std::string rule;
        double confidence = confidence::kPersonEvidenceUnset;
        bool no_head = true;
        for (std::size_t t = b; t < k; ++t) no_head = no_head && !x_.lexicons_.head(folded_[t]);
        if (no_head && !covered_[b] && person_evidence(b, k, rule, confidence) && rule != "speech" &&
            rule != "apposition") {
            emit(b, k, EntityClass::Person, surface(b, k), confidence, rule);
            // "Raymond Chan of People Power", "Nick Rhodes of Duran Duran": an unknown name after a person and "of"
            // is the body the person belongs to (known places are lexicon matches, so not read here)
            std::size_t body = k + 1 < e && is(Cue::Definite, k + 1) ? k + 2 : k + 1;
            bool unknown_body =
                body < e && e - body <= 3 && !(e - body == 1 && x_.lexicons_.is_non_name(folded_[body]));
            for (std::size_t t = body; t < e && unknown_body; ++t)
                unknown_body = is_capitalized(words_[t]) && !is_acronym(words_[t]) && !covered_[t] &&
                               !x_.lexicons_.head(folded_[t]) && !title_at(t) &&
                               !x_.lexicons_.is_given_name(folded_[t]);
            // the body must end the phrase: not "the Social Welfare constituency", "Studio 54", "the Neo Democrats"
            std::size_t n = words_.size();
            bool phrase_ends = e >= n || !is_wordlike(words_[e]) || conn(e) || is(Cue::ClauseWord, e) ||
                               x_.lexicons_.is_speech_verb(folded_[e]) ||
                               (is_lower_word(words_[e]) && folded_[e].ends_with("ed"));
            if (unknown_body && phrase_ends && !locative_before(body, e) && !region_after(e).size())
                emit(body, e, EntityClass::Organization, surface(body, e), confidence::kAffiliationOfPerson,
                     "affiliation_of_person");
            else
                process(k + 1, e, depth + 1);
            return true;
        }
        // "Tanya Chan of the Civic Party": a name-shaped pair before an organization's name
        bool org_after = false;
        for (std::size_t t = k + 1; t < e; ++t) {
            const HeadWord* head = x_.lexicons_.head(folded_[t]);
            org_after =
                org_after || (head && head->cls == EntityClass::Organization) || (covered_[t] && is_acronym(words_[t]));
        }
        // "James To of the Democratic Party": a given name, then an organization the lexicon knows
        std::size_t tail = k + 1 < e && is(Cue::Definite, k + 1) ? k + 2 : k + 1;
        bool known_org_tail = tail < e;
        for (std::size_t t = tail; t < e; ++t) known_org_tail = known_org_tail && covered_[t];
        if (known_org_tail) {
            bool org_mention = false;
            for (const Mention& m : doc_.mentions)
                org_mention = org_mention || (m.cls == EntityClass::Organization && m.span == span(tail, e));
            known_org_tail = org_mention;
        }
        bool given_pair = k - b >= 2 && k - b <= 3 && x_.lexicons_.is_given_name(folded_[b]);
        for (std::size_t t = b; t < k && given_pair; ++t)
            given_pair = is_capitalized(words_[t]) && !is_acronym(words_[t]);
        if (no_head && ((org_after && k - b <= 3 && name_shaped(b, k)) || (known_org_tail && given_pair))) {
            emit(b, k, EntityClass::Person, surface(b, k), confidence::kPersonOfOrganization, "person_of_org");
            process(k + 1, e, depth + 1);
            return true;
        }
        break;
    }
    return false;
}

// A run holding a head word ("Ministry", "Stadium") names a thing of that word's class; true when it had one.
bool NameScan::head_word_name(std::size_t b, std::size_t e, int depth) {
    std::size_t head_at = head_word_at(b, e);
    // "Park Joo-ho": a name-shaped run whose head word is not last is a person
    if (head_at == b && head_at + 1 != e && e - b <= 3 && hyphenated_surname(b, e)) {
        emit(b, e, EntityClass::Person, surface(b, e), confidence::kPersonNameShape, "name_shape");
        return true;
    }
    if (head_at == e) return false;
    const HeadWord* head = x_.lexicons_.head(folded_[head_at]);
    if (head_at > b && cap(head_at - 1))
        if (const HeadWord* compound = x_.lexicons_.compound_head(folded_[head_at - 1], folded_[head_at]))
            head = compound;
    if (e - b == 1) {
        if (b > 0 && is(Cue::Definite, b - 1)) short_form(b);
        return true;
    }
    // "University of Sheffield of the UK": a trailing "of the <country>" is not part of the name
    for (std::size_t k = head_at + 1; k + 2 < e; ++k) {
        if (!is(Cue::OfWord, k) || !is(Cue::Definite, k + 1)) continue;
        bool tail_known = true;
        for (std::size_t t = k + 2; t < e; ++t) tail_known = tail_known && covered_[t];
        bool earlier_of = false;
        for (std::size_t t = b; t < k; ++t) earlier_of = earlier_of || is(Cue::OfWord, t);
        if (tail_known && earlier_of) {
            process(b, k, depth + 1);
            return true;
        }
    }
    std::string name = surface(b, e);
    if (head->cls == EntityClass::Place) {
        std::string region = region_after(e);
        if (!region.empty()) name += ", " + region;
    }
    double confidence =
        head->cls == EntityClass::Organization ? confidence::kHeadWordOrganization : confidence::kHeadWordOther;
    if (!acronym_definition(b, e, head->cls, name)) emit(b, e, head->cls, name, confidence, "head_word");
    if (head_at == b) named_area(b, e);
    return true;
}

// The head word that decides the run's class: the last one before the first "of"-like connector; e when none.
std::size_t NameScan::head_word_at(std::size_t b, std::size_t e) const {
    std::size_t head_at = e;
    for (std::size_t k = b; k < e; ++k) {
        if (conn(k) && head_at != e) break;
        if (!cap(k) || !x_.lexicons_.head(folded_[k])) continue;
        // "School District", "Police Department": an organization word before a place word keeps it an organization
        // ("NTU Hospital Station" is a station: only an administrative area word stays with the organization)
        bool org_before = head_at != e && x_.lexicons_.head(folded_[head_at])->cls == EntityClass::Organization &&
                          x_.lexicons_.head(folded_[k])->cls == EntityClass::Place && is(Cue::AdministrativeArea, k);
        if (!org_before) head_at = k;
    }
    return head_at;
}

// "Joo-ho" or "Joo-Ho": the run has no connector and its last word ends in a short syllable after a hyphen.
bool NameScan::hyphenated_surname(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e; ++k)
        if (conn(k)) return false;
    std::string_view last = words_[e - 1];
    auto dash = last.find('-');
    if (dash == std::string_view::npos || dash + 1 >= last.size() || last.size() - dash - 1 > 5) return false;
    std::string_view tail = last.substr(dash + 1);
    return is_lower_word(tail) || (is_capitalized(tail) && !is_acronym(tail) && is_capitalized(last) &&
                                   !x_.lexicons_.is_common_word(fold_token(tail)));
}

// "Municipality of Bogliasco", "Province of Idlib": the place an administrative body is named after.
void NameScan::named_area(std::size_t b, std::size_t e) {
    if (!(b + 2 < e && is(Cue::OfWord, b + 1) && is(Cue::AdministrativeArea, b) && e - b - 2 <= 3)) return;
    for (std::size_t k = b + 2; k < e; ++k)
        if (!is_capitalized(words_[k]) || is_acronym(words_[k]) || covered_[k] || x_.lexicons_.head(folded_[k])) return;
    emit(b + 2, e, EntityClass::Place, surface(b + 2, e), confidence::kAdministrativeArea, "administrative_area");
}

// "Valeska Paris" (a person whose surname is a place), or the parts around a lexicon match; true when handled.
bool NameScan::partly_known(std::size_t b, std::size_t e, int depth) {
    // "Valeska Paris": a person whose surname is also a place
    if (e - b >= 2 && e - b <= 3 && !covered_[b] && covered_[e - 1] && !covered_[e - 2]) {
        std::string rule;
        double confidence = confidence::kPersonEvidenceUnset;
        if (person_evidence(b, e, rule, confidence)) {
            emit(b, e, EntityClass::Person, surface(b, e), confidence, rule);
            return true;
        }
    }
    // Partly known runs: "the United States Hamdullah Mohib" -> parts around the lexicon match.
    for (std::size_t k = b; k < e; ++k) {
        if (!covered_[k]) continue;
        std::size_t end = k;
        while (end < e && covered_[end]) ++end;
        if (k > b) process(b, k, depth + 1);
        if (end < e) process(end, e, depth + 1);
        return true;
    }
    return false;
}

// The class from evidence next to the run: an acronym definition, an apposition, person evidence, ", Texas".
bool NameScan::evidence_class(std::size_t b, std::size_t e) {
    // "Southern Cross Terminals (SCT)": an acronym defined right after the name makes it an organization
    if (e - b >= 2 && acronym_definition(b, e, EntityClass::Organization, surface(b, e))) return true;
    // "Klinikum Nordhafen, a 900-bed hospital", "Met Eireann, the national meteorological service"
    if (auto cls = apposition_class(e)) {
        emit(b, e, *cls, surface(b, e), confidence::kAppositionClass, "apposition_class");
        return true;
    }
    std::string rule;
    double confidence = confidence::kPersonEvidenceUnset;
    if (person_evidence(b, e, rule, confidence)) {
        if (e - b == 1 && is_acronym(words_[b])) {
            emit(b, e, EntityClass::Organization, surface(b, e), confidence::kSpeechAcronym, "speech_acronym");
        } else {
            emit(b, e, EntityClass::Person, surface(b, e), confidence, rule);
        }
        return true;
    }
    // "Irving, Texas": a name followed by a known state or country
    std::string region = region_after(e);
    if (!region.empty() && e - b <= 3) {
        emit(b, e, EntityClass::Place, surface(b, e) + ", " + region, confidence::kPlaceComma, "place_comma");
        return true;
    }
    return false;
}

// Splits at a connector and reads the parts alone; true when it split.
bool NameScan::split_connectors(std::size_t b, std::size_t e, int depth) {
    // Split on connectors and try the parts alone.
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
        if (!conn(k) || is(Cue::Particle, k)) continue;
        process(b, k, depth + 1);
        process(k + 1, e, depth + 1);
        return true;
    }
    return false;
}

// Keeps the run for the second pass, with what its shape and place say about it.
void NameScan::defer(std::size_t b, std::size_t e) {
    bool place = e - b <= 3 && name_shaped(b, e) &&
                 (locative_before(b, e) || (e < words_.size() && is(Cue::PlaceNoun, e) && is_lower_word(words_[e])));
    bool plain = !place && e - b >= 2 && e - b <= 3 && !initial_position(b) && !title_at(b) && !title_before(b);
    for (std::size_t k = b; k < e && plain; ++k) {
        std::string_view w = words_[k];
        // no word may be a title ("Courts Correspondent") or shaped like a common word ("Animated Series")
        plain = is_capitalized(w) && !is_acronym(w) && !lower_words_.count(folded_[k]) &&
                !x_.lexicons_.is_non_name(folded_[k]) && w.find_first_of("0123456789") == std::string_view::npos &&
                !title_at(k) && !cues_.common_ending(folded_[k]);
        // "Prize-winner", "London-based": a compound with an ordinary lower-case tail is no name part
        auto dash = w.find('-');
        if (plain && dash != std::string_view::npos && dash + 1 < w.size() && is_lower_word(w.substr(dash + 1)))
            plain = !ordinary_suffix(w.substr(dash + 1));
    }
    // "Velvet Underground", "Easy Rider": with no other evidence a name needs a given name or an unusual word
    if (plain) {
        bool unusual = false;
        for (std::size_t k = b; k < e && !unusual; ++k)
            unusual = x_.lexicons_.is_given_name(folded_[k]) || !x_.lexicons_.is_common_word(folded_[k]);
        plain = unusual;
    }
    std::size_t n = words_.size();
    bool affiliation =
        e - b == 1 && is_acronym(words_[b]) && !is_initial(words_[b]) && words_[b].size() <= 6 &&
        ((b >= 2 && is(Cue::OfWord, b - 1) && cap(b - 2) && !initial_position(b - 2)) ||
         (b >= 3 && is(Cue::Definite, b - 1) && is(Cue::OfWord, b - 2) && cap(b - 3) && !initial_position(b - 3)) ||
         (e + 1 < n && is_possessive(words_[e]) && cap(e + 1) && !is_acronym(words_[e + 1])));
    bool possessor = e - b == 1 && !is_acronym(words_[b]) && e + 2 < n && is_possessive(words_[e]) && cap(e + 1) &&
                     cap(e + 2) && !is_acronym(words_[e + 1]) && !x_.lexicons_.is_given_name(folded_[b]) &&
                     !x_.lexicons_.is_common_word(folded_[b]) && !x_.lexicons_.is_non_name(folded_[b]);
    bool listable = e - b >= 2 && e - b <= 3 && !initial_position(b);
    for (std::size_t k = b; k < e && listable; ++k)
        listable = is_capitalized(words_[k]) && !is_acronym(words_[k]) && !covered_[k] &&
                   !x_.lexicons_.head(folded_[k]) && !x_.lexicons_.is_non_name(folded_[k]) && !title_at(k) &&
                   words_[k].find_first_of("0123456789") == std::string_view::npos;
    Pending pending{
        si_,
        b,
        e,
        span(b, e),
        {folded_.begin() + static_cast<std::ptrdiff_t>(b), folded_.begin() + static_cast<std::ptrdiff_t>(e)},
        plain,
        place,
        affiliation,
        possessor,
        listable};
    pending_.push_back(std::move(pending));
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
            // "University of Texas at Arlington": "at" joins only inside an organization's name
            bool org_so_far = false;
            for (std::size_t t = k; t < j && !org_so_far; ++t) {
                const HeadWord* head = x_.lexicons_.head(folded_[t]);
                org_so_far = head && head->cls == EntityClass::Organization;
            }
            if (joins(j) || (is(Cue::InnerJoin, j) && org_so_far && j + 1 < n && cap(j + 1))) {
                std::size_t m = j;
                while (m < n && conn(m)) ++m;
                // "of the" joins ("Office of the High Commissioner"), "and the" / "at the" do not
                bool joined = m < n && cap(m) && m - j <= 2 && !(m - j == 2 && !is(Cue::Genitive, j));
                if (joined) {
                    j = m + 1;
                    continue;
                }
            }
            break;
        }
        process(k, j, 0);
        k = j - 1;
    }
}

// What the second pass knows when it reads the runs left pending: names found so far.
struct NameScan::Known {
    std::unordered_set<std::string> surnames, first_names;          // of the people found, folded
    std::unordered_set<std::string> plain_surnames;                 // last words of plain two- and three-word names
    std::vector<const Mention*> organizations;                      // lexicon matches, then found ones
    std::vector<std::vector<std::string_view>> organization_words;  // their names' words, made on first use
    std::unordered_map<std::string, const Mention*> comma_places;   // "Irving, Texas" by folded surface
};

NameScan::Known NameScan::known_names() const {
    Known known;
    for (const Mention& m : out_) {
        if (m.cls != EntityClass::Person) continue;
        std::vector<Span> parts = x_.tokenizer_->tokenize(m.name);
        if (parts.empty()) continue;
        known.surnames.insert(fold_token(parts.back().of(m.name)));
        if (parts.size() >= 2) known.first_names.insert(fold_token(parts.front().of(m.name)));
    }
    // "Caitlin Boswell" read as a plain name makes a later lone "Boswell" that person too
    for (const Pending& p : pending_)
        if (p.plain && p.folded.size() >= 2 &&
            !(known.surnames.count(p.folded.front()) && !known.surnames.count(p.folded.back())))
            known.plain_surnames.insert(p.folded.back());
    for (const Mention& m : doc_.mentions)
        if (m.cls == EntityClass::Organization) known.organizations.push_back(&m);
    for (const Mention& m : out_)
        if (m.cls == EntityClass::Organization) known.organizations.push_back(&m);
    // the first one found for a surface names it
    for (const Mention& m : out_)
        if (m.cls == EntityClass::Place && m.rule == "names/place_comma")
            known.comma_places.emplace(fold(squeeze_spaces(doc_.view(m.span))), &m);
    return known;
}

void NameScan::resolve_pending() {
    Known known = known_names();
    std::vector<Mention> found;
    std::vector<const Pending*> possessors;
    for (const Pending& p : pending_) {
        // (a possessor is decided once every person is known)
        if (p.possessor && !known_reading(p, known)) {
            possessors.push_back(&p);
            continue;
        }
        if (auto mention = pending_reading(p, known)) found.push_back(std::move(*mention));
    }
    for (auto& m : found) out_.push_back(std::move(m));
    possessive_affiliations(possessors);
    people_in_lists();
}

// A pending run's mention with class, confidence and rule set from `cls` and `rule`.
Mention NameScan::pending_mention(const Pending& p, EntityClass cls, double confidence, const char* rule) const {
    Mention mention;
    mention.span = p.span;
    mention.name = squeeze_spaces(doc_.view(p.span));
    mention.cls = cls;
    mention.confidence = confidence;
    mention.rule = std::string("names/") + rule;
    return mention;
}

// A person or place named before: a known surname or first name, or "Irving" after "Irving, Texas".
std::optional<Mention> NameScan::known_reading(const Pending& p, const Known& known) const {
    const std::string& last = p.folded.back();
    if (p.folded.size() <= 3 &&
        (known.surnames.count(last) ||
         (p.folded.size() == 1 && (known.first_names.count(last) || known.plain_surnames.count(last)))))
        return pending_mention(p, EntityClass::Person, confidence::kKnownPerson, "known_person");
    if (known.comma_places.empty()) return std::nullopt;
    auto place = known.comma_places.find(fold(squeeze_spaces(doc_.view(p.span))));
    if (place == known.comma_places.end()) return std::nullopt;
    Mention mention = pending_mention(p, EntityClass::Place, confidence::kKnownPlace, "known_place");
    mention.name = place->second->name;
    return mention;
}

// "the Monti government", "the Obama administration": a surname naming a government.
bool NameScan::heads_government(const Pending& p) const {
    const std::string& last = p.folded.back();
    std::string surface_text = squeeze_spaces(doc_.view(p.span));
    if (p.folded.size() != 1 || is_acronym(surface_text) || x_.lexicons_.is_common_word(last)) return false;
    const Sentence& s = doc_.sentences[p.sentence];
    auto word = [&](std::size_t k) { return doc_.view(s.tokens[k]); };
    return p.begin > 0 && cues_.is(Cue::Definite, fold_token(word(p.begin - 1))) && p.end < s.tokens.size() &&
           is_lower_word(word(p.end)) && cues_.is(Cue::GovernmentNoun, word(p.end));
}

// The reading of a pending run, in order of evidence: known name, locative place, head of government, plain
// personal name, acronym of a named organization or in an affiliation slot.
std::optional<Mention> NameScan::pending_reading(const Pending& p, Known& known) const {
    if (auto mention = known_reading(p, known)) return mention;
    if (p.place) return pending_mention(p, EntityClass::Place, confidence::kLocative, "locative");
    if (heads_government(p))
        return pending_mention(p, EntityClass::Person, confidence::kHeadOfGovernment, "head_of_government");
    // "Warhol Polaroids", "Warhol Factory": things named after a known person are not people
    bool named_after = known.surnames.count(p.folded.front()) && !known.surnames.count(p.folded.back());
    if (p.plain && !named_after) return pending_mention(p, EntityClass::Person, confidence::kPlainName, "plain_name");
    std::string surface_text = squeeze_spaces(doc_.view(p.span));
    if (p.folded.size() != 1 || !is_acronym(surface_text)) return std::nullopt;
    if (known.organization_words.empty()) {
        known.organization_words.resize(known.organizations.size());
        for (std::size_t i = 0; i < known.organizations.size(); ++i)
            for (const Span& t : x_.tokenizer_->tokenize(known.organizations[i]->name))
                known.organization_words[i].push_back(t.of(known.organizations[i]->name));
    }
    for (std::size_t i = 0; i < known.organizations.size(); ++i) {
        if (!is_acronym_of(surface_text, known.organization_words[i])) continue;
        Mention mention = pending_mention(p, EntityClass::Organization, confidence::kAcronymOf, "acronym_of");
        mention.name = known.organizations[i]->name;
        mention.key = known.organizations[i]->key;
        return mention;
    }
    // an undefined acronym in an affiliation slot still names a body
    if (p.affiliation)
        return pending_mention(p, EntityClass::Organization, confidence::kAcronymAffiliation, "acronym_affiliation");
    return std::nullopt;
}

// "Youngspiration's Baggio Leung": an unknown word whose possessive precedes a person's name is that person's body.
void NameScan::possessive_affiliations(const std::vector<const Pending*>& possessors) {
    std::unordered_set<std::size_t> person_begins;
    for (const Mention& m : out_)
        if (m.cls == EntityClass::Person) person_begins.insert(m.span.begin);
    for (const Pending* p : possessors) {
        const Sentence& s = doc_.sentences[p->sentence];
        std::size_t owned = p->end + 1;
        if (owned < s.tokens.size() && person_begins.count(s.tokens[owned].begin))
            out_.push_back(pending_mention(*p, EntityClass::Organization, confidence::kPossessiveAffiliation,
                                           "possessive_affiliation"));
    }
}

// Per pending run: true when it overlaps a mention already found.
std::vector<bool> NameScan::pending_taken() const {
    // spans sorted by begin, with the largest end so far
    std::vector<Span> spans;
    for (const Mention& m : out_) spans.push_back(m.span);
    std::sort(spans.begin(), spans.end());
    std::vector<std::size_t> max_end(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) max_end[i] = std::max(spans[i].end, i ? max_end[i - 1] : 0);
    std::vector<bool> taken(pending_.size(), false);
    for (std::size_t i = 0; i < pending_.size(); ++i) {
        const Span& p = pending_[i].span;
        // spans with begin < p.end; one of them overlaps when it also ends after p.begin
        auto upto = std::lower_bound(spans.begin(), spans.end(), p.end,
                                     [](const Span& s, std::size_t at) { return s.begin < at; });
        std::size_t count = static_cast<std::size_t>(upto - spans.begin());
        taken[i] = count > 0 && max_end[count - 1] > p.begin;
    }
    return taken;
}

// True when the pending run stands in a list right after a person ("Ansel Adams, Chuck Close") or right before one
// in a list that goes on ("Chuck Close, Walker Evans and ..."), not an apposition.
bool NameScan::listed_next_to_person(const Pending& p,
                                     const std::unordered_map<std::size_t, std::size_t>& last_person_at,
                                     const std::unordered_set<std::size_t>& person_ends) const {
    const Sentence& s = doc_.sentences[p.sentence];
    auto separator = [&](std::size_t k) { return cues_.is(Cue::ListSeparator, doc_.view(s.tokens[k])); };
    if (p.begin >= 2 && separator(p.begin - 1) && person_ends.count(s.tokens[p.begin - 2].end)) return true;
    if (p.end + 1 >= s.tokens.size() || !separator(p.end)) return false;
    auto person = last_person_at.find(s.tokens[p.end + 1].begin);
    if (person == last_person_at.end()) return false;
    const Mention& m = out_[person->second];
    std::size_t next = p.end + 1;
    while (next < s.tokens.size() && s.tokens[next].end <= m.span.end) ++next;
    std::string_view between = doc_.view(s.tokens[p.end]);
    return (cues_.is(Cue::Coordinator, between) && is_lower_word(between)) ||
           (next < s.tokens.size() && separator(next));
}

// "such as Ansel Adams, Chuck Close, Walker Evans": a two- or three-word name listed next to people is a person.
void NameScan::people_in_lists() {
    std::vector<bool> taken = pending_taken();
    // persons found so far by the offset where they begin (the last one) and where they end
    std::unordered_map<std::size_t, std::size_t> last_person_at;
    std::unordered_set<std::size_t> person_ends;
    auto note_person = [&](std::size_t index) {
        const Mention& m = out_[index];
        if (m.cls != EntityClass::Person) return;
        last_person_at[m.span.begin] = index;
        person_ends.insert(m.span.end);
    };
    for (std::size_t i = 0; i < out_.size(); ++i) note_person(i);
    // pending names waiting for a person to end (before them) or begin (after them) at an offset
    std::unordered_map<std::size_t, std::vector<std::size_t>> waiting_end, waiting_begin;
    for (std::size_t i = 0; i < pending_.size(); ++i) {
        const Pending& p = pending_[i];
        if (taken[i] || !p.listable) continue;
        const Sentence& s = doc_.sentences[p.sentence];
        if (p.begin >= 2) waiting_end[s.tokens[p.begin - 2].end].push_back(i);
        if (p.end + 1 < s.tokens.size()) waiting_begin[s.tokens[p.end + 1].begin].push_back(i);
    }
    // Passes over the pending names until none changes; a name is looked at again only when a person next to it
    // was found, in the same pass when it comes later, else in the next pass.
    std::set<std::size_t> this_pass, next_pass;
    for (std::size_t i = 0; i < pending_.size(); ++i) this_pass.insert(i);
    while (!this_pass.empty()) {
        for (auto it = this_pass.begin(); it != this_pass.end(); ++it) {
            std::size_t i = *it;
            const Pending& p = pending_[i];
            if (taken[i] || !p.listable) continue;
            if (!listed_next_to_person(p, last_person_at, person_ends)) continue;
            out_.push_back(
                pending_mention(p, EntityClass::Person, confidence::kListedWithPeople, "listed_with_people"));
            taken[i] = true;
            note_person(out_.size() - 1);
            for (auto* waiting : {&waiting_end, &waiting_begin}) {
                auto found = waiting->find(waiting == &waiting_end ? p.span.end : p.span.begin);
                if (found == waiting->end()) continue;
                for (std::size_t j : found->second)
                    if (!taken[j]) (j > i ? this_pass : next_pass).insert(j);
            }
        }
        this_pass.swap(next_pass);
        next_pass.clear();
    }
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
    for (auto& m : out_) doc_.mentions.push_back(std::move(m));
    std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

NameExtractor::NameExtractor() : NameExtractor(load_gazetteer()) {}

NameExtractor::NameExtractor(std::shared_ptr<const Gazetteer> gazetteer)
    : gazetteer_(std::move(gazetteer)), lexicons_(*tokenizer_) {}

void NameExtractor::run(Document& doc) const {
    NameScan scan(*this, doc);
    scan.run();
}

}  // namespace newsgraph
