// The players of a match report, from the clause their team is the subject of.
#include "extractors/team_players.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "extractors/text_scan.hpp"

namespace newsgraph {

namespace {

constexpr double kPlayer = 0.6;
constexpr std::string_view kTeamRule = "national_teams/match";

// The entity of each word of a sentence (-1 for none), from the mentions over it.
std::vector<int> word_entities(const Document& doc, const Sentence& sentence) {
    std::vector<int> entity(sentence.words.size(), -1);
    for (const Mention& m : doc.mentions) {
        if (m.entity < 0 || !sentence.span.contains(m.span)) continue;
        for (std::size_t w = 0; w < sentence.words.size(); ++w)
            if (m.span.contains(sentence.words[w].span)) entity[w] = m.entity;
    }
    return entity;
}

// The head word of the words of entity `e` in a sentence: the one whose head lies outside them.
std::vector<std::size_t> head_words(const Sentence& sentence, const std::vector<int>& entity, int e) {
    std::vector<std::size_t> heads;
    for (std::size_t w = 0; w < entity.size(); ++w) {
        if (entity[w] != e) continue;
        const int head = sentence.words[w].head;
        if (head < 0 || entity[static_cast<std::size_t>(head)] != e) heads.push_back(w);
    }
    return heads;
}

// True when word `a` lies under word `h` (or is it).
bool under(const Sentence& sentence, std::size_t a, std::size_t h) {
    for (int at = static_cast<int>(a), steps = 0; at >= 0 && steps < 64;
         at = sentence.words[static_cast<std::size_t>(at)].head, ++steps)
        if (static_cast<std::size_t>(at) == h) return true;
    return false;
}

// True when word `w` is the team in "for Korea".
bool for_team(const Sentence& sentence, std::size_t w) {
    if (sentence.words[w].deprel.rfind("obl", 0) != 0) return false;
    return std::any_of(sentence.words.begin(), sentence.words.end(), [&](const Word& c) {
        return c.head == static_cast<int>(w) && c.deprel == "case" && ascii_lower(c.form) == "for";
    });
}

// The team a word's clause is about, or -1: going up from the word, a team that is the subject of a verb on the
// way ("England started with attempts from Lingard"); or, for the subject of a verb, a team the verb's clause
// plays "for" ("Hwang missed a chance to equalise for Korea").
int team_of_clause(const Sentence& sentence, const std::vector<int>& entity, const std::set<int>& teams,
                   std::size_t word) {
    const Word& own = sentence.words[word];
    if (own.deprel == "nsubj" && own.head >= 0)
        for (std::size_t w = 0; w < sentence.words.size(); ++w)
            if (teams.count(entity[w]) && for_team(sentence, w) &&
                under(sentence, w, static_cast<std::size_t>(own.head)))
                return entity[w];
    for (int at = own.head, steps = 0; at >= 0 && steps < 64;
         at = sentence.words[static_cast<std::size_t>(at)].head, ++steps)
        for (std::size_t child = 0; child < sentence.words.size(); ++child) {
            const Word& w = sentence.words[child];
            if (w.head != at || !teams.count(entity[child])) continue;
            if (w.deprel == "nsubj" || for_team(sentence, child)) return entity[child];
        }
    return -1;
}

}  // namespace

void TeamPlayers::run(Document& doc) const {
    std::set<int> teams;
    for (const Mention& m : doc.mentions)
        if (m.rule == kTeamRule && m.entity >= 0) teams.insert(m.entity);
    if (teams.size() < 2) return;
    // people the article already ties to a team: a possessive, a title
    std::set<std::size_t> placed;
    for (const Relation& r : doc.relations)
        if ((r.predicate == Predicate::MemberOf || r.predicate == Predicate::HoldsPosition) &&
            teams.count(static_cast<int>(r.object)))
            placed.insert(r.subject);
    std::vector<Relation> found;
    for (const Sentence& sentence : doc.sentences) {
        std::vector<int> entity = word_entities(doc, sentence);
        std::set<int> named(entity.begin(), entity.end());
        if (std::count_if(named.begin(), named.end(), [&](int e) { return teams.count(e) > 0; }) != 1) continue;
        for (int person : named) {
            if (person < 0 || doc.entities[static_cast<std::size_t>(person)].cls != EntityClass::Person ||
                placed.count(static_cast<std::size_t>(person)))
                continue;
            for (std::size_t head : head_words(sentence, entity, person)) {
                const int team = team_of_clause(sentence, entity, teams, head);
                if (team < 0) continue;
                Relation r;
                r.subject = static_cast<std::size_t>(person);
                r.predicate = Predicate::MemberOf;
                r.object = static_cast<std::size_t>(team);
                r.evidence = scan::make_evidence(doc, sentence.span, kPlayer, name(), "team/clause-of-team");
                if (!scan::has_relation(doc, r)) found.push_back(std::move(r));
                break;
            }
        }
    }
    for (Relation& r : found) doc.relations.push_back(std::move(r));
}

}  // namespace newsgraph
