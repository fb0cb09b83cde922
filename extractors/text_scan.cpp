// Scanning helpers shared by the quote and relation components.
#include "extractors/text_scan.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <set>

#include "core/text.hpp"
#include "extractors/organization_references.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph::scan {

namespace {
bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');  // no call for ASCII
    return is_letter(c);
}

// The code point at text[at] (which must be inside the text) and its byte length; ASCII without a call.
char32_t char_at(std::string_view text, std::size_t at, std::size_t& length) {
    auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
        length = 1;
        return byte;
    }
    return decode_utf8(text, at, length);
}

// Joiners stay inside a word when a word character follows ("Secretary-General", "don't", "U.N.").
bool is_joiner(char32_t c) { return c == '-' || c == '\'' || c == U'\u2019' || c == '.' || c == U'\u2011'; }
}  // namespace

std::vector<Token> tokenize(std::string_view text, Span range) {
    std::vector<Token> tokens;
    std::size_t at = range.begin;
    const std::size_t end = std::min(range.end, text.size());
    if (at < end) tokens.reserve((end - at) / 4 + 1);  // news text averages more than four bytes a token
    while (at < end) {
        std::size_t length = 1;
        char32_t c = char_at(text, at, length);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == U'\u00a0') {
            at += length;
            continue;
        }
        if (!is_word_char(c)) {
            tokens.push_back({Span{at, at + length}, std::string(text.substr(at, length)), false});
            at += length;
            continue;
        }
        std::size_t stop = at + length;
        while (stop < end) {
            std::size_t next_length = 1;
            char32_t next = char_at(text, stop, next_length);
            if (is_word_char(next)) {
                stop += next_length;
                continue;
            }
            if (is_joiner(next) && stop + next_length < end) {
                std::size_t after_length = 1;
                char32_t after = char_at(text, stop + next_length, after_length);
                if (is_word_char(after)) {
                    stop += next_length + after_length;
                    continue;
                }
            }
            // Abbreviation dot after a single capital ("U.N.", "U.S.").
            if (next == '.' && stop - at >= 1 && stop >= 2 && text[stop - 2] == '.') {
                stop += next_length;
            }
            break;
        }
        Span span{at, stop};
        tokens.push_back({span, fold(span.of(text)), true});
        at = stop;
    }
    return tokens;
}

std::vector<std::string> split_cue(std::string_view cue) {
    std::vector<std::string> words;
    std::string current;
    for (char c : cue) {
        if (c == ' ') {
            if (!current.empty()) words.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) words.push_back(current);
    for (auto& word : words) word = ascii_lower(word);
    return words;
}

namespace {
std::size_t match_from(const std::vector<Token>& tokens, std::size_t at, const std::vector<std::string>& cue,
                       std::size_t part) {
    if (part == cue.size()) return at;
    if (cue[part] == "*") {
        for (std::size_t skip = 0; skip <= kWildcardWords && at + skip <= tokens.size(); ++skip) {
            if (skip > 0 && !tokens[at + skip - 1].word) break;  // a wildcard spans words only
            std::size_t end = match_from(tokens, at + skip, cue, part + 1);
            if (end != 0) return end;
        }
        return 0;
    }
    if (at >= tokens.size() || tokens[at].low != cue[part]) return 0;
    return match_from(tokens, at + 1, cue, part + 1);
}
}  // namespace

std::size_t match_cue(const std::vector<Token>& tokens, std::size_t at, const std::vector<std::string>& cue) {
    if (cue.empty()) return 0;
    std::size_t end = match_from(tokens, at, cue, 0);
    return end == 0 ? 0 : end - at;
}

namespace {
bool resolved_inside(const Document& doc, std::size_t i, Span range) {
    const Mention& m = doc.mentions[i];
    return m.entity >= 0 && static_cast<std::size_t>(m.entity) < doc.entities.size() && range.contains(m.span);
}

// `found` holds mention indices in increasing order; the same input gives the same order for equal spans.
void order_by_position(const Document& doc, std::vector<std::size_t>& found) {
    std::sort(found.begin(), found.end(),
              [&](std::size_t a, std::size_t b) { return doc.mentions[a].span < doc.mentions[b].span; });
}
}  // namespace

std::vector<std::size_t> resolved_mentions_in(const Document& doc, Span range) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < doc.mentions.size(); ++i)
        if (resolved_inside(doc, i, range)) found.push_back(i);
    order_by_position(doc, found);
    return found;
}

MentionsByBegin::MentionsByBegin(const Document& doc) : doc_(doc), order_(doc.mentions.size()) {
    for (std::size_t i = 0; i < order_.size(); ++i) order_[i] = i;
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
        return doc.mentions[a].span.begin < doc.mentions[b].span.begin;
    });
}

std::vector<std::size_t> MentionsByBegin::resolved_in(Span range) const {
    auto first = std::lower_bound(order_.begin(), order_.end(), range.begin,
                                  [&](std::size_t i, std::size_t at) { return doc_.mentions[i].span.begin < at; });
    std::vector<std::size_t> found;
    // a mention inside the range begins inside it
    for (auto it = first; it != order_.end() && doc_.mentions[*it].span.begin <= range.end; ++it)
        if (resolved_inside(doc_, *it, range)) found.push_back(*it);
    std::sort(found.begin(), found.end());
    order_by_position(doc_, found);
    return found;
}

std::size_t token_at_or_after(const std::vector<Token>& tokens, std::size_t offset) {
    auto found = std::lower_bound(tokens.begin(), tokens.end(), offset,
                                  [](const Token& t, std::size_t at) { return t.span.begin < at; });
    return static_cast<std::size_t>(found - tokens.begin());
}

Paragraphs::Paragraphs(std::string_view text) {
    starts_.push_back(0);
    for (std::size_t at = 0; at + 1 < text.size(); ++at) {
        if (text[at] != '\n') continue;
        std::size_t next = at + 1;
        while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) ++next;
        if (next < text.size() && text[next] == '\n') {
            starts_.push_back(next + 1);
            at = next;
        }
    }
}

std::size_t Paragraphs::of(std::size_t offset) const {
    auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<std::size_t>(after - starts_.begin()) - 1;
}

std::vector<EntityClass> parse_classes(std::string_view list) {
    std::vector<EntityClass> classes;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string_view::npos) comma = list.size();
        std::string_view name = list.substr(start, comma - start);
        if (name == "Actor") {
            classes.insert(classes.end(), {EntityClass::Person, EntityClass::Organization, EntityClass::Event});
        } else if (auto cls = entity_class_from_name(name)) {
            classes.push_back(*cls);
        }
        start = comma + 1;
    }
    return classes;
}

bool class_in(EntityClass cls, const std::vector<EntityClass>& classes) {
    return std::find(classes.begin(), classes.end(), cls) != classes.end();
}

Evidence make_evidence(const Document& doc, Span span, double confidence, std::string_view extractor,
                       std::string_view rule) {
    Evidence evidence;
    evidence.document = doc.id;
    evidence.span = span;
    evidence.sentence = std::string(doc.view(span));
    evidence.confidence = confidence;
    evidence.extractor = std::string(extractor);
    evidence.rule = std::string(rule);
    return evidence;
}

Span sentence_span_at(const Document& doc, std::size_t offset) {
    std::size_t index = doc.sentence_at(offset);
    if (index < doc.sentences.size()) return doc.sentences[index].span;
    return Span{offset, offset};
}

bool has_relation(const Document& doc, const Relation& relation) {
    return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
        if (r.predicate != relation.predicate || r.role != relation.role) return false;
        if (r.subject == relation.subject && r.object == relation.object) return true;
        return info(r.predicate).symmetric && r.subject == relation.object && r.object == relation.subject;
    });
}

namespace {
std::string without_dots(std::string_view text) {
    std::string out;
    for (char c : text)
        if (c != '.') out += c;
    return out;
}
}  // namespace

std::vector<std::string> folded_names(const Entity& entity) {
    std::vector<std::string> names;
    auto add = [&](std::string_view form) {
        std::string folded = fold(form);
        if (folded.rfind("the ", 0) == 0) folded.erase(0, 4);
        names.push_back(folded);
        std::string dotless = without_dots(folded);
        if (dotless != folded) names.push_back(dotless);
    };
    add(entity.name);
    for (const auto& alias : entity.aliases) add(alias);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

std::string acronym_of(std::string_view name) {
    std::string initials;
    std::size_t words = 0;
    bool at_word_start = true;
    for (std::size_t at = 0; at < name.size(); ++at) {
        char c = name[at];
        if (c == ' ' || c == '-') {
            at_word_start = true;
            continue;
        }
        if (at_word_start) {
            ++words;
            if (c >= 'A' && c <= 'Z') initials += static_cast<char>(c - 'A' + 'a');
        }
        at_word_start = false;
    }
    return words >= 2 && initials.size() >= 2 ? initials : std::string();
}

namespace {
std::vector<Placed> place_found(const Document& doc, const std::vector<Token>& tokens,
                                const std::vector<std::size_t>& found);
}

std::vector<Placed> place_mentions(const Document& doc, const std::vector<Token>& tokens, Span range) {
    return place_found(doc, tokens, resolved_mentions_in(doc, range));
}

std::vector<Placed> place_mentions(const MentionsByBegin& mentions, const std::vector<Token>& tokens, Span range) {
    return place_found(mentions.doc(), tokens, mentions.resolved_in(range));
}

namespace {
std::vector<Placed> place_found(const Document& doc, const std::vector<Token>& tokens,
                                const std::vector<std::size_t>& found) {
    std::vector<Placed> placed;
    for (std::size_t index : found) {
        const Mention& m = doc.mentions[index];
        std::size_t first = token_at_or_after(tokens, m.span.begin);
        std::size_t end = token_at_or_after(tokens, m.span.end);
        if (first >= end) continue;
        auto entity = static_cast<std::size_t>(m.entity);
        placed.push_back({index, entity, doc.entities[entity].cls, first, end});
    }
    // Nested mentions: keep the outermost so one token belongs to one mention.
    std::vector<Placed> outer;
    for (const auto& p : placed) {
        if (!outer.empty() && p.first < outer.back().end) {
            if (p.end - p.first > outer.back().end - outer.back().first) outer.back() = p;
            continue;
        }
        outer.push_back(p);
    }
    return outer;
}
}  // namespace

ScannedSentences::ScannedSentences(const Document& doc) : fingerprint_(fingerprint(doc)) {
    const MentionsByBegin mentions(doc);
    sentences_.reserve(doc.sentences.size());
    for (const Sentence& sentence : doc.sentences) {
        ScannedSentence s;
        s.tokens = tokenize(doc.text, sentence.span);
        s.words.reserve(s.tokens.size());
        for (const Token& t : s.tokens) s.words.push_back(t.low);
        s.placed = place_mentions(mentions, s.tokens, sentence.span);
        sentences_.push_back(std::move(s));
    }
}

std::size_t ScannedSentences::fingerprint(const Document& doc) {
    // Everything a scan reads; far cheaper than scanning again.
    std::size_t h = std::hash<std::string_view>()(doc.text);
    auto mix = [&h](std::size_t value) { h = (h ^ value) * 0x100000001b3ULL; };
    for (const Sentence& s : doc.sentences) {
        mix(s.span.begin);
        mix(s.span.end);
    }
    for (const Mention& m : doc.mentions) {
        mix(m.span.begin);
        mix(m.span.end);
        mix(static_cast<std::size_t>(m.entity));
        // Entities added without mentions (quotes) leave the scans valid; a mention's entity and class do not.
        bool resolved = m.entity >= 0 && static_cast<std::size_t>(m.entity) < doc.entities.size();
        mix(resolved ? static_cast<std::size_t>(doc.entities[static_cast<std::size_t>(m.entity)].cls) : SIZE_MAX);
    }
    return h;
}

namespace {
// A token never holds one of these spaces, so a tokenizer that reaches one is between tokens.
bool is_ascii_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// True when tokenizing up to `at` and on from it gives the tokens of tokenizing across it.
bool safe_cut(std::string_view text, std::size_t at) {
    return at == 0 || at >= text.size() || is_ascii_space(text[at - 1]) || is_ascii_space(text[at]);
}
}  // namespace

std::vector<Token> document_tokens(const Document& doc, const ScannedSentences& scans) {
    const std::string_view text = doc.text;
    std::size_t covered = 0;
    for (const Sentence& s : doc.sentences) {
        if (s.span.begin < covered || s.span.end < s.span.begin || s.span.end > text.size() ||
            !safe_cut(text, s.span.begin) || !safe_cut(text, s.span.end))
            return tokenize(text, Span{0, text.size()});
        covered = s.span.end;
    }
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 4 + 1);
    auto add_between = [&](std::size_t begin, std::size_t end) {
        if (begin < end)
            for (Token& t : tokenize(text, Span{begin, end})) tokens.push_back(std::move(t));
    };
    covered = 0;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        add_between(covered, doc.sentences[i].span.begin);
        tokens.insert(tokens.end(), scans[i].tokens.begin(), scans[i].tokens.end());
        covered = doc.sentences[i].span.end;
    }
    add_between(covered, text.size());
    return tokens;
}

std::shared_ptr<const ScannedSentences> shared_scans(Document& doc) {
    auto scans = std::dynamic_pointer_cast<const ScannedSentences>(doc.cache);
    if (!scans || !scans->fit(doc)) {
        scans = std::make_shared<const ScannedSentences>(doc);
        doc.cache = scans;
    }
    return scans;
}

const Placed* starting_at(const std::vector<Placed>& placed, std::size_t at) {
    for (const auto& p : placed)
        if (p.first == at) return &p;
    return nullptr;
}

const Placed* ending_at(const std::vector<Placed>& placed, std::size_t end) {
    for (const auto& p : placed)
        if (p.end == end) return &p;
    return nullptr;
}

namespace {

// A looked-up phrase as names are kept: no dots, no leading "the ".
std::string lookup_form(std::string_view folded_phrase) {
    std::string phrase;
    for (char c : folded_phrase)
        if (c != '.') phrase += c;
    if (phrase.rfind("the ", 0) == 0) phrase.erase(0, 4);
    return phrase;
}

}  // namespace

EntityNameIndex::EntityNameIndex(const Document& doc) : none_(doc.entities.size()) {
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        const Entity& entity = doc.entities[i];
        classes_.push_back(entity.cls);
        for (std::string& name : folded_names(entity)) by_name_.emplace(std::move(name), i);
        auto [at, added] = by_acronym_.emplace(std::pair{entity.cls, acronym_of(entity.name)}, i);
        if (!added) at->second = none_;
    }
}

std::size_t EntityNameIndex::find(std::string_view folded_phrase, EntityClass cls) const {
    std::string phrase = lookup_form(folded_phrase);
    if (phrase.empty()) return none_;
    if (auto named = by_name_.find(phrase); named != by_name_.end())
        return classes_[named->second] == cls ? named->second : none_;
    auto acronym = by_acronym_.find({cls, phrase});
    return acronym == by_acronym_.end() ? none_ : acronym->second;
}

std::size_t entity_named(const Document& doc, std::string_view folded_phrase, EntityClass cls) {
    std::string phrase = lookup_form(folded_phrase);
    if (phrase.empty()) return doc.entities.size();
    // A name or alias the text uses decides, whatever its class ("US" the country is no organization).
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        auto names = folded_names(doc.entities[i]);
        if (std::find(names.begin(), names.end(), phrase) != names.end())
            return doc.entities[i].cls == cls ? i : doc.entities.size();
    }
    // Else an acronym of exactly one entity's name ("UN" for "United Nations").
    std::size_t found = doc.entities.size();
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        if (doc.entities[i].cls != cls || acronym_of(doc.entities[i].name) != phrase) continue;
        if (found != doc.entities.size()) return doc.entities.size();
        found = i;
    }
    return found;
}

bool is_quote_mark(std::string_view word) {
    return word == "\"" || word == "\u201c" || word == "\u201d" || word == "'" || word == "\u2018" || word == "\u2019";
}

bool ends_with_possessive(const std::string& word) {
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\u2019s")})
        if (word.size() > suffix.size() && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0)
            return true;
    return false;
}

// Nouns by which news text refers back to an organization it has named ("the company's chief executive").
bool is_organization_noun(const std::string& word) { return has(word_list("organization noun"), word); }

bool is_clause_coordinator(const std::string& word) { return word == "and" || word == "but" || word == "while"; }

namespace {

// Whether the mention's words hang on a word outside it as a subject of the parse.
bool parsed_subject(const Document& doc, const Mention& m) {
    const std::size_t s = doc.sentence_at(m.span.begin);
    if (s >= doc.sentences.size()) return false;
    const Sentence& sentence = doc.sentences[s];
    for (const Word& word : sentence.words) {
        if (!m.span.contains(word.span) || word.head < 0) continue;
        if (m.span.contains(sentence.words[static_cast<std::size_t>(word.head)].span)) continue;
        return word.deprel.starts_with("nsubj");
    }
    return false;
}

// "its": of two or more organizations named since the sentence before, the one a subject, when one alone is
// ("the Contractors' Association wrote ... alleging kickbacks in the PWD. Its president"); else `latest`, or
// entities.size() when the subjects leave it unclear.
std::size_t its_organization(const Document& doc, std::size_t near, std::size_t offset, std::size_t latest) {
    std::set<std::size_t> named, subjects;
    for (const auto& m : doc.mentions) {
        if (m.entity < 0 || m.span.begin >= offset || m.span.begin < near) continue;
        const auto e = static_cast<std::size_t>(m.entity);
        if (doc.entities[e].cls != EntityClass::Organization) continue;
        named.insert(e);
        if (parsed_subject(doc, m)) subjects.insert(e);
    }
    if (named.size() < 2) return latest;
    if (subjects.size() == 1) return *subjects.begin();
    return subjects.count(latest) || subjects.empty() ? latest : doc.entities.size();
}

}  // namespace

// The organization whose name holds `noun` last mentioned before byte `offset`, else the one last mentioned (for
// an empty `noun`, "its", in the sentence of `offset` or the one before); entities.size() if none.
std::size_t organization_before(const Document& doc, std::size_t offset, const std::string& noun) {
    // "the group's director": the one organization the sentence before was about, before any other
    static const WordSet& generic = word_list("generic organization noun");
    if (has(generic, noun))
        if (const int subject = subject_organization_before(doc, offset); subject >= 0)
            return static_cast<std::size_t>(subject);
    // "its" reaches back to the sentence before at most: further back, an organization the extractors missed may
    // stand between ("The IG Metall union ... Its regional leader"); "the company's" reaches further
    std::size_t near = 0;
    for (std::size_t s = 0; s < doc.sentences.size() && doc.sentences[s].span.begin <= offset; ++s)
        near = doc.sentences[s > 0 ? s - 1 : 0].span.begin;
    std::size_t latest = doc.entities.size();
    std::size_t latest_at = 0;
    std::size_t named = doc.entities.size();
    std::size_t named_at = 0;
    std::size_t untyped = doc.entities.size();  // the last whose name holds no organization noun
    std::size_t untyped_at = 0;
    for (const auto& m : doc.mentions) {
        if (m.entity < 0 || m.span.begin >= offset) continue;
        auto e = static_cast<std::size_t>(m.entity);
        if (doc.entities[e].cls != EntityClass::Organization) continue;
        // "the Labour-run council. Its leader": a name before a hyphen only describes the noun "its" stands for
        if (noun.empty() && m.span.end < doc.text.size() && doc.text[m.span.end] == '-') continue;
        bool reachable = !noun.empty() || m.span.begin >= near;
        if (reachable && (latest == doc.entities.size() || m.span.begin >= latest_at)) {
            latest = e;
            latest_at = m.span.begin;
        }
        if (noun.empty()) continue;
        bool holds = false, other_kind = false;
        for (const auto& name : scan::folded_names(doc.entities[e])) {
            auto words = scan::split_cue(name);
            holds = holds || std::find(words.begin(), words.end(), noun) != words.end();
            other_kind = other_kind || std::any_of(words.begin(), words.end(), is_organization_noun);
        }
        if (holds && (named == doc.entities.size() || m.span.begin >= named_at)) {
            named = e;
            named_at = m.span.begin;
        }
        if (!other_kind && (untyped == doc.entities.size() || m.span.begin >= untyped_at)) {
            untyped = e;
            untyped_at = m.span.begin;
        }
    }
    if (noun.empty() && latest != doc.entities.size()) return its_organization(doc, near, offset, latest);
    if (named != doc.entities.size()) return named;
    // "the foundation's chairman" with no foundation named as one: not "Amsterdam District Court", a body of
    // another kind; a generic noun ("the company's") may stand for any
    return has(generic, noun) ? latest : untyped;
}

}  // namespace newsgraph::scan
