// Pipeline component that reads countries playing a match as their national
// teams: in a match report, "Sweden defeated South Korea" and "Belgium 3 – 0
// Panama" name two teams (organizations), not two places.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/extractor.hpp"
#include "extractors/gazetteer.hpp"

namespace newsgraph {

// Retypes every mention of such a country in the article as the organization
// "<Country> national team". Needs the gazetteer's country mentions; runs
// before the resolver. Words come from patterns/match_reports.tsv.
class NationalTeams : public Extractor {
public:
    // Loads its own gazetteer.
    NationalTeams();
    // Shares `gazetteer` with the other components of the pipeline.
    explicit NationalTeams(std::shared_ptr<const Gazetteer> gazetteer);
    std::string_view name() const override { return "national_teams"; }
    std::vector<Annotation> needs() const override { return {Annotation::Mentions}; }
    std::vector<Annotation> provides() const override { return {Annotation::Mentions}; }
    void run(Document& doc) const override;

private:
    // Country mentions of one sentence, by the index of their first and last token.
    struct CountriesByToken {
        std::map<std::size_t, const Mention*> starts, ends;
    };

    // At least two different words of match reports ("goal", "scored") occur.
    bool is_match_report(const Document& doc) const;
    std::vector<CountriesByToken> countries_by_sentence(const Document& doc) const;
    // True for a lexicon match of a country ("Belgium", or the demonym "Belgians").
    bool country_mention(const Mention& mention) const;

    std::shared_ptr<const Gazetteer> gazetteer_;
    std::unordered_set<std::string> context_;      // folded words of match reports
    std::unordered_set<std::string> results_;      // folded verbs between two teams
    std::unordered_set<std::string> score_links_;  // folded words between a score and the other team
};

}  // namespace newsgraph
