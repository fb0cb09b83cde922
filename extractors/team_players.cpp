// The players of a match report, from the clause their team is the subject of.
#include "extractors/team_players.hpp"

#include <algorithm>
#include <set>

#include "extractors/dependency_tree.hpp"
#include "extractors/mention_anchors.hpp"
#include "extractors/text_scan.hpp"

namespace newsgraph {

namespace {

constexpr double kPlayer = 0.6;
constexpr std::string_view kTeamRule = "national_teams/match";

// True when node `w` is the team in "for Korea".
bool for_team(const DependencyTree& tree, int w) {
    if (tree.relation(w).rfind("obl", 0) != 0) return false;
    for (int child : tree.direct(w))
        if (tree.relation(child) == "case" && tree.lemma(child) == "for") return true;
    return false;
}

// The team a node's clause is about, or -1: going up from the node, a team that is the subject of a verb on the
// way ("England started with attempts from Lingard"); or, for the subject of a verb, a team the verb's clause
// plays "for" ("Hwang missed a chance to equalise for Korea").
int team_of_clause(const DependencyTree& tree, const Anchors& anchors, const std::set<int>& teams, int node) {
    auto team = [&](int w) {
        const int entity = anchors.entity[static_cast<std::size_t>(w)];
        return teams.count(entity) ? entity : -1;
    };
    const int verb = tree.head(node);
    const int n = static_cast<int>(tree.size());
    if (tree.relation(node) == "nsubj" && verb >= 0)
        for (int w = 0; w < n; ++w)
            if (team(w) >= 0 && for_team(tree, w) && tree.descends_from(w, verb)) return team(w);
    for (int at = verb, steps = 0; at >= 0 && steps < n; at = tree.head(at), ++steps)
        for (int child : tree.direct(at))
            if (team(child) >= 0 && (tree.relation(child) == "nsubj" || for_team(tree, child))) return team(child);
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
    const std::vector<std::vector<const Mention*>> by_sentence = mentions_by_sentence(doc);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        const DependencyTree tree(doc.sentences[s]);
        const Anchors anchors = anchor_mentions(tree, by_sentence[s]);
        std::set<int> named(anchors.entity.begin(), anchors.entity.end());
        if (std::count_if(named.begin(), named.end(), [&](int e) { return teams.count(e) > 0; }) != 1) continue;
        std::set<int> done;
        for (int node = 0; node < static_cast<int>(tree.size()); ++node) {
            const int person = anchors.entity[static_cast<std::size_t>(node)];
            if (person < 0 || done.count(person) || placed.count(static_cast<std::size_t>(person)) ||
                doc.entities[static_cast<std::size_t>(person)].cls != EntityClass::Person)
                continue;
            const int team = team_of_clause(tree, anchors, teams, node);
            if (team < 0) continue;
            done.insert(person);
            Relation r;
            r.subject = static_cast<std::size_t>(person);
            r.predicate = Predicate::MemberOf;
            r.object = static_cast<std::size_t>(team);
            r.evidence = scan::make_evidence(doc, doc.sentences[s].span, kPlayer, name(), "team/clause-of-team");
            if (!scan::has_relation(doc, r)) found.push_back(std::move(r));
        }
    }
    for (Relation& r : found) doc.relations.push_back(std::move(r));
}

}  // namespace newsgraph
