// The name extractor's per-document scan: capitalized runs read against the evidence around them,
// then a second pass over the runs left pending. Private to the name extractor's files.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"
#include "extractors/name_extractor.hpp"
#include "extractors/word_lists.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

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
        bool workplace = false;    // "an analyst at Berenberg": after a job title and "at", the holder's employer
    };

    // "Gen Z": one letter names no one.
    bool one_letter(std::size_t b, std::size_t e) const { return e == b + 1 && words_[b].size() == 1; }
    // "'s" after a name.
    static bool is_possessive(std::string_view word) { return word == "'s" || word == "\u2019s" || word == "'S"; }
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
    // "Melbourne Magistrates' Court", "the Royal Children's Hospital": a possessive of a plural or ordinary noun
    // before the capitalized words of an organization's name is part of the name.
    bool possessive_inside_name(std::size_t k) const;
    // True when the connectors at tokens [j, m) join the capitalized word at m to the name before them.
    bool connectors_join(std::size_t j, std::size_t m) const;
    // Connectors that may join two capitalized words into one name while scanning.
    bool joins(std::size_t k) const { return conn(k) && !is(Cue::InnerJoin, k) && !is(Cue::Definite, k); }
    bool initial_position(std::size_t k) const { return k == 0 || cues_.is(Cue::Opener, words_[k - 1]); }
    std::size_t title_at(std::size_t k) const;
    // True when a title of the lexicons that names a post, not an honorific ("Professor"), ends at token k
    // ("chief economist" before "at Nomura").
    bool post_title_ends_at(std::size_t k) const;
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
    // The end of the run [k, j) taken on to the words an acronym in brackets after them spells with it ("the UN
    // Mission in South Sudan (UNMISS)": "in" joins no run otherwise); j when there is none.
    std::size_t acronym_extension(std::size_t k, std::size_t j) const;
    // True when token j is a year after a goal's or an event's head word that ends the run before it.
    bool year_after_head(std::size_t j) const;
    void token_tags();
    // Reads the capitalized run [b, e): emits what it can name now, keeps the rest for resolve_pending.
    void process(std::size_t b, std::size_t e, int depth);
    // Narrows [b, e) to the words that may be a name (no determiner, title tail or sentence-initial common word
    // first; no connector or group noun last); false when nothing the lexicons have not named is left.
    bool trim_run(std::size_t& b, std::size_t& e) const;
    // The end of the run [b, e) without the connectors, group nouns ("the Workers") and party adjective after a
    // body's name ("the Senate Republican") that end it.
    std::size_t trimmed_end(std::size_t b, std::size_t e) const;
    bool split_coordination(std::size_t b, std::size_t e, int depth);
    bool split_at_title(std::size_t b, std::size_t e, int depth);
    // "Kohl's Christian Democrats", "the Free Democrats": one or two capitalized words before a plural the lexicons
    // know alone as another body ("Democrats", the U.S. party) name a body of their own; emits it, drops the
    // lexicon's reading (see swallowed_), reads the rest of the run [b, e) and returns true.
    bool party_of_plural(std::size_t b, std::size_t e, int depth);
    // True when one to three name particles from token k are followed by a capitalized word before e ("Miguel de la
    // Madrid", "Ursula von der Leyen").
    bool particles_before_name(std::size_t k, std::size_t e) const;
    // True when the one-word title at p opens the run [b, e) of up to four words that ends in a head word: the
    // title is part of a place's or a body's name ("Prince William Sound", "Queen Mary Hospital").
    bool title_in_name(std::size_t b, std::size_t p, std::size_t length, std::size_t e) const;
    // True when the run [b, e) ends in a party adjective after a body's name and before a lower-case word ("the
    // Senate Republican leader"): the party says which members are meant and is no part of the name.
    bool party_after_body(std::size_t b, std::size_t e) const;
    // True when a capitalized organization head word ("Association") stands in [b, e).
    bool organization_head_in(std::size_t b, std::size_t e) const;
    // True when the parse tags token k as a verb or a function word (not a noun, proper noun, adjective, number).
    bool function_word(std::size_t k) const;
    bool person_then_affiliation(std::size_t b, std::size_t e, int depth);
    bool head_word_name(std::size_t b, std::size_t e, int depth);
    std::size_t head_word_at(std::size_t b, std::size_t e) const;
    bool hyphenated_surname(std::size_t b, std::size_t e) const;
    void named_area(std::size_t b, std::size_t e);
    bool partly_known(std::size_t b, std::size_t e, int depth);
    // True when the two-word run [b, e) opens with a one-word place that is also a given name and ends in a word
    // that may be a surname ("Florence Welch", "Jordan Henderson"): a person's name.
    bool given_name_place(std::size_t b, std::size_t e) const;
    // "the National Security Council": capitalized words right before a body the lexicons know by a short alias
    // ending in a head word ("Security Council", the UN's) name a body of their own; emits it, drops the lexicon's
    // reading (see swallowed_), reads the rest of the run and returns true.
    bool body_before_known_body(std::size_t b, std::size_t e, int depth);
    // "the Wisconsin Department of Agriculture": a state, region or city right before a body the lexicons know by a
    // name that opens with a head word ("Department of Agriculture", the federal one) names that place's own body;
    // emits it, drops the lexicon's reading of the body (not the place), reads the rest of the run, returns true.
    bool regional_body(std::size_t b, std::size_t e, int depth);
    // The first of up to two capitalized words before token k (from b on) that, with the lexicon name at k, may name
    // a body of their own: no acronym, known name, head word, title, determiner or demonym; k when there is none.
    std::size_t body_words_before(std::size_t b, std::size_t k) const;
    // True when a lexicon mention of an organization covers exactly `span`.
    bool lexicon_organization_at(Span span) const;
    // Emits [from, end) as an organization that takes in the lexicon mention over `known` (dropped after the
    // scan, see swallowed_), then reads the rest of the run [b, e).
    void take_in_known(std::size_t b, std::size_t from, Span known, std::size_t end, std::size_t e,
                       const std::string& rule, int depth);
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
    // "Iraqi" in "the Iraqi city": the run is a demonym, the country's only where the article names it.
    bool demonym_run(std::size_t b, std::size_t e) const {
        auto hit = x_.gazetteer_->match(doc_.text, s_->tokens, folded_, b);
        return hit && hit->demonym && hit->length == e - b;
    }
    // True when a lower-case organization noun stands right before token b, opened by "the", a preposition or a
    // verb over at most three lower-case words and demonyms ("the Brazilian mining company Vale", "told local
    // broadcaster Radio Bio-Bio").
    bool organization_noun_before(std::size_t b) const;
    // "the Charlotte Hornets beat": an article right before the run [b, e) that is no common noun's after it
    // ("the Annie Oakley screen print"): no person's name takes one.
    bool article_before_name(std::size_t b, std::size_t e) const;
    // "invested $4 billion in Anthropic", "a stake in Glencore": "in" before b after a word of investing
    bool stake_before(std::size_t b) const;
    // True when a lower-case organization noun follows token e - 1, after at most two lower-case adjectives ("the
    // Wagner mercenary group"; not "the LNG development group", where the name says what the group works on).
    bool organization_noun_after(std::size_t e) const;
    // "Detroit-based", "Saudi-led": a hyphenated word whose last part is an ordinary lower-case word or participle.
    bool lower_tail(std::string_view word) const {
        auto dash = word.rfind('-');
        if (dash == std::string_view::npos || dash + 1 >= word.size()) return false;
        std::string_view tail = word.substr(dash + 1);
        bool participle = tail.size() > 3 && tail.substr(tail.size() - 2) == "ed";
        return is_lower_word(tail) && (participle || ordinary_suffix(tail));
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
        // "shares in Rolls-Royce", "a stake in Glencore": what one owns a part of is a company, not a place
        if (is(Cue::Locative, b - 1)) return b < 2 || !has(word_list("stake noun"), folded_[b - 2]);
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
    // The place the lexicons found beginning at offset `begin`, of a kind `kinds` allows (not a demonym), or null.
    template <class Kinds>
    const Mention* known_place_at(std::size_t begin, Kinds kinds) const {
        auto it = std::lower_bound(known_by_begin_.begin(), known_by_begin_.end(), begin,
                                   [&](std::size_t i, std::size_t at) { return doc_.mentions[i].span.begin < at; });
        for (; it != known_by_begin_.end() && doc_.mentions[*it].span.begin == begin; ++it) {
            const Mention& m = doc_.mentions[*it];
            if (m.cls != EntityClass::Place || m.rule == "gazetteer/demonym") continue;
            const GazetteerEntry* entry = x_.gazetteer_->find_key(m.key);
            if (entry && kinds(entry->kind)) return &m;
        }
        return nullptr;
    }
    // True when the run b..e stands between an article (and "former") and a company title noun that ends the
    // phrase: "a former Kraft Heinz executive", "the Goldman Sachs chairman" name a company.
    bool company_of_title_noun(std::size_t b, std::size_t e) const;
    // True when the run b..e reads "ORG TITLE NAME" with the title at p..q: b..p names the body.
    // True when the run b..e reads "CITY Plurals" ("the Dallas Cowboys") and was emitted as an organization.
    bool team_after_place(std::size_t b, std::size_t e);
    // True when the run b..e opens with a known place and an apposition after it calls it an organization
    // ("UK Finance, the trade body"): emitted as one organization that takes the place in.
    bool place_opens_body(std::size_t b, std::size_t e);
    // True when the run b..e is ordinary capitalized nouns before a known country ("Statistics Canada"): emitted as
    // one organization.
    bool body_before_country(std::size_t b, std::size_t e);
    // True when the run ending at e ends in a capitalized goal head word of its own ("Regulation", "Act").
    bool ends_in_goal_head(std::size_t e) const;
    // Renames the lexicon's reading of an acronym the article defines as `name` (every use in the article).
    void redefine_acronym(Span acronym, EntityClass cls, const std::string& name);
    bool organization_before_title(std::size_t b, std::size_t p, std::size_t q, std::size_t e) const;
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
    std::vector<std::string_view> upos_;  // per token: the part of speech of its first word, "" without a parse
    std::vector<std::string_view> xpos_;  // per token: its first word's Penn tag, "" without a parse
    std::vector<bool> covered_;           // token lies inside a lexicon mention
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
    std::vector<Span> swallowed_;              // lexicon mentions a longer name took in, removed after the scan
};

}  // namespace newsgraph
