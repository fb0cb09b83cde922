// Position titles and the apposition patterns that tie a person to an organization.
#include "extractors/position_relations.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {

std::vector<std::string> folded_words(std::string_view phrase) {
    std::vector<std::string> words;
    for (const auto& token : scan::tokenize(phrase, Span{0, phrase.size()})) words.push_back(token.low);
    return words;
}

TitleKind kind_from_name(std::string_view name) {
    if (name == "leader") return TitleKind::Leader;
    if (name == "deputy") return TitleKind::Deputy;
    if (name == "member") return TitleKind::Member;
    return TitleKind::Staff;
}

bool is_article(const std::string& word) { return word == "the" || word == "a" || word == "an"; }

bool is_boundary_word(const std::string& word) { return word == "." || word == ";" || word == "(" || word == ")"; }

bool is_possessive(const std::string& word) {
    return word == "'s" || word == "\u2019s" || word == "'" || word == "\u2019";
}

// "its" / "the NOUN's" standing for an organization; `first`/`end` are the tokens it covers.
struct OrgReference {
    std::size_t entity = 0;
    std::size_t first = 0;
    std::size_t end = 0;
};

}  // namespace

TitleLexicon::TitleLexicon() {
    for (const auto& row : tsv_resource("patterns/titles.tsv")) {
        if (row.size() < 4 || row[0] != "holdsPosition") continue;
        titles_.push_back({folded_words(row[2]), kind_from_name(row[3])});
        rule_ = row[1];
    }
    // Role titles of the entity extractors' lexicon (read, not owned here), when it is there.
    try {
        for (const auto& row : tsv_resource("lexicons/titles.tsv")) {
            if (row.size() < 2 || row[1] != "role") continue;
            auto words = folded_words(row[0]);
            bool known = std::any_of(titles_.begin(), titles_.end(), [&](const Title& t) { return t.words == words; });
            if (!known && !words.empty() && words.front() != "former") titles_.push_back({words, TitleKind::Staff});
        }
    } catch (const Error&) {
        // Only this component's titles.
    }
    // Longest first so "Deputy Executive Director" wins over "Executive Director".
    std::stable_sort(titles_.begin(), titles_.end(),
                     [](const Title& a, const Title& b) { return a.words.size() > b.words.size(); });
    for (std::size_t i = 0; i < titles_.size(); ++i)
        if (!titles_[i].words.empty()) {
            by_first_word_[titles_[i].words.front()].push_back(i);
            last_words_.insert(titles_[i].words.back());
        }
}

std::size_t TitleLexicon::match(const std::vector<std::string>& words, std::size_t at) const {
    if (at >= words.size()) return 0;
    auto starting = by_first_word_.find(words[at]);
    if (starting == by_first_word_.end()) return 0;
    for (std::size_t index : starting->second) {
        const Title& title = titles_[index];
        if (at + title.words.size() > words.size()) continue;
        if (std::equal(title.words.begin(), title.words.end(), words.begin() + static_cast<std::ptrdiff_t>(at)))
            return title.words.size();
    }
    return 0;
}

TitleKind TitleLexicon::kind(const std::string& folded_title) const {
    auto words = folded_words(folded_title);
    for (const auto& title : titles_)
        if (title.words == words) return title.kind;
    // The last word decides for modified titles ("regional director").
    for (std::size_t start = 1; start < words.size(); ++start) {
        std::vector<std::string> tail(words.begin() + static_cast<std::ptrdiff_t>(start), words.end());
        for (const auto& title : titles_)
            if (title.words == tail) return title.kind;
    }
    return TitleKind::Staff;
}

PositionFinder::PositionFinder() {
    for (const auto& row : tsv_resource("patterns/position_verbs.tsv"))
        if (row.size() >= 4 && row[0] == "holdsPosition") head_verbs_.push_back({ascii_lower(row[2]), row[3], row[1]});
}

std::vector<Position> PositionFinder::find(const Document& doc) const { return find(doc, scan::ScannedSentences(doc)); }

std::vector<Position> PositionFinder::find(const Document& doc, const scan::ScannedSentences& scans) const {
    std::shared_ptr<const WordLists> lists = WordLists::shared();
    // Words that may stand before a title and belong to it ("acting Director").
    const WordSet& title_modifiers = lists->get("title modifier");
    std::vector<Position> found;
    for (std::size_t index = 0; index < doc.sentences.size(); ++index) {
        const auto& tokens = scans[index].tokens;
        const auto& words = scans[index].words;
        const auto& placed = scans[index].placed;
        const std::size_t n = tokens.size();

        // A title (with an optional "acting"/"interim", and "and TITLE" after it) at `at`: its end token, or `at`.
        auto title_at = [&](std::size_t at) {
            std::size_t start = at;
            if (start < n && has(title_modifiers, words[start])) ++start;
            std::size_t length = titles_.match(words, start);
            if (length == 0) return at;
            std::size_t end = start + length;
            if (end + 1 < n && words[end] == "and") {
                std::size_t more = titles_.match(words, end + 1);
                if (more > 0) end = end + 1 + more;
            }
            return end;
        };
        // True when the word before token `end` is a public office held for a place ("minister", "president").
        auto public_office = [&](std::size_t end) {
            static const WordSet& offices = word_list("public office");
            return end > 0 && has(offices, words[end - 1]);
        };
        auto add = [&](const scan::Placed& person, const scan::Placed& org, std::size_t title_first,
                       std::size_t title_end, std::string rule) {
            if (title_first > 0 && words[title_first - 1] == "former") return;
            Position p;
            p.person = person.entity;
            p.organization = org.entity;
            p.role = std::string(doc.view(Span{tokens[title_first].span.begin, tokens[title_end - 1].span.end}));
            p.kind = titles_.kind(p.role);
            std::size_t first = std::min(person.first, std::min(org.first, title_first));
            std::size_t last = std::max(person.end, std::max(org.end, title_end)) - 1;
            p.span = Span{tokens[first].span.begin, tokens[last].span.end};
            p.rule = std::move(rule);
            found.push_back(std::move(p));
        };
        auto org_at = [&](std::size_t at) -> const scan::Placed* {
            if (at < n && is_article(words[at])) ++at;
            const scan::Placed* org = scan::starting_at(placed, at);
            return org && org->cls == EntityClass::Organization ? org : nullptr;
        };

        // "its" / "the NOUN's" at `at`, resolved to an organization named earlier.
        auto reference_at = [&](std::size_t at) -> std::optional<OrgReference> {
            if (at >= n) return std::nullopt;
            if (words[at] == "its" || words[at] == "their") {
                std::size_t e = scan::organization_before(doc, tokens[at].span.begin, "");
                if (e == doc.entities.size()) return std::nullopt;
                return OrgReference{e, at, at + 1};
            }
            if (words[at] != "the" || at + 1 >= n || scan::starting_at(placed, at + 1)) return std::nullopt;
            std::string noun = words[at + 1];
            std::size_t end = at + 2;
            if (scan::ends_with_possessive(noun)) {
                noun = noun.substr(0, noun.size() - (noun.back() == 's' && noun[noun.size() - 2] == '\'' ? 2 : 4));
            } else if (end < n && is_possessive(words[end])) {
                ++end;
            } else {
                return std::nullopt;
            }
            if (!scan::is_organization_noun(noun)) return std::nullopt;
            std::size_t e = scan::organization_before(doc, tokens[at].span.begin, noun);
            if (e == doc.entities.size()) return std::nullopt;
            return OrgReference{e, at, end};
        };
        // After a title ending at `end`: "of/for WORD [WORD]" that narrows it ("director of operations",
        // "Regional Director for Africa"), when a comma follows; the token after the title as written.
        auto qualifier_end = [&](std::size_t end) {
            if (end + 1 >= n || (words[end] != "of" && words[end] != "for")) return end;
            for (std::size_t t = end + 1; t < n && t <= end + 3; ++t) {
                if (words[t] == ",") return t;
                const scan::Placed* m = scan::starting_at(placed, t);
                if (!tokens[t].word || (m && m->cls != EntityClass::Place)) return end;
            }
            return end;
        };
        // A person right after the comma at `comma`, allowing one honorific word between ("Cllr", "Dr").
        auto person_after_comma = [&](std::size_t comma) -> const scan::Placed* {
            if (comma >= n || words[comma] != ",") return nullptr;
            for (std::size_t at = comma + 1; at <= comma + 3 && at < n; ++at) {
                const scan::Placed* m = scan::starting_at(placed, at);
                if (m) return m->cls == EntityClass::Person ? m : nullptr;
                // "Dr." may come as a word and its period
                if (words[at] == "." && at > comma + 1) continue;
                if (!tokens[at].word || !std::isupper(static_cast<unsigned char>(doc.text[tokens[at].span.begin])) ||
                    at > comma + 2)
                    return nullptr;
            }
            return nullptr;
        };
        // A title written from `at` (up to two describing words first): the end of the title, or `at`.
        auto described_title = [&](std::size_t at, std::size_t limit) {
            for (std::size_t skip = 0; skip <= 2 && at + skip < limit; ++skip) {
                std::size_t end = title_at(at + skip);
                if (end > at + skip) return end;
                if (!tokens[at + skip].word) break;
            }
            return at;
        };
        auto as_placed = [](std::size_t entity, std::size_t first, std::size_t end) {
            scan::Placed p;
            p.entity = entity;
            p.cls = EntityClass::Organization;
            p.first = first;
            p.end = end;
            return p;
        };

        // ORG's TITLE [of WORDS], [Hon.] X  /  its TITLE, X  /  the NOUN's TITLE, X
        for (std::size_t at = 0; at < n; ++at) {
            scan::Placed org;
            const scan::Placed* named = scan::starting_at(placed, at);
            std::size_t after = 0;
            if (named && named->cls == EntityClass::Organization) {
                // "the BBC's correspondent, X" and "the Crown prosecutor, X"
                after = named->end;
                if (after < n && is_possessive(words[after])) ++after;
                org = *named;
            } else if (auto ref = reference_at(at)) {
                org = as_placed(ref->entity, ref->first, ref->end);
                after = ref->end;
            } else {
                continue;
            }
            std::size_t title_end = described_title(after, n);
            if (title_end == after) continue;
            std::size_t role_end = qualifier_end(title_end);
            if (const scan::Placed* person = person_after_comma(role_end))
                add(*person, org, after, role_end, "position/org-title-comma-name");
        }

        // "the [word word] ORG": an organization after an article and up to two describing words.
        auto described_org_at = [&](std::size_t at) -> const scan::Placed* {
            if (at >= n || !is_article(words[at])) return nullptr;
            for (std::size_t t = at + 2; t < n && t <= at + 3; ++t) {
                if (!tokens[t - 1].word || scan::starting_at(placed, t - 1)) return nullptr;
                const scan::Placed* org = scan::starting_at(placed, t);
                if (org) return org->cls == EntityClass::Organization ? org : nullptr;
            }
            return nullptr;
        };
        for (const auto& person : placed) {
            if (person.cls != EntityClass::Person) continue;
            // X, [the] TITLE of [the] ORG  /  X, [the] ORG['s] TITLE  /  X, who heads ORG
            if (person.end < n && words[person.end] == ",") {
                // "X, Director of A, and Chairman of B": each "TITLE of ORG" of the apposition.
                for (std::size_t at = person.end + 1, round = 0; at < n && round < 3; ++round) {
                    if (is_article(words[at])) ++at;
                    std::size_t title_end = title_at(at);
                    if (title_end == at || title_end >= n ||
                        (words[title_end] != "of" && words[title_end] != "at" && words[title_end] != "for"))
                        break;
                    if (const auto* org = org_at(title_end + 1)) {
                        add(person, *org, at, title_end, "position/appos-title-of");
                    } else if (const auto* described = described_org_at(title_end + 1)) {
                        // "founder of the Lagos-based charity Second Chance Initiative"
                        add(person, *described, at, title_end, "position/appos-title-of");
                    } else if (words[title_end] == "of") {
                        // "head of advocacy at Transparency International UK": the title keeps its field.
                        for (std::size_t t = title_end + 2; t < n && t <= title_end + 3; ++t) {
                            if (!tokens[t - 1].word || scan::starting_at(placed, t - 1)) break;
                            if (words[t] != "at" && words[t] != "of") continue;
                            if (const auto* org2 = org_at(t + 1)) add(person, *org2, at, t, "position/appos-title-of");
                            break;
                        }
                    }
                    std::size_t comma = title_end;
                    while (comma < n && words[comma] != "," && !is_boundary_word(words[comma])) ++comma;
                    if (comma + 2 >= n || words[comma] != "," || words[comma + 1] != "and") break;
                    at = comma + 2;
                }
                if (const auto* org = org_at(person.end + 1)) {
                    std::size_t after = org->end;
                    if (after < n && is_possessive(words[after])) ++after;
                    std::size_t title_first = after;
                    // Up to two describing words before the title ("regional director" is written whole).
                    for (std::size_t skip = 0; skip <= 2 && title_first + skip < n; ++skip) {
                        std::size_t end = title_at(title_first + skip);
                        if (end > title_first + skip) {
                            add(person, *org, title_first, end, "position/appos-org-title");
                            break;
                        }
                        if (!tokens[title_first + skip].word) break;
                    }
                }
                if (auto ref = reference_at(person.end + 1)) {
                    std::size_t title_end = described_title(ref->end, n);
                    if (title_end > ref->end)
                        add(person, as_placed(ref->entity, ref->first, ref->end), ref->end, qualifier_end(title_end),
                            "position/appos-reference-title");
                }
                if (person.end + 1 < n && words[person.end + 1] == "who" && person.end + 2 < n) {
                    for (const auto& verb : head_verbs_) {
                        if (words[person.end + 2] != verb.verb) continue;
                        if (const auto* org = org_at(person.end + 3)) {
                            Position p;
                            p.person = person.entity;
                            p.organization = org->entity;
                            p.role = verb.role;
                            p.kind = titles_.kind(verb.role);
                            p.span = Span{tokens[person.first].span.begin, tokens[org->end - 1].span.end};
                            p.rule = verb.rule;
                            found.push_back(std::move(p));
                        }
                    }
                }
            }
            // ORG['s] [word word] TITLE X; PLACE['s] OFFICE X ("Japanese Prime Minister Toshiki Kaifu")
            for (const auto& org : placed) {
                bool place = org.cls == EntityClass::Place && public_office(person.first);
                if ((org.cls != EntityClass::Organization && !place) || org.end > person.first) continue;
                std::size_t after = org.end;
                if (after < person.first && is_possessive(words[after])) ++after;
                bool possessive = after > org.end || scan::ends_with_possessive(words[org.end - 1]);
                for (std::size_t skip = 0; skip <= 2 && after + skip < person.first; ++skip) {
                    std::size_t end = title_at(after + skip);
                    if (end == person.first) {
                        // The describing words belong to the title as written ("Shadow Home Secretary").
                        add(person, org, after, end,
                            possessive ? "position/org-possessive-title" : "position/org-title-name");
                        break;
                    }
                    if (!tokens[after + skip].word) break;
                }
            }
            // TITLE X of [the] ORG; OFFICE X of PLACE ("Mayor Tom Bradley of Los Angeles"), whatever the parse
            if (person.end + 1 < n && words[person.end] == "of") {
                std::size_t at = person.end + 1;
                if (is_article(words[at]) && at + 1 < n) ++at;
                const scan::Placed* of = scan::starting_at(placed, at);
                bool fits = of && (of->cls == EntityClass::Organization ||
                                   (of->cls == EntityClass::Place && public_office(person.first)));
                for (std::size_t start = person.first >= 4 ? person.first - 4 : 0; fits && start < person.first;
                     ++start) {
                    if (title_at(start) != person.first) continue;
                    // "councillor Wu Chi-wai of the Democratic Party" is a member's title; a leader's is a post
                    std::string role(doc.view(Span{tokens[start].span.begin, tokens[person.first - 1].span.end}));
                    if (of->cls == EntityClass::Place || titles_.kind(role) == TitleKind::Leader)
                        add(person, *of, start, person.first, "position/title-name-of");
                    break;
                }
            }
            // [the] TITLE of [the] ORG, X
            if (person.first >= 2 && words[person.first - 1] == ",") {
                std::size_t org_end = person.first - 1;
                // "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino"
                if (words[org_end - 1] == ")") {
                    std::size_t open = org_end - 1;
                    while (open > 0 && words[open] != "(" && org_end - open < 12) --open;
                    if (words[open] == "(") org_end = open;
                }
                const scan::Placed* org = scan::ending_at(placed, org_end);
                if (org && org->cls == EntityClass::Organization && org->first >= 2) {
                    std::size_t of = org->first - 1;
                    if (is_article(words[of]) && of > 0) --of;
                    if (words[of] == "of" || words[of] == "at") {
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
    }
    return found;
}

}  // namespace newsgraph
