// The players of a match report, from the clause their team is the subject of.
#include "extractors/team_players.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/resources.hpp"
#include "extractors/dependency_tree.hpp"
#include "extractors/mention_anchors.hpp"
#include "extractors/text_scan.hpp"
#include "language/phrase_index.hpp"

namespace newsgraph {

namespace {

constexpr double kPlayer = 0.6;
constexpr std::string_view kTeamRule = "national_teams/match";

// True when node `w` is the team a clause plays for: "for Korea", or the object of a verb that puts it ahead
// ("to put Sweden in the lead", "gave Belgium the lead": a `lead_word` of match_reports.tsv).
bool for_team(const DependencyTree& tree, int w, const std::set<std::string>& lead_words) {
    if (tree.relation(w).rfind("obl", 0) == 0)
        for (int child : tree.direct(w))
            if (tree.relation(child) == "case" && tree.lemma(child) == "for") return true;
    const std::string& relation = tree.relation(w);
    const int verb = tree.head(w);
    if ((relation != "obj" && relation != "iobj") || verb < 0 || tree.word(verb).upos != "VERB") return false;
    for (int child : tree.direct(tree.node_of(verb)))
        if (child != w && lead_words.count(tree.lemma(child))) return true;
    return false;
}

// The team a clause plays for, or -1, for a node that is the clause's subject or its subject's owner: a team the
// verb's clause plays "for" or puts ahead ("Hwang's header went wide, missing a chance to equalise for Korea").
int team_played_for(const DependencyTree& tree, const Anchors& anchors, const std::set<int>& teams,
                    const std::set<std::string>& lead_words, int node) {
    int subject = node;
    if (tree.relation(subject) == "nmod:poss" && tree.head(subject) >= 0) subject = tree.node_of(tree.head(subject));
    const int verb = tree.head(subject);
    if (tree.relation(subject) != "nsubj" || verb < 0) return -1;
    for (int w = 0; w < static_cast<int>(tree.size()); ++w) {
        const int entity = anchors.entity[static_cast<std::size_t>(w)];
        if (teams.count(entity) && for_team(tree, w, lead_words) && tree.descends_from(w, verb)) return entity;
    }
    return -1;
}

// The team that is the subject of a verb on the way up from the node, or -1 ("England started with attempts from
// Lingard"); a team of such a clause played for ("for Korea") counts as well.
int team_of_clause(const DependencyTree& tree, const Anchors& anchors, const std::set<int>& teams,
                   const std::set<std::string>& lead_words, int node) {
    const int n = static_cast<int>(tree.size());
    for (int at = tree.head(node), steps = 0; at >= 0 && steps < n; at = tree.head(at), ++steps)
        for (int child : tree.direct(at)) {
            const int entity = anchors.entity[static_cast<std::size_t>(child)];
            if (teams.count(entity) && (tree.relation(child) == "nsubj" || for_team(tree, child, lead_words)))
                return entity;
        }
    return -1;
}

}  // namespace

TeamPlayers::TeamPlayers() {
    for (const auto& row : tsv_resource("patterns/match_reports.tsv"))
        if (row.size() >= 2 && row[0] == "lead_word") lead_words_.insert(fold_token(row[1]));
}

void TeamPlayers::run(Document& doc) const {
    std::set<int> teams;
    for (const Mention& m : doc.mentions)
        if (m.rule == kTeamRule && m.entity >= 0) teams.insert(m.entity);
    if (teams.size() < 2) return;
    // the teams the article already ties each person to: a possessive, a title
    std::map<std::size_t, std::set<int>> placed;
    for (const Relation& r : doc.relations)
        if ((r.predicate == Predicate::MemberOf || r.predicate == Predicate::HoldsPosition) &&
            teams.count(static_cast<int>(r.object)))
            placed[r.subject].insert(static_cast<int>(r.object));
    std::vector<Relation> found;
    const std::vector<std::vector<const Mention*>> by_sentence = mentions_by_sentence(doc);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        const DependencyTree tree(doc.sentences[s], mention_spans(by_sentence[s]));
        const Anchors anchors = anchor_mentions(tree, by_sentence[s]);
        std::set<int> named(anchors.entity.begin(), anchors.entity.end());
        // with a second team named, only the team a player's own clause plays for
        const auto named_teams = std::count_if(named.begin(), named.end(), [&](int e) { return teams.count(e) > 0; });
        if (named_teams == 0) continue;
        std::set<int> done;
        for (int node = 0; node < static_cast<int>(tree.size()); ++node) {
            const int person = anchors.entity[static_cast<std::size_t>(node)];
            if (person < 0 || done.count(person) ||
                doc.entities[static_cast<std::size_t>(person)].cls != EntityClass::Person)
                continue;
            int team = team_played_for(tree, anchors, teams, lead_words_, node);
            if (team < 0 && named_teams == 1) team = team_of_clause(tree, anchors, teams, lead_words_, node);
            // a player the article ties to another team stays there ("Tunisia's goalkeeper")
            auto tied = placed.find(static_cast<std::size_t>(person));
            if (team < 0 || (tied != placed.end() && !tied->second.count(team))) continue;
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
