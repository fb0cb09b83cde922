// Names from capitalized token runs and the evidence around them.
#include "extractors/name_extractor.hpp"

#include "core/text.hpp"
#include "extractors/gazetteer_extractor.hpp"
#include "extractors/word_shape.hpp"

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace newsgraph {

namespace {

const std::unordered_set<std::string> kConnectors{"of", "for", "and", "&", "the", "on", "at", "de", "da", "di", "del",
                                                  "della", "der", "den", "van", "von", "du", "des", "la", "le", "al",
                                                  "el", "bin", "ibn", "y", "dos", "das"};
// Connectors that may stand inside a person's name.
const std::unordered_set<std::string> kParticles{"de", "da", "di", "del", "della", "der", "den", "van", "von", "du",
                                                 "des", "la", "le", "al", "el", "bin", "ibn", "y", "dos", "das"};
const std::unordered_set<std::string> kDeterminers{"the", "a", "an"};
const std::unordered_set<std::string> kOpeners{"\"", "\u201c", "\u2018", "'", "(", "[", ":", "\u2014", "\u2013", "-", "*", "#", "|"};
// Words that, after "Name, ", say the name is a person ("Mohib, who ...").
const std::unordered_set<std::string> kAppositionWords{"who", "whose", "aged"};

// Prepositions after which a bare name is a location ("in Manaus", "near Tamale").
const std::unordered_set<std::string> kLocatives{"in", "near", "outside", "throughout"};
// Lower-case nouns after a name that make it a place ("the Upper East region").
const std::unordered_set<std::string> kPlaceNouns{"region", "regions", "province", "provinces", "district", "districts",
                                                  "county", "city", "town", "village", "river", "island", "valley",
                                                  "suburb", "municipality", "neighbourhood", "neighborhood", "basin", "delta"};
// Nouns of an apposition that make the name an organization ("X, a 900-bed hospital").
const std::unordered_set<std::string> kOrgNouns{
    "hospital", "company", "firm", "group", "charity", "agency", "service", "bank", "university", "school",
    "newspaper", "broadcaster", "network", "operator", "manufacturer", "startup", "start-up", "carrier", "airline",
    "retailer", "publisher", "organisation", "organization", "ngo", "party", "foundation", "institute", "association",
    "magazine", "website", "insurer", "utility", "regulator", "authority", "club", "band", "lab", "laboratory",
    "subsidiary", "conglomerate", "consultancy", "watchdog", "think-tank", "nonprofit", "non-profit", "cooperative"};
// Nouns of an apposition that make the name a place ("X, a port city").
const std::unordered_set<std::string> kPlaceAppositionNouns{"city", "town", "village", "region", "province",
                                                            "district", "county", "port", "island", "suburb",
                                                            "municipality", "country", "state", "capital"};

// Words that end the noun phrase of an apposition ("X, a teacher whose school ...").
const std::unordered_set<std::string> kClauseWords{"who", "whose", "which", "that", "from", "in", "with", "by",
                                                  "to", "near", "said", "says", "is", "was"};

// Place head words that, after an organization word, name the organization's area ("School District").
const std::unordered_set<std::string> kAdministrativeAreas{"district", "county", "region", "province", "prefecture",
                                                           "municipality", "township", "state"};

// Endings of common English words that personal names do not have ("Public Works", "Animated Series").
bool common_word_shape(std::string_view folded) {
    struct Ending {
        std::string_view text;
        std::size_t min_length;
    };
    static constexpr Ending kEndings[] = {{"tion", 6}, {"sion", 6}, {"ment", 6}, {"ness", 6}, {"ity", 6},
                                          {"ism", 6},  {"ical", 6}, {"ional", 7}, {"ive", 6}, {"ous", 6},
                                          {"ship", 7}, {"ance", 7}, {"ture", 6}, {"ology", 7}, {"ics", 6},
                                          {"eries", 6}, {"ern", 7},  {"ized", 7}, {"ised", 7}, {"ated", 7},
                                          {"works", 5}, {"ories", 7}};
    for (const Ending& ending : kEndings)
        if (folded.size() >= ending.min_length && folded.ends_with(ending.text)) return true;
    return false;
}

bool is_possessive(std::string_view word) { return word == "'s" || word == "\u2019s" || word == "'S"; }

std::string trim_possessive(std::string text) { return squeeze_spaces(text); }

}  // namespace

bool is_acronym_of(std::string_view acronym, const std::vector<std::string_view>& words) {
    std::string letters;
    for (char c : acronym)
        if (c >= 'A' && c <= 'Z') letters += c;
    if (letters.size() < 2 || words.size() < 2) return false;
    // match letters against words: each capitalized word gives its first letter (an acronym word gives all of
    // its capitals); lower-case connectors may give their first letter or nothing
    std::vector<std::string> parts;
    std::vector<bool> optional;
    for (auto w : words) {
        if (w.empty()) continue;
        if (is_acronym(w)) {
            std::string caps;
            for (char c : w)
                if (c >= 'A' && c <= 'Z') caps += c;
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
        if (!ok && parts[p].size() > 1 && l < letters.size() && letters[l] == parts[p][0]) ok = self(self, p + 1, l + 1);
        m = ok ? 1 : 0;
        return ok;
    };
    return go(go, 0, 0);
}

// Per-document scan state; lives on the stack of one run() call.
class NameScan {
public:
    NameScan(const NameExtractor& owner, Document& doc) : x_(owner), doc_(doc) {}
    void run();

private:
    struct Pending {
        std::size_t sentence;
        std::size_t begin, end;  // token range
        Span span;
        std::vector<std::string> folded;
        bool plain = false;  // looks like a personal name: 2-3 capitalized words, none a common word
        bool place = false;  // "in Manaus", "the Upper East region": read as a place when nothing else fits
        bool affiliation = false;  // "Gary Chan of DAB", "FTU's Alice Mak": an acronym standing for a body
    };

    bool cap(std::size_t k) const {
        std::string_view w = words_[k];
        return is_wordlike(w) && !is_possessive(w) && (is_capitalized(w) || is_acronym(w));
    }
    // Connectors are written in lower case ("LA" is not "la").
    bool conn(std::size_t k) const {
        return kConnectors.count(folded_[k]) > 0 && (words_[k] == "&" || is_lower_word(words_[k]));
    }
    // Connectors that may join two capitalized words into one name while scanning.
    bool joins(std::size_t k) const { return conn(k) && folded_[k] != "at" && folded_[k] != "the"; }
    bool initial_position(std::size_t k) const {
        return k == 0 || kOpeners.count(std::string(words_[k - 1])) > 0;
    }
    std::size_t title_at(std::size_t k) const;
    bool title_before(std::size_t b) const;
    Span span(std::size_t b, std::size_t e) const { return {s_->tokens[b].begin, s_->tokens[e - 1].end}; }
    std::string surface(std::size_t b, std::size_t e) const { return trim_possessive(std::string(doc_.view(span(b, e)))); }
    std::vector<std::string_view> range_words(std::size_t b, std::size_t e) const {
        return {words_.begin() + static_cast<std::ptrdiff_t>(b), words_.begin() + static_cast<std::ptrdiff_t>(e)};
    }
    void emit(std::size_t b, std::size_t e, EntityClass cls, std::string name, double confidence, std::string rule);
    void sentence(std::size_t index);
    void process(std::size_t b, std::size_t e, int depth);
    bool person_evidence(std::size_t b, std::size_t e, std::string& rule, double& confidence) const;
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
                common_word_shape(folded_[k]) || w.find_first_of("0123456789") != std::string_view::npos)
                return false;
        }
        return b < e;
    }
    // "in Manaus": a locative preposition before the name, and no possessive after it ("in Smith's book").
    // Also "in Kilkee and Lahinch" (the second name) and "Darren Whitcombe, 52, of Worsley".
    bool locative_before(std::size_t b, std::size_t e) const {
        // "in Batman: The Animated Series" names a work, not a place
        if (b == 0 || (e < words_.size() && (is_possessive(words_[e]) || words_[e] == ":"))) return false;
        if (kLocatives.count(folded_[b - 1])) return true;
        if (b >= 3 && folded_[b - 1] == "and" && cap(b - 2) && kLocatives.count(folded_[b - 3])) return true;
        return b >= 3 && folded_[b - 1] == "of" && words_[b - 2] == "," && starts_with_digit(words_[b - 3]) &&
               words_[b - 3].size() <= 3;
    }
    bool acronym_definition(std::size_t b, std::size_t e, EntityClass cls, const std::string& name);
    void short_form(std::size_t k);
    std::string region_after(std::size_t e) const;
    void resolve_pending();

    const NameExtractor& x_;
    Document& doc_;
    const Sentence* s_ = nullptr;
    std::size_t si_ = 0;
    std::vector<std::string> folded_;
    std::vector<std::string_view> words_;
    std::vector<bool> covered_;  // token lies inside a lexicon mention
    std::unordered_set<std::string> lower_words_;
    std::vector<Mention> out_;
    std::vector<Pending> pending_;
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
        while (point > 0 && (folded_[point - 1] == "the" || folded_[point - 1] == "to" || folded_[point - 1] == "of" ||
                             folded_[point - 1] == "for" || folded_[point - 1] == "in"))
            --point;
    }
    for (std::size_t start = point >= 4 ? point - 4 : 0; start < point; ++start)
        if (title_at(start) == point - start) return true;
    return false;
}

void NameScan::emit(std::size_t b, std::size_t e, EntityClass cls, std::string name, double confidence, std::string rule) {
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
    for (const Mention& m : out_)
        if (m.span == where) return;
    Mention mention;
    mention.span = where;
    mention.cls = cls;
    mention.name = std::move(name);
    mention.confidence = confidence;
    mention.rule = "names/" + rule;
    out_.push_back(std::move(mention));
}

bool NameScan::person_evidence(std::size_t b, std::size_t e, std::string& rule, double& confidence) const {
    std::size_t n = folded_.size();
    std::size_t length = e - b;
    for (std::size_t k = b; k < e; ++k) {
        if (x_.lexicons_.head(folded_[k]) || x_.lexicons_.is_non_name(folded_[k])) return false;
        if (!cap(k) && !kParticles.count(folded_[k])) return false;
    }
    bool all_acronyms = true;
    for (std::size_t k = b; k < e; ++k) all_acronyms = all_acronyms && is_acronym(words_[k]) && !is_initial(words_[k]);
    if (all_acronyms || length > 5) return false;
    // "Lord Mayor", "Courts Correspondent": a run that is or ends in a title names a post, not a person
    if (title_at(b) == length || (length >= 2 && title_at(e - 1) == 1 && !x_.lexicons_.is_given_name(folded_[b])))
        return false;
    if (title_before(b)) {
        rule = "title";
        confidence = 0.85;
        return true;
    }
    if (length >= 2 && x_.lexicons_.is_given_name(folded_[b])) {
        rule = "given_name";
        confidence = 0.8;
        return true;
    }
    // "Kwok-hung", "Shin-wook": hyphenated given names with a lower-case second part
    if (length >= 2 && length <= 3) {
        for (std::size_t k = b; k < e; ++k) {
            std::string_view w = words_[k];
            auto dash = w.find('-');
            if (dash != std::string_view::npos && dash + 1 < w.size() && is_capitalized(w) &&
                is_lower_word(w.substr(dash + 1)) && w.find('-', dash + 1) == std::string_view::npos &&
                !ordinary_suffix(w.substr(dash + 1))) {
                rule = "name_shape";
                confidence = 0.7;
                return true;
            }
        }
    }
    // Initials: "J. K. Rowling", "K.C. Maurer"
    if (length >= 2 && (is_initial(words_[b]) || (words_[b].size() >= 3 && words_[b].size() <= 5 && words_[b][1] == '.')) &&
        !is_initial(words_[e - 1])) {
        rule = "initials";
        confidence = 0.7;
        return true;
    }
    // "Belgium's Romelu Lukaku", "Korea's Kim Shin-wook"
    // ("Nigeria's National Cybersecurity Policy" is not: common-word shapes rule it out)
    if (length >= 2 && length <= 3 && b >= 2 && is_possessive(words_[b - 1]) && covered_[b - 2] && name_shaped(b, e)) {
        rule = "possessive";
        confidence = 0.6;
        return true;
    }
    // "A mother in Tamale said", "an officer in Manaus, who": the name is where the speaker is
    if (locative_before(b, e)) return false;
    // speech: "X said", "X also said", "said X", "according to X"
    std::size_t after = e;
    if (after < n && (folded_[after] == "also" || folded_[after] == "later" || folded_[after] == "then" ||
                      (folded_[after].size() > 3 && folded_[after].ends_with("ly"))))
        ++after;
    bool speech = (after < n && x_.lexicons_.is_speech_verb(folded_[after])) ||
                  (b >= 1 && (folded_[b - 1] == "said" || folded_[b - 1] == "says" || folded_[b - 1] == "added")) ||
                  (b >= 2 && folded_[b - 2] == "according" && folded_[b - 1] == "to");
    if (speech) {
        rule = "speech";
        confidence = length >= 2 ? 0.7 : 0.55;
        return true;
    }
    // apposition: "X, Executive Director of ...", "X, a spokesperson", "X, who", "X, 45,"
    if (e + 1 < n && words_[e] == ",") {
        std::size_t k = e + 1;
        if (kAppositionWords.count(folded_[k])) {
            rule = "apposition";
            confidence = 0.65;
            return true;
        }
        if (starts_with_digit(words_[k]) && k + 1 < n && words_[k + 1] == "," && words_[k].size() <= 3) {
            rule = "age";
            confidence = 0.7;
            return true;
        }
        while (k < n && (kDeterminers.count(folded_[k]) || folded_[k] == "former" || folded_[k] == "then"))
            ++k;
        // skip a qualifier such as "UN", "Afghan" or "Britain's" before the title
        for (std::size_t tries = 0; tries < 3 && k < n && !title_at(k); ++tries) {
            if (!cap(k) && !is_possessive(words_[k])) break;
            ++k;
        }
        if (k < n && title_at(k)) {
            rule = "apposition";
            confidence = 0.75;
            return true;
        }
    }
    return false;
}

// "X, a 900-bed hospital" -> Organization, "X, a port city" -> Place; nothing for "X, a nurse at the hospital".
std::optional<EntityClass> NameScan::apposition_class(std::size_t e) const {
    std::size_t n = folded_.size();
    if (e + 2 >= n || words_[e] != "," || !kDeterminers.count(folded_[e + 1])) return std::nullopt;
    for (std::size_t k = e + 2; k < n && k <= e + 6; ++k) {
        if (!is_wordlike(words_[k]) || title_at(k) || is_possessive(words_[k]) || conn(k) || kClauseWords.count(folded_[k]))
            return std::nullopt;
        if (!is_lower_word(words_[k]) && !is_capitalized(words_[k]) && !starts_with_digit(words_[k])) return std::nullopt;
        if (!is_lower_word(words_[k])) continue;
        // the noun heads the apposition only when it ends the noun phrase: not "the company's chief executive",
        // "a university student", "a company spokesman"; a participle may follow ("a ransomware group blamed for")
        bool head = k + 1 >= n || (!is_possessive(words_[k + 1]) &&
                                   (!is_lower_word(words_[k + 1]) || kClauseWords.count(folded_[k + 1]) || conn(k + 1) ||
                                    folded_[k + 1].ends_with("ed")));
        if (head && kOrgNouns.count(folded_[k])) return EntityClass::Organization;
        if (head && kPlaceAppositionNouns.count(folded_[k])) return EntityClass::Place;
    }
    return std::nullopt;
}

bool NameScan::acronym_definition(std::size_t b, std::size_t e, EntityClass cls, const std::string& name) {
    std::size_t n = folded_.size();
    // Long Form (ACR)
    if (e + 2 < n && words_[e] == "(" && words_[e + 2] == ")" && is_acronym(words_[e + 1]) &&
        is_acronym_of(words_[e + 1], range_words(b, e))) {
        emit(b, e, cls, name, 0.8, "acronym_long");
        if (!covered_[e + 1]) emit(e + 1, e + 2, cls, name, 0.8, "acronym");
        return true;
    }
    return false;
}

void NameScan::short_form(std::size_t k) {
    const HeadWord* head = x_.lexicons_.head(folded_[k]);
    if (!head || head->cls != EntityClass::Organization) return;
    std::size_t at = s_->tokens[k].begin;
    const Mention* best = nullptr;
    auto consider = [&](const Mention& m) {
        if (m.cls != EntityClass::Organization || m.span.begin >= at || m.rule == "names/short_form") return;
        std::string name = fold(m.name);
        std::string word = folded_[k];
        // the head word must be a word of the name
        std::size_t pos = name.find(word);
        bool word_match = pos != std::string::npos && (pos == 0 || name[pos - 1] == ' ') &&
                          (pos + word.size() == name.size() || name[pos + word.size()] == ' ');
        if (word_match && (!best || m.span.begin > best->span.begin)) best = &m;
    };
    for (const Mention& m : doc_.mentions) consider(m);
    for (const Mention& m : out_) consider(m);
    if (best) {
        Mention mention = *best;
        mention.span = s_->tokens[k];
        mention.confidence = 0.6;
        mention.rule = "names/short_form";
        mention.entity = -1;
        out_.push_back(std::move(mention));
    } else if (head->standalone && cap(k)) {
        emit(k, k + 1, EntityClass::Organization, std::string(words_[k]), 0.5, "short_form");
    }
}

// The state or country named right after ", " at token e ("Irving, Texas"), or "".
std::string NameScan::region_after(std::size_t e) const {
    if (e + 1 >= folded_.size() || words_[e] != "," || !covered_[e + 1]) return {};
    for (const Mention& m : doc_.mentions) {
        if (m.cls != EntityClass::Place || m.span.begin != s_->tokens[e + 1].begin) continue;
        const GazetteerEntry* entry = x_.gazetteer_.find_key(m.key);
        if (entry && entry->kind != "city" && m.rule != "gazetteer/demonym") return squeeze_spaces(doc_.view(m.span));
    }
    return {};
}

void NameScan::process(std::size_t b, std::size_t e, int depth) {
    if (depth > 6) return;
    // trim determiners, sentence-initial common words, weekdays and months
    while (b < e) {
        const std::string& w = folded_[b];
        if (kDeterminers.count(w) || conn(b)) {
            ++b;
            continue;
        }
        if (!covered_[b] && x_.lexicons_.is_non_name(w)) {
            ++b;
            continue;
        }
        if (!covered_[b] && initial_position(b) && !is_acronym(words_[b]) && lower_words_.count(w) &&
            !x_.lexicons_.is_given_name(w) && !title_at(b)) {
            ++b;
            continue;
        }
        break;
    }
    while (e > b && (conn(e - 1) || x_.lexicons_.is_non_name(folded_[e - 1]))) --e;
    if (b >= e) return;
    bool all_covered = true;
    for (std::size_t k = b; k < e; ++k) all_covered = all_covered && covered_[k];
    if (all_covered) return;

    // "the Commission and UNODC", "Mary & Leigh Block": split on "and" when the sides stand alone;
    // "Office on Drugs and Crime" stays whole.
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
        if (folded_[k] != "and" && folded_[k] != "&") continue;
        bool left_ends_head = x_.lexicons_.head(folded_[k - 1]) != nullptr;
        bool right_known = covered_[k + 1] || is_acronym(words_[k + 1]) || x_.lexicons_.is_given_name(folded_[k + 1]);
        bool left_person = x_.lexicons_.is_given_name(folded_[b]) && !covered_[b];
        if (left_ends_head || right_known || left_person) {
            process(b, k, depth + 1);
            process(k + 1, e, depth + 1);
            return;
        }
    }

    // Titles split a run: "United Nations Secretary-General António Guterres".
    for (std::size_t p = b; p < e; ++p) {
        std::size_t length = title_at(p);
        if (!length || p + length > e || covered_[p]) continue;
        // a run-final title after a connector belongs to a name ("Ministry of Justice"); after a name it is a
        // post held there ("State Department Spokesperson")
        if (p > b && p + length == e) {
            if (conn(p - 1)) continue;
            process(b, p, depth + 1);
            return;
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
            for (std::size_t i = before; i < pending_.size(); ++i) pending_[i].plain = false;
            if (g < e && e - g >= 2) emit(g, e, EntityClass::Person, surface(g, e), 0.8, "title");
            return;
        }
        if (q < e) {
            std::size_t r = q;
            while (r < e && (!conn(r) || (kParticles.count(folded_[r]) && r + 1 < e && cap(r + 1) && r > q))) ++r;
            bool known = true;
            for (std::size_t k = q; k < r; ++k) known = known && covered_[k];
            // "Lord Mayor": a title after a title is one post, not a person
            bool post = title_at(q) >= r - q;
            if (!post && !known && !x_.lexicons_.head(folded_[r - 1])) emit(q, r, EntityClass::Person, surface(q, r), 0.85, "title");
            else if (!post) process(q, r, depth + 1);
            if (r < e) process(r, e, depth + 1);
        }
        return;
    }

    // "Alvin Yeung of Civic Party": a person, then an affiliation.
    for (std::size_t k = b + 2; k + 1 < e && k <= b + 4; ++k) {
        if (folded_[k] != "of") continue;
        std::string rule;
        double confidence = 0.5;
        bool no_head = true;
        for (std::size_t t = b; t < k; ++t) no_head = no_head && !x_.lexicons_.head(folded_[t]);
        if (no_head && !covered_[b] && person_evidence(b, k, rule, confidence) && rule != "speech" && rule != "apposition") {
            emit(b, k, EntityClass::Person, surface(b, k), confidence, rule);
            process(k + 1, e, depth + 1);
            return;
        }
        // "Tanya Chan of the Civic Party": a name-shaped pair before an organization's name
        bool org_after = false;
        for (std::size_t t = k + 1; t < e; ++t) {
            const HeadWord* head = x_.lexicons_.head(folded_[t]);
            org_after = org_after || (head && head->cls == EntityClass::Organization) ||
                        (covered_[t] && is_acronym(words_[t]));
        }
        if (no_head && org_after && k - b <= 3 && name_shaped(b, k)) {
            emit(b, k, EntityClass::Person, surface(b, k), 0.55, "person_of_org");
            process(k + 1, e, depth + 1);
            return;
        }
        break;
    }

    // Head words: the last one before the first "of"-like connector decides.
    std::size_t head_at = e;
    for (std::size_t k = b; k < e; ++k) {
        if (conn(k) && head_at != e) break;
        if (!cap(k) || !x_.lexicons_.head(folded_[k])) continue;
        // "School District", "Police Department": an organization word before a place word keeps it an organization
        // ("NTU Hospital Station" is a station: only an administrative area word stays with the organization)
        bool org_before = head_at != e && x_.lexicons_.head(folded_[head_at])->cls == EntityClass::Organization &&
                          x_.lexicons_.head(folded_[k])->cls == EntityClass::Place && kAdministrativeAreas.count(folded_[k]);
        if (!org_before) head_at = k;
    }
    // "Park Joo-ho": a name-shaped run whose head word is not last is a person
    if (head_at == b && head_at + 1 != e && e - b <= 3) {
        bool has_connector = false;
        for (std::size_t k = b; k < e; ++k) has_connector = has_connector || conn(k);
        std::string_view last = words_[e - 1];
        auto dash = last.find('-');
        bool name_shape = dash != std::string_view::npos && dash + 1 < last.size() && last.size() - dash - 1 <= 5 &&
                          is_lower_word(last.substr(dash + 1));
        if (!has_connector && name_shape) {
            emit(b, e, EntityClass::Person, surface(b, e), 0.7, "name_shape");
            return;
        }
    }
    if (head_at != e) {
        const HeadWord* head = x_.lexicons_.head(folded_[head_at]);
        if (e - b == 1) {
            if (b > 0 && folded_[b - 1] == "the") short_form(b);
            return;
        }
        // "University of Sheffield of the UK": a trailing "of the <country>" is not part of the name
        for (std::size_t k = head_at + 1; k + 2 < e; ++k) {
            if (folded_[k] != "of" || folded_[k + 1] != "the") continue;
            bool tail_known = true;
            for (std::size_t t = k + 2; t < e; ++t) tail_known = tail_known && covered_[t];
            bool earlier_of = false;
            for (std::size_t t = b; t < k; ++t) earlier_of = earlier_of || folded_[t] == "of";
            if (tail_known && earlier_of) {
                process(b, k, depth + 1);
                return;
            }
        }
        std::string name = surface(b, e);
        if (head->cls == EntityClass::Place) {
            std::string region = region_after(e);
            if (!region.empty()) name += ", " + region;
        }
        double confidence = head->cls == EntityClass::Organization ? 0.75 : 0.6;
        if (!acronym_definition(b, e, head->cls, name))
            emit(b, e, head->cls, name, confidence, "head_word");
        return;
    }

    // "Valeska Paris": a person whose surname is also a place
    if (e - b >= 2 && e - b <= 3 && !covered_[b] && covered_[e - 1] && !covered_[e - 2]) {
        std::string rule;
        double confidence = 0.5;
        if (person_evidence(b, e, rule, confidence)) {
            emit(b, e, EntityClass::Person, surface(b, e), confidence, rule);
            return;
        }
    }
    // Partly known runs: "the United States Hamdullah Mohib" -> parts around the lexicon match.
    for (std::size_t k = b; k < e; ++k) {
        if (!covered_[k]) continue;
        std::size_t end = k;
        while (end < e && covered_[end]) ++end;
        if (k > b) process(b, k, depth + 1);
        if (end < e) process(end, e, depth + 1);
        return;
    }

    // "Southern Cross Terminals (SCT)": an acronym defined right after the name makes it an organization
    if (e - b >= 2 && acronym_definition(b, e, EntityClass::Organization, surface(b, e))) return;
    // "Klinikum Nordhafen, a 900-bed hospital", "Met Eireann, the national meteorological service"
    if (auto cls = apposition_class(e)) {
        emit(b, e, *cls, surface(b, e), 0.6, "apposition_class");
        return;
    }
    std::string rule;
    double confidence = 0.5;
    if (person_evidence(b, e, rule, confidence)) {
        if (e - b == 1 && is_acronym(words_[b])) {
            emit(b, e, EntityClass::Organization, surface(b, e), 0.5, "speech_acronym");
        } else {
            emit(b, e, EntityClass::Person, surface(b, e), confidence, rule);
        }
        return;
    }
    // "Irving, Texas": a name followed by a known state or country
    std::string region = region_after(e);
    if (!region.empty() && e - b <= 3) {
        emit(b, e, EntityClass::Place, surface(b, e) + ", " + region, 0.65, "place_comma");
        return;
    }
    // Split on connectors and try the parts alone.
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
        if (!conn(k) || kParticles.count(folded_[k])) continue;
        process(b, k, depth + 1);
        process(k + 1, e, depth + 1);
        return;
    }
    bool place = e - b <= 3 && name_shaped(b, e) &&
                 (locative_before(b, e) || (e < words_.size() && kPlaceNouns.count(folded_[e]) && is_lower_word(words_[e])));
    bool plain = !place && e - b >= 2 && e - b <= 3 && !initial_position(b) && !title_at(b) && !title_before(b);
    for (std::size_t k = b; k < e && plain; ++k) {
        std::string_view w = words_[k];
        // no word may be a title ("Courts Correspondent") or shaped like a common word ("Animated Series")
        plain = is_capitalized(w) && !is_acronym(w) && !lower_words_.count(folded_[k]) && !x_.lexicons_.is_non_name(folded_[k]) &&
                w.find_first_of("0123456789") == std::string_view::npos && !title_at(k) && !common_word_shape(folded_[k]);
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
    bool affiliation = e - b == 1 && is_acronym(words_[b]) && !is_initial(words_[b]) && words_[b].size() <= 6 &&
                       ((b >= 2 && folded_[b - 1] == "of" && cap(b - 2) && !initial_position(b - 2)) ||
                        (b >= 3 && folded_[b - 1] == "the" && folded_[b - 2] == "of" && cap(b - 3) && !initial_position(b - 3)) ||
                        (e + 1 < n && is_possessive(words_[e]) && cap(e + 1) && !is_acronym(words_[e + 1])));
    Pending pending{si_, b, e, span(b, e), {folded_.begin() + static_cast<std::ptrdiff_t>(b), folded_.begin() + static_cast<std::ptrdiff_t>(e)}, plain, place, affiliation};
    pending_.push_back(std::move(pending));
}

void NameScan::sentence(std::size_t index) {
    si_ = index;
    s_ = &doc_.sentences[index];
    folded_ = folded_tokens(doc_, *s_);
    words_.clear();
    for (const Span& t : s_->tokens) words_.push_back(doc_.view(t));
    std::size_t n = words_.size();
    covered_.assign(n, false);
    for (const Mention& m : doc_.mentions) {
        if (!s_->span.contains(m.span)) continue;
        for (std::size_t k = 0; k < n; ++k)
            if (m.span.contains(s_->tokens[k])) covered_[k] = true;
    }
    // A headline's capitals are style, not evidence: only lexicon matches count there.
    if (s_->headline) return;
    for (std::size_t k = 0; k < n; ++k) {
        if (!cap(k)) {
            // "the ministry", "the commission": lower-case back-references
            if (k > 0 && folded_[k - 1] == "the" && x_.lexicons_.head(folded_[k]) && is_lower_word(words_[k]) &&
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
            if (joins(j) || (folded_[j] == "at" && org_so_far && j + 1 < n && cap(j + 1))) {
                std::size_t m = j;
                while (m < n && conn(m)) ++m;
                // "of the" joins ("Office of the High Commissioner"), "and the" / "at the" do not
                bool joined = m < n && cap(m) && m - j <= 2 && !(m - j == 2 && folded_[j] != "of" && folded_[j] != "for");
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

void NameScan::resolve_pending() {
    std::unordered_set<std::string> surnames, first_names;
    for (const Mention& m : out_) {
        if (m.cls != EntityClass::Person) continue;
        std::vector<Span> parts = x_.tokenizer_.tokenize(m.name);
        if (parts.empty()) continue;
        surnames.insert(fold_token(parts.back().of(m.name)));
        if (parts.size() >= 2) first_names.insert(fold_token(parts.front().of(m.name)));
    }
    std::vector<const Mention*> organizations;
    for (const Mention& m : doc_.mentions)
        if (m.cls == EntityClass::Organization) organizations.push_back(&m);
    for (const Mention& m : out_)
        if (m.cls == EntityClass::Organization) organizations.push_back(&m);
    std::vector<Mention> found;
    for (const Pending& p : pending_) {
        std::string surface_text = squeeze_spaces(doc_.view(p.span));
        const std::string& last = p.folded.back();
        Mention mention;
        mention.span = p.span;
        mention.name = surface_text;
        if (p.folded.size() <= 3 && (surnames.count(last) || (p.folded.size() == 1 && first_names.count(last)))) {
            mention.cls = EntityClass::Person;
            mention.confidence = 0.6;
            mention.rule = "names/known_person";
            found.push_back(mention);
            continue;
        }
        // "Irving" after "Irving, Texas"
        bool place = false;
        for (const Mention& m : out_) {
            if (m.cls != EntityClass::Place || m.rule != "names/place_comma") continue;
            if (fold(squeeze_spaces(doc_.view(m.span))) == fold(surface_text)) {
                mention.cls = EntityClass::Place;
                mention.name = m.name;
                mention.confidence = 0.6;
                mention.rule = "names/known_place";
                found.push_back(mention);
                place = true;
                break;
            }
        }
        if (place) continue;
        if (p.place) {
            mention.cls = EntityClass::Place;
            mention.confidence = 0.45;
            mention.rule = "names/locative";
            found.push_back(mention);
            continue;
        }
        // "Warhol Polaroids", "Warhol Factory": things named after a known person are not people
        bool named_after = surnames.count(p.folded.front()) && !surnames.count(last);
        if (p.plain && !named_after) {
            mention.cls = EntityClass::Person;
            mention.confidence = 0.4;
            mention.rule = "names/plain_name";
            found.push_back(mention);
            continue;
        }
        if (p.folded.size() == 1 && is_acronym(surface_text)) {
            std::size_t before = found.size();
            for (const Mention* org : organizations) {
                std::vector<std::string_view> name_words;
                for (const Span& t : x_.tokenizer_.tokenize(org->name)) name_words.push_back(t.of(org->name));
                if (is_acronym_of(surface_text, name_words)) {
                    mention.cls = EntityClass::Organization;
                    mention.name = org->name;
                    mention.key = org->key;
                    mention.confidence = 0.65;
                    mention.rule = "names/acronym_of";
                    found.push_back(mention);
                    break;
                }
            }
            // an undefined acronym in an affiliation slot still names a body
            if (found.size() == before && p.affiliation) {
                mention.cls = EntityClass::Organization;
                mention.confidence = 0.5;
                mention.rule = "names/acronym_affiliation";
                found.push_back(mention);
            }
        }
    }
    for (auto& m : found) out_.push_back(std::move(m));
}

void NameScan::run() {
    for (const Sentence& s : doc_.sentences)
        for (const Span& t : s.tokens) {
            std::string_view w = doc_.view(t);
            if (is_lower_word(w)) lower_words_.insert(fold_token(w));
        }
    for (std::size_t i = 0; i < doc_.sentences.size(); ++i) sentence(i);
    resolve_pending();
    for (auto& m : out_) doc_.mentions.push_back(std::move(m));
    std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

NameExtractor::NameExtractor() : gazetteer_(tokenizer_), lexicons_(tokenizer_) {}

void NameExtractor::run(Document& doc) const {
    NameScan scan(*this, doc);
    scan.run();
}

}  // namespace newsgraph
