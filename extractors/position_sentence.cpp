// Finds the titles a sentence's words give between people and organizations.
#include "extractors/position_sentence.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {

bool is_article(const std::string& word) { return word == "the" || word == "a" || word == "an"; }

bool is_boundary_word(const std::string& word) { return word == "." || word == ";" || word == "(" || word == ")"; }

bool is_possessive(const std::string& word) {
    return word == "'s" || word == "\u2019s" || word == "'" || word == "\u2019";
}

// An organization as a placed mention over tokens [first, end).
scan::Placed as_placed(std::size_t entity, std::size_t first, std::size_t end) {
    scan::Placed p;
    p.entity = entity;
    p.cls = EntityClass::Organization;
    p.first = first;
    p.end = end;
    return p;
}

}  // namespace

SentencePositions::SentencePositions(const Document& doc, const scan::ScannedSentence& sentence,
                                     const TitleLexicon& titles, const std::vector<PositionVerb>& verbs,
                                     std::vector<Position>& found)
    : doc_(doc),
      tokens_(sentence.tokens),
      words_(sentence.words),
      placed_(sentence.placed),
      n_(sentence.tokens.size()),
      titles_(titles),
      verbs_(verbs),
      title_modifiers_(WordLists::shared()->get("title modifier")),
      found_(found) {}

void SentencePositions::find() {
    organization_title_comma_name();
    for (const auto& person : placed_) {
        if (person.cls != EntityClass::Person) continue;
        if (person.end < n_ && words_[person.end] == ",") appositions(person);
        titles_before(person);
        title_name_of(person);
        title_of_org_name(person);
    }
}

void SentencePositions::organization_title_comma_name() {
    for (std::size_t at = 0; at < n_; ++at) {
        scan::Placed org;
        const scan::Placed* named = scan::starting_at(placed_, at);
        std::size_t after = 0;
        if (named && named->cls == EntityClass::Organization) {
            // "the BBC's correspondent, X" and "the Crown prosecutor, X"
            after = named->end;
            if (after < n_ && is_possessive(words_[after])) ++after;
            org = *named;
        } else if (auto ref = reference_at(at)) {
            org = as_placed(ref->entity, ref->first, ref->end);
            after = ref->end;
        } else {
            continue;
        }
        std::size_t title_end = described_title(after, n_);
        if (title_end == after || aide_before(org.first)) continue;
        std::size_t role_end = qualifier_end(title_end);
        if (const scan::Placed* person = person_after_comma(role_end))
            add(*person, org, after, role_end, "position/org-title-comma-name");
    }
}

bool SentencePositions::aide_before(std::size_t at) const {
    std::size_t k = at;
    if (k > 0 && words_[k - 1] == "the") --k;
    if (k < 2 || (words_[k - 1] != "for" && words_[k - 1] != "of" && words_[k - 1] != "to")) return false;
    std::size_t title = k - 2;
    while (title > 0 && title_at(title - 1) == k - 1) --title;  // "chief spokesperson"
    return title_at(title) == k - 1;
}

void SentencePositions::appositions(const scan::Placed& person) {
    apposition_titles_of(person);
    if (const auto* org = org_at(person.end + 1)) {
        std::size_t after = org->end;
        if (after < n_ && is_possessive(words_[after])) ++after;
        std::size_t title_first = after;
        // Up to two describing words before the title ("regional director" is written whole).
        for (std::size_t skip = 0; skip <= 2 && title_first + skip < n_; ++skip) {
            std::size_t end = title_at(title_first + skip);
            if (end > title_first + skip) {
                add(person, *org, title_first, end, "position/appos-org-title");
                break;
            }
            if (!tokens_[title_first + skip].word) break;
        }
    }
    if (auto ref = reference_at(person.end + 1)) {
        std::size_t title_end = described_title(ref->end, n_);
        if (title_end > ref->end)
            add(person, as_placed(ref->entity, ref->first, ref->end), ref->end, qualifier_end(title_end),
                "position/appos-reference-title");
    }
    if (person.end + 1 < n_ && words_[person.end + 1] == "who" && person.end + 2 < n_) {
        for (const auto& verb : verbs_) {
            if (words_[person.end + 2] != verb.verb) continue;
            if (const auto* org = org_at(person.end + 3)) {
                Position p;
                p.person = person.entity;
                p.organization = org->entity;
                p.role = verb.role;
                // "who heads IBAMA's environmental protection directorate": the head of a unit of it
                if (std::size_t unit_end = unit_after(org->end))
                    p.role +=
                        " of " +
                        std::string(doc_.view(Span{tokens_[org->first].span.begin, tokens_[unit_end - 1].span.end}));
                p.kind = titles_.kind(verb.role);
                p.span = Span{tokens_[person.first].span.begin, tokens_[org->end - 1].span.end};
                p.rule = verb.rule;
                found_.push_back(std::move(p));
            }
        }
    }
}

void SentencePositions::apposition_titles_of(const scan::Placed& person) {
    // "X, Director of A, and Chairman of B", "X, Chief Constable of A and chair of B": each "TITLE of ORG" of the
    // apposition.
    for (std::size_t at = person.end + 1, round = 0; at < n_ && round < 3; ++round) {
        if (is_article(words_[at])) ++at;
        std::size_t title_end = title_at(at);
        if (title_end == at || title_end >= n_ ||
            (words_[title_end] != "of" && words_[title_end] != "at" && words_[title_end] != "for"))
            break;
        std::size_t after = 0;  // where the organization ends, when one follows the title
        if (const auto* org = org_at(title_end + 1)) {
            // "head of the FBI's Cincinnati field office": the title is of a unit; the role names it
            add(person, *org, at, std::max(title_end, unit_after(org->end)), "position/appos-title-of");
            after = org->end;
        } else if (const auto* described = described_org_at(title_end + 1)) {
            // "founder of the Lagos-based charity Second Chance Initiative"
            add(person, *described, at, title_end, "position/appos-title-of");
        } else if (words_[title_end] == "of") {
            // "head of advocacy at Transparency International UK": the title keeps its field.
            for (std::size_t t = title_end + 2; t < n_ && t <= title_end + 3; ++t) {
                if (!tokens_[t - 1].word || scan::starting_at(placed_, t - 1)) break;
                if (words_[t] != "at" && words_[t] != "of") continue;
                if (const auto* org2 = org_at(t + 1)) add(person, *org2, at, t, "position/appos-title-of");
                break;
            }
        }
        // "... of Avon and Somerset Police and chair of the Council": "and" right after the organization goes on too
        if (after > 0 && after + 1 < n_ && words_[after] == "and") {
            at = after + 1;
            continue;
        }
        std::size_t comma = title_end;
        while (comma < n_ && words_[comma] != "," && !is_boundary_word(words_[comma])) ++comma;
        if (comma + 2 >= n_ || words_[comma] != "," || words_[comma + 1] != "and") break;
        at = comma + 2;
    }
}

void SentencePositions::titles_before(const scan::Placed& person) {
    for (const auto& org : placed_) {
        bool place = org.cls == EntityClass::Place && public_office(person.first);
        if ((org.cls != EntityClass::Organization && !place) || org.end > person.first) continue;
        // "Republican Senator John McCain": a member noun before a title says membership, not the title's body
        if (org.cls == EntityClass::Organization && doc_.mentions[org.mention].rule == "gazetteer/demonym") continue;
        // "Former Pakistani Prime Minister Imran Khan": a post held before, as "former" before the title says
        if (org.first > 0 && words_[org.first - 1] == "former") continue;
        std::size_t after = org.end;
        if (after < person.first && is_possessive(words_[after])) ++after;
        bool possessive = after > org.end || scan::ends_with_possessive(words_[org.end - 1]);
        for (std::size_t skip = 0; skip <= 2 && after + skip < person.first; ++skip) {
            std::size_t end = title_at(after + skip);
            if (end == person.first) {
                // The describing words belong to the title as written ("Shadow Home Secretary").
                add(person, org, after, end, possessive ? "position/org-possessive-title" : "position/org-title-name");
                break;
            }
            if (!describes(after + skip)) break;
        }
    }
}

bool SentencePositions::describes(std::size_t token) const {
    if (!tokens_[token].word) return false;
    const std::string_view text = doc_.view(tokens_[token].span);
    if (std::isupper(static_cast<unsigned char>(text.front()))) return true;  // "Shadow Home Secretary"
    // a lower-case word only when the parse makes it an adjective or noun ("new", "finance"), not a verb or
    // "that" ("The Chicago Tribune reported that Mayor Harold Washington")
    const std::size_t index = doc_.sentence_at(tokens_[token].span.begin);
    if (index >= doc_.sentences.size()) return false;
    for (const Word& w : doc_.sentences[index].words)
        if (w.span.begin == tokens_[token].span.begin) return w.upos == "ADJ" || w.upos == "NOUN";
    return false;
}

void SentencePositions::title_name_of(const scan::Placed& person) {
    if (person.end + 1 < n_ && words_[person.end] == "of") {
        std::size_t at = person.end + 1;
        if (is_article(words_[at]) && at + 1 < n_) ++at;
        const scan::Placed* of = scan::starting_at(placed_, at);
        bool fits = of && (of->cls == EntityClass::Organization ||
                           (of->cls == EntityClass::Place && public_office(person.first)));
        for (std::size_t start = person.first >= 4 ? person.first - 4 : 0; fits && start < person.first; ++start) {
            if (title_at(start) != person.first) continue;
            // "councillor Wu Chi-wai of the Democratic Party" is a member's title; a leader's is a post
            std::string role(doc_.view(Span{tokens_[start].span.begin, tokens_[person.first - 1].span.end}));
            if (of->cls == EntityClass::Place || titles_.kind(role) == TitleKind::Leader)
                add(person, *of, start, person.first, "position/title-name-of");
            break;
        }
    }
}

void SentencePositions::title_of_org_name(const scan::Placed& person) {
    if (person.first >= 2 && words_[person.first - 1] == ",") {
        std::size_t org_end = person.first - 1;
        // "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino"
        if (words_[org_end - 1] == ")") {
            std::size_t open = org_end - 1;
            while (open > 0 && words_[open] != "(" && org_end - open < 12) --open;
            if (words_[open] == "(") org_end = open;
        }
        const scan::Placed* org = scan::ending_at(placed_, org_end);
        if (org && org->cls == EntityClass::Organization && org->first >= 2) {
            std::size_t of = org->first - 1;
            if (is_article(words_[of]) && of > 0) --of;
            if (words_[of] == "of" || words_[of] == "at") {
                for (std::size_t start = of >= 5 ? of - 5 : 0; start < of; ++start) {
                    if (title_at(start) == of) {
                        add(person, *org, start, of, "position/title-of-org-name");
                        break;
                    }
                }
            }
        }
    }
}

std::size_t SentencePositions::title_at(std::size_t at) const {
    std::size_t start = at;
    if (start < n_ && has(title_modifiers_, words_[start])) ++start;
    std::size_t length = titles_.match(words_, start);
    if (length == 0) return at;
    std::size_t end = start + length;
    if (end + 1 < n_ && words_[end] == "and") {
        std::size_t more = titles_.match(words_, end + 1);
        if (more > 0) end = end + 1 + more;
    }
    return end;
}

bool SentencePositions::public_office(std::size_t end) const {
    static const WordSet& offices = word_list("public office");
    if (end >= 2 && words_[end - 1] == ".") return has(offices, words_[end - 2] + ".");  // "Gov."
    return end > 0 && has(offices, words_[end - 1]);
}

void SentencePositions::add(const scan::Placed& person, const scan::Placed& org, std::size_t title_first,
                            std::size_t title_end, std::string rule) {
    if (title_first > 0 && words_[title_first - 1] == "former") return;
    Position p;
    p.person = person.entity;
    p.organization = org.entity;
    p.role = std::string(doc_.view(Span{tokens_[title_first].span.begin, tokens_[title_end - 1].span.end}));
    p.kind = titles_.kind(p.role);
    std::size_t first = std::min(person.first, std::min(org.first, title_first));
    std::size_t last = std::max(person.end, std::max(org.end, title_end)) - 1;
    p.span = Span{tokens_[first].span.begin, tokens_[last].span.end};
    p.rule = std::move(rule);
    found_.push_back(std::move(p));
}

std::size_t SentencePositions::unit_after(std::size_t at) const {
    static const WordSet& units = word_list("unit noun");
    std::size_t first = at;  // the first word after the possessive ("FBI's" may be one word)
    if (at < n_ && is_possessive(words_[at]))
        ++first;
    else if (at == 0 || !scan::ends_with_possessive(words_[at - 1]))
        return 0;
    for (std::size_t t = first; t < n_ && t <= first + 3; ++t) {
        const scan::Placed* m = scan::starting_at(placed_, t);
        if (!tokens_[t].word || (m && m->cls != EntityClass::Place)) return 0;
        if (has(units, ascii_lower(words_[t]))) return t + 1;
    }
    return 0;
}

const scan::Placed* SentencePositions::org_at(std::size_t at) const {
    if (at < n_ && is_article(words_[at])) ++at;
    const scan::Placed* org = scan::starting_at(placed_, at);
    return org && org->cls == EntityClass::Organization ? org : nullptr;
}

std::optional<SentencePositions::OrgReference> SentencePositions::reference_at(std::size_t at) const {
    if (at >= n_) return std::nullopt;
    if (words_[at] == "its" || words_[at] == "their") {
        std::size_t e = scan::organization_before(doc_, tokens_[at].span.begin, "");
        if (e == doc_.entities.size()) return std::nullopt;
        return OrgReference{e, at, at + 1};
    }
    if (words_[at] != "the" || at + 1 >= n_ || scan::starting_at(placed_, at + 1)) return std::nullopt;
    std::string noun = words_[at + 1];
    std::size_t end = at + 2;
    if (scan::ends_with_possessive(noun)) {
        noun = noun.substr(0, noun.size() - (noun.back() == 's' && noun[noun.size() - 2] == '\'' ? 2 : 4));
    } else if (end < n_ && is_possessive(words_[end])) {
        ++end;
    } else {
        return std::nullopt;
    }
    if (!scan::is_organization_noun(noun)) return std::nullopt;
    std::size_t e = scan::organization_before(doc_, tokens_[at].span.begin, noun);
    if (e == doc_.entities.size()) return std::nullopt;
    return OrgReference{e, at, end};
}

std::size_t SentencePositions::qualifier_end(std::size_t end) const {
    // ("the WHO's representative in Zambia, Dr Emmanuel Kariuki": a place after "in")
    if (end + 1 >= n_ || (words_[end] != "of" && words_[end] != "for" && words_[end] != "in")) return end;
    for (std::size_t t = end + 1; t < n_ && t <= end + 3; ++t) {
        if (words_[t] == ",") return t;
        const scan::Placed* m = scan::starting_at(placed_, t);
        if (!tokens_[t].word || (m && m->cls != EntityClass::Place)) return end;
    }
    return end;
}

const scan::Placed* SentencePositions::person_after_comma(std::size_t comma) const {
    if (comma >= n_ || words_[comma] != ",") return nullptr;
    for (std::size_t at = comma + 1; at <= comma + 3 && at < n_; ++at) {
        const scan::Placed* m = scan::starting_at(placed_, at);
        if (m) return m->cls == EntityClass::Person ? m : nullptr;
        // "Dr." may come as a word and its period
        if (words_[at] == "." && at > comma + 1) continue;
        if (!tokens_[at].word || !std::isupper(static_cast<unsigned char>(doc_.text[tokens_[at].span.begin])) ||
            at > comma + 2)
            return nullptr;
    }
    return nullptr;
}

std::size_t SentencePositions::described_title(std::size_t at, std::size_t limit) const {
    for (std::size_t skip = 0; skip <= 2 && at + skip < limit; ++skip) {
        std::size_t end = title_at(at + skip);
        if (end > at + skip) return end;
        if (!tokens_[at + skip].word) break;
    }
    return at;
}

const scan::Placed* SentencePositions::described_org_at(std::size_t at) const {
    if (at >= n_ || !is_article(words_[at])) return nullptr;
    for (std::size_t t = at + 2; t < n_ && t <= at + 3; ++t) {
        if (!tokens_[t - 1].word || scan::starting_at(placed_, t - 1)) return nullptr;
        const scan::Placed* org = scan::starting_at(placed_, t);
        if (org) return org->cls == EntityClass::Organization ? org : nullptr;
    }
    return nullptr;
}

}  // namespace newsgraph
