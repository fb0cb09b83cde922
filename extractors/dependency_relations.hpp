// The pipeline component that reads relations off the dependency parse: the patterns of
// ontology/patterns/dependency_relations.tsv walked between the head words of two entities' mentions.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/extractor.hpp"
#include "extractors/action_events.hpp"
#include "extractors/dependency_matcher.hpp"
#include "extractors/dependency_pattern.hpp"
#include "extractors/gazetteer.hpp"
#include "extractors/mention_anchors.hpp"
#include "extractors/position_relations.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

class DependencyRelations : public Extractor {
public:
    DependencyRelations();
    // Sharing the pipeline's gazetteer (the place words no mention covers are looked up in it).
    explicit DependencyRelations(std::shared_ptr<const Gazetteer> gazetteer);
    // With the given patterns instead of the ontology's (tests).
    DependencyRelations(std::vector<DependencyPattern> patterns, std::shared_ptr<const Gazetteer> gazetteer);
    std::string_view name() const override { return "dependency"; }
    std::vector<Annotation> needs() const override { return {Annotation::Parse, Annotation::Entities}; }
    std::vector<Annotation> provides() const override { return {Annotation::Relations}; }
    void run(Document& doc) const override;

private:
    // The lexical node tests for one sentence; `named` marks the words inside a mention, `text` is the document's.
    NodeLexicon lexicon(const std::vector<bool>& named, std::string_view text) const;
    // The patterns' relations in one sentence, appended to `found`.
    void find_in_sentence(const Document& doc, std::size_t index, const DependencyTree& tree, const Anchors& anchors,
                          std::vector<Relation>& found) const;
    // Anchors "he", "she", "him", "her" at `person`, the one person of the sentence before (-1: none).
    void anchor_pronouns(const Document& doc, const DependencyTree& tree, const std::vector<const Mention*>& mentions,
                         int person, Anchors& anchors) const;
    // Anchors the words of known places no mention covers at the article's entity for that place.
    void anchor_known_places(const Document& doc, const DependencyTree& tree,
                             const std::unordered_map<std::string, int>& places, Anchors& anchors) const;
    // Removes the memberOf relations this component found where the same sentence gives the same pair a title,
    // and an injury where it says the injured was killed ("shot Moscone to death").
    void drop_subsumed_relations(Document& doc) const;
    // "leads" beside every holdsPosition whose title heads the organization ("Prime Minister").
    // A position (from any extractor) whose title names a body of the article ("Minister of Health", "Ministry of
    // Health") is held in that body too.
    void add_bodies_of_titles(Document& doc) const;
    void add_leads(Document& doc) const;
    // The holder of the leading office of a state or city lives there ("Boston Mayor Raymond Flynn", "Gov. Michael
    // Dukakis of Massachusetts"); not a staff post ("ambassador") nor a country's office (not a nationality), nor a
    // place the lexicons do not know.
    void add_office_residences(Document& doc) const;
    // How large a place the lexicons say the entity is: 1 a city, 2 a state or region, 3 (kCountry) a country,
    // 4 a continent; 0 when they do not say.
    int place_rank(const Document& doc, int entity) const;
    static constexpr int kCountry = 3;
    // "the capital of Kenya, Nairobi" parsed with the city in apposition to the country: a place lies in the larger
    // one, whichever way the parse links them; swaps the two when the lexicons say the subject is the larger.
    // True when `predicate` is nationality and `place` a city or region the gazetteer knows: a residence.
    bool local_nationality(const Document& doc, Predicate predicate, int place) const;
    void smaller_place_first(const Document& doc, int& subject, int& object) const;

    std::vector<DependencyPattern> patterns_;
    std::shared_ptr<const WordLists> lists_;
    TitleLexicon titles_;
    std::shared_ptr<const Gazetteer> gazetteer_;
    std::vector<ActionKind> kinds_;
    EventDates dates_;
};

}  // namespace newsgraph
