// Pipeline component that reads the players of a match report: a person named in a clause whose subject is a
// national team, or in a clause the team is the object of "for" in or that puts the team ahead, plays for that team
// ("England started with attempts from Jesse Lingard and Harry Kane", "a chance to equalise for Korea", "missed a
// chance to put Sweden in the lead").
#pragma once

#include <set>
#include <string>

#include "core/extractor.hpp"

namespace newsgraph {

// Adds memberOf (person, team) for such people, unless the article relates them to another team already (a
// possessive "Tunisia's goalkeeper", a title): only in articles where two or more countries were read as national
// teams; where the sentence names a second team, only by the team the player's own clause plays for or puts ahead.
class TeamPlayers : public Extractor {
public:
    // Reads the lead words ("lead", "ahead") of patterns/match_reports.tsv.
    TeamPlayers();
    std::string_view name() const override { return "team_players"; }
    std::vector<Annotation> needs() const override { return {Annotation::Parse, Annotation::Relations}; }
    std::vector<Annotation> provides() const override { return {Annotation::Relations}; }
    void run(Document& doc) const override;

private:
    std::set<std::string> lead_words_;
};

}  // namespace newsgraph
