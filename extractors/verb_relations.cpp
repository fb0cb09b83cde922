// Cue-phrase relations: find the cue, the object after it, and the actor.
#include "extractors/verb_relations.hpp"

#include <algorithm>
#include <tuple>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "extractors/confidences.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {

bool is_boundary(const std::string& w) { return w == "." || w == ";" || w == ":" || w == "?" || w == "!"; }

bool is_quote_mark(const std::string& w) { return w == "\"" || w == "\u201C" || w == "\u201D"; }

// Ends a clause's reach for its subject (a ";" list keeps the subject).
bool is_sentence_end(const std::string& w) { return w == "." || w == "?" || w == "!"; }

// Words after which a mention is not the subject of the sentence ("the importance of cooperation").
bool is_preposition(const std::string& w) { return has(word_list("subject preposition"), w); }

bool is_possessive_word(const std::string& w) { return w == "'s" || w == "\u2019s"; }

// Words between a subject and its verb cue ("will", "also").
bool is_adverb(const std::string& w) { return has(word_list("verb adverb"), w); }

// Everything one sentence needs for matching.
using SentenceScan = scan::ScannedSentence;

// True when a clause of its own begins at word `at`, before the cue: ", and the Gates Foundation pledged ... to
// fight": a comma, a coordinator and a named subject (so "Britain, and later France, will fight" stays one).
bool coordinated_clause(const SentenceScan& s, std::size_t at, std::size_t cue) {
    if (s.words[at] != "," || at + 2 >= cue) return false;
    if (!scan::is_clause_coordinator(s.words[at + 1])) return false;
    std::size_t subject = at + 2 < cue && s.words[at + 2] == "the" ? at + 3 : at + 2;
    for (const auto& m : s.placed)
        if (m.first == subject) return true;
    return false;
}

// A Quote entity of the document with its speaker.
struct QuoteInfo {
    Span span;
    std::size_t speaker = 0;
    bool has_speaker = false;
};

class Matcher {
public:
    Matcher(const Document& doc, std::vector<Description> descriptions)
        : doc_(doc), descriptions_(std::move(descriptions)) {
        for (std::size_t i = 0; i < doc.entities.size(); ++i) {
            if (doc.entities[i].cls != EntityClass::Quote) continue;
            QuoteInfo q;
            q.span = doc.entities[i].span;
            for (const auto& r : doc.relations)
                if (r.predicate == Predicate::Said && r.object == i) {
                    q.speaker = r.subject;
                    q.has_speaker = true;
                }
            quotes_.push_back(q);
        }
    }

    const QuoteInfo* quote_at(std::size_t offset) const {
        for (const auto& q : quotes_)
            if (q.span.begin <= offset && offset < q.span.end) return &q;
        return nullptr;
    }

    // The entity the clause before token `cue` is about, or entities.size().
    std::size_t actor(const SentenceScan& s, std::size_t cue, const std::vector<EntityClass>& classes,
                      Span sentence) const {
        const std::size_t none = doc_.entities.size();
        const QuoteInfo* quote = quote_at(s.tokens[cue].span.begin);
        // Pronoun right before the cue: "it targets", "they will combat".
        std::size_t p = cue;
        while (p > 0 && is_adverb(s.words[p - 1])) --p;
        if (p > 0) {
            const std::string& w = s.words[p - 1];
            if (has(word_list("organization pronoun"), w)) {
                return latest_before(s.tokens[p - 1].span.begin, classes, EntityClass::Person);
            }
            if (has(word_list("person pronoun"), w)) {
                if (quote && quote->has_speaker && has(word_list("first person pronoun"), w))
                    return allowed(quote->speaker, classes);
                if (!quote) {
                    for (const auto& q : quotes_)
                        if (sentence.contains(q.span) && q.has_speaker) return allowed(q.speaker, classes);
                    return latest_person_before(s.tokens[p - 1].span.begin, classes);
                }
            }
        }
        // The first fitting mention of the clause (inside the quote when the cue is), unless "the NOUN" comes first.
        auto [definite, definite_at] = definite_subject(s, cue, classes, quote);
        for (std::size_t k = 0; k < s.placed.size(); ++k) {
            const auto& m = s.placed[k];
            if (m.first >= cue || m.first > definite_at) break;
            const QuoteInfo* mq = quote_at(s.tokens[m.first].span.begin);
            if (mq != quote) continue;
            if (m.first > 0 && is_preposition(s.words[m.first - 1])) continue;
            if (m.end < s.words.size() && is_possessive_word(s.words[m.end])) continue;
            if (scan::ends_with_possessive(s.words[m.end - 1])) continue;
            bool boundary_between = false;
            for (std::size_t t = m.end; t < cue; ++t)
                if (is_sentence_end(s.words[t]) || coordinated_clause(s, t, cue)) boundary_between = true;
            if (boundary_between) continue;
            // "The UN body ... opened": the subject is the body described, not the UN.
            if (const Description* d = description_of(m.mention)) {
                if (d->referent < doc_.entities.size() && scan::class_in(doc_.entities[d->referent].cls, classes))
                    return d->referent;
                continue;
            }
            if (!scan::class_in(m.cls, classes)) continue;
            // "United Nations Secretary-General António Guterres": the person is the head.
            if (m.cls == EntityClass::Organization && k + 1 < s.placed.size()) {
                const auto& next = s.placed[k + 1];
                if (next.cls == EntityClass::Person && next.first <= m.end + 3 && next.first < cue &&
                    scan::class_in(EntityClass::Person, classes))
                    return next.entity;
            }
            return m.entity;
        }
        if (definite != none) return definite;
        if (quote && quote->has_speaker) return allowed(quote->speaker, classes);
        // A sentence that carries an attributed quote is about its speaker ("he said, stressing ...").
        if (!quote)
            for (const auto& q : quotes_)
                if (sentence.contains(q.span) && q.has_speaker) return allowed(q.speaker, classes);
        return none;
    }

    std::size_t allowed(std::size_t entity, const std::vector<EntityClass>& classes) const {
        return scan::class_in(doc_.entities[entity].cls, classes) ? entity : doc_.entities.size();
    }

    // The last mention before `offset` whose class fits (never `excluded`).
    std::size_t latest_before(std::size_t offset, const std::vector<EntityClass>& classes, EntityClass excluded) const {
        std::size_t best = doc_.entities.size();
        std::size_t best_at = 0;
        for (const auto& m : doc_.mentions) {
            if (m.entity < 0 || m.span.begin >= offset) continue;
            auto e = static_cast<std::size_t>(m.entity);
            EntityClass cls = doc_.entities[e].cls;
            if (cls == excluded || !scan::class_in(cls, classes)) continue;
            if (best == doc_.entities.size() || m.span.begin >= best_at) {
                best = e;
                best_at = m.span.begin;
            }
        }
        return best;
    }

    std::size_t latest_person_before(std::size_t offset, const std::vector<EntityClass>& classes) const {
        if (!scan::class_in(EntityClass::Person, classes)) return doc_.entities.size();
        return latest_before(offset, {EntityClass::Person}, EntityClass::Quote);
    }

private:
    const Document& doc_;
    std::vector<Description> descriptions_;
    std::vector<QuoteInfo> quotes_;

    // The description whose parent is mention `mention` ("the UN body"), or nullptr.
    const Description* description_of(std::size_t mention) const {
        for (const auto& d : descriptions_)
            if (d.parent_mention == mention) return &d;
        return nullptr;
    }

    // "the session" standing for the entity whose name ends in "session" ("annual session").
    std::size_t short_name(const std::string& word, const std::vector<EntityClass>& classes) const {
        std::size_t found = doc_.entities.size();
        for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
            const Entity& entity = doc_.entities[e];
            if (!scan::class_in(entity.cls, classes)) continue;
            for (const auto& name : scan::folded_names(entity)) {
                auto words = scan::split_cue(name);
                if (words.empty() || words.back() != word) continue;
                if (found != doc_.entities.size() && found != e) return doc_.entities.size();  // ambiguous
                found = e;
            }
        }
        return found;
    }

    // Subject written as "the NOUN" before `cue` (clause start), resolved by short name; with its token.
    std::pair<std::size_t, std::size_t> definite_subject(const SentenceScan& s, std::size_t cue,
                                                         const std::vector<EntityClass>& classes,
                                                         const QuoteInfo* quote) const {
        for (std::size_t t = 0; t + 1 < cue; ++t) {
            if (s.words[t] != "the" || (t > 0 && is_preposition(s.words[t - 1]))) continue;
            if (quote_at(s.tokens[t].span.begin) != quote) continue;
            if (scan::starting_at(s.placed, t) || scan::starting_at(s.placed, t + 1)) continue;
            bool inside = false;
            for (const auto& m : s.placed)
                if (m.first <= t && t < m.end) inside = true;
            if (inside || !s.tokens[t + 1].word) continue;
            std::size_t e = short_name(s.words[t + 1], classes);
            if (e != doc_.entities.size()) return {e, t};
        }
        return {doc_.entities.size(), s.words.size()};
    }
};

}  // namespace

namespace {
// A word count from a pattern file; a malformed one is a fatal data error naming the file.
std::size_t gap_of(const std::string& field, std::string_view file) {
    if (field.empty() || field.find_first_not_of("0123456789") != std::string::npos)
        throw Error(std::string(file), "gap must be a number of words, got '" + field + "'");
    return static_cast<std::size_t>(std::stoul(field));
}
}  // namespace

VerbRelationFinder::VerbRelationFinder() {
    for (const auto& row : tsv_resource("patterns/verb_relations.tsv")) {
        if (row.size() < 6) continue;
        auto predicate = predicate_from_name(row[0]);
        if (!predicate) continue;
        CueRule rule;
        rule.predicate = *predicate;
        rule.rule = row[1];
        rule.subjects = scan::parse_classes(row[2]);
        rule.objects = scan::parse_classes(row[3]);
        rule.cue = scan::split_cue(row[4]);
        rule.gap = gap_of(row[5], "patterns/verb_relations.tsv");
        rule.adjacent = row.size() > 6 && row[6] == "adjacent";
        if (rule.cue.empty() || rule.cue.front() == "*")
            throw Error("patterns/verb_relations.tsv", "a cue must start with a word: " + row[4]);
        cues_by_first_word_[rule.cue.front()].push_back(cues_.size());
        cues_.push_back(std::move(rule));
    }
    for (const auto& row : tsv_resource("patterns/coordination_relations.tsv")) {
        if (row.size() < 5) continue;
        auto predicate = predicate_from_name(row[0]);
        if (!predicate) continue;
        coordinations_.push_back({*predicate, row[1], scan::parse_classes(row[2]), scan::split_cue(row[3]),
                                  gap_of(row[4], "patterns/coordination_relations.tsv")});
    }
}

std::vector<Relation> VerbRelationFinder::find(const Document& doc, std::string_view extractor,
                                               const scan::ScannedSentences& scans) const {
    std::vector<Relation> found;
    Matcher matcher(doc, descriptions_.find(doc, scans));
    auto add = [&](std::size_t subject, Predicate predicate, std::size_t object, Span sentence, double confidence,
                   const std::string& rule) {
        if (subject >= doc.entities.size() || object >= doc.entities.size() || subject == object) return;
        Relation r;
        r.subject = subject;
        r.predicate = predicate;
        r.object = object;
        r.evidence = scan::make_evidence(doc, sentence, confidence, extractor, rule);
        for (const auto& f : found)
            if (f.subject == subject && f.object == object && f.predicate == predicate) return;
        if (!scan::has_relation(doc, r)) found.push_back(std::move(r));
    };

    std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> matches;
    for (std::size_t sentence_index = 0; sentence_index < doc.sentences.size(); ++sentence_index) {
        const Sentence& sentence = doc.sentences[sentence_index];
        const SentenceScan& s = scans[sentence_index];
        const std::size_t n = s.tokens.size();

        // "speaking at LDP headquarters": an organization before a premises noun names the building, not an audience
        auto names_premises = [&](const CueRule& rule, const scan::Placed& m) {
            static const WordSet& premises = word_list("premises noun");
            return rule.predicate == Predicate::Addressed && m.cls == EntityClass::Organization && m.end < n &&
                   has(premises, s.words[m.end]);
        };
        // Objects of the rule after token `from`: the first fitting mention within the gap, and those coordinated with
        // it.
        auto objects_after = [&](std::size_t from, const CueRule& rule) {
            std::vector<std::size_t> objects;
            std::size_t words = 0;
            for (std::size_t t = from; t < n; ++t) {
                // a quotation's end ends the cue's clause ("\"They targeted the elderly,\" Ms Karandikar said")
                if (is_boundary(s.words[t]) || is_quote_mark(s.words[t])) break;
                const scan::Placed* m = scan::starting_at(s.placed, t);
                if (m && scan::class_in(m->cls, rule.objects) && !names_premises(rule, *m)) {
                    objects.push_back(m->entity);
                    // "X and Y", "X, Y and Z"; commas alone make no list ("based in Cincinnati, Ohio")
                    std::size_t next = m->end;
                    bool listed = false;
                    while (next + 1 < n && (s.words[next] == "and" || s.words[next] == "," || s.words[next] == "or")) {
                        std::size_t after = next + 1;
                        if (s.words[next] == "," && after < n && (s.words[after] == "and" || s.words[after] == "or"))
                            ++after;
                        const scan::Placed* more = scan::starting_at(s.placed, after);
                        if (!more || !scan::class_in(more->cls, rule.objects)) break;
                        listed = listed || after > next + 1 || s.words[next] != ",";
                        objects.push_back(more->entity);
                        next = more->end;
                    }
                    if (!listed) objects.resize(1);
                    break;
                }
                if (m) t = m->end - 1;  // another entity stands first
                if (s.tokens[t].word && ++words > rule.gap) break;
            }
            return objects;
        };

        // Cue matches as (rule, token, length), in rule order then text order as the pattern file lists them.
        matches.clear();
        for (std::size_t at = 0; at < n; ++at) {
            auto rules = cues_by_first_word_.find(s.words[at]);
            if (rules == cues_by_first_word_.end()) continue;
            for (std::size_t index : rules->second) {
                std::size_t length = scan::match_cue(s.tokens, at, cues_[index].cue);
                if (length > 0) matches.push_back({index, at, length});
            }
        }
        std::sort(matches.begin(), matches.end());
        for (const auto& [index, at, length] : matches) {
            const CueRule& rule = cues_[index];
            auto objects = objects_after(at + length, rule);
            if (objects.empty()) continue;
            std::size_t subject = doc.entities.size();
            if (rule.adjacent) {
                // "Gunmen loyal to Pablo Escobar killed": a mention after a preposition is not the subject
                const scan::Placed* m = scan::ending_at(s.placed, at);
                bool governed = m && m->first > 0 && is_preposition(s.words[m->first - 1]);
                if (m && !governed && scan::class_in(m->cls, rule.subjects)) subject = m->entity;
            } else {
                subject = matcher.actor(s, at, rule.subjects, sentence.span);
            }
            for (std::size_t object : objects)
                add(subject, rule.predicate, object, sentence.span, confidence::kVerbCue, rule.rule);
        }

        for (const auto& rule : coordinations_) {
            for (std::size_t k = 0; k + 1 < s.placed.size(); ++k) {
                const auto& a = s.placed[k];
                const auto& b = s.placed[k + 1];
                if (!scan::class_in(a.cls, rule.classes) || !scan::class_in(b.cls, rule.classes)) continue;
                if (a.end + 1 != b.first || s.words[a.end] != "and") continue;
                std::size_t words = 0;
                for (std::size_t t = b.end; t < n && words <= rule.gap; ++t) {
                    if (is_boundary(s.words[t])) break;
                    if (scan::match_cue(s.tokens, t, rule.cue)) {
                        add(a.entity, rule.predicate, b.entity, sentence.span, confidence::kVerbCoordination,
                            rule.rule);
                        break;
                    }
                    if (s.tokens[t].word) ++words;
                }
            }
        }
    }
    return found;
}

}  // namespace newsgraph
