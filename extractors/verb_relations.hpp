// Relations signalled by a cue phrase (verb or preposition) between the actor
// a sentence is about and an entity after the cue: counters, pursues,
// addressed, participatesIn, partnerOf, locatedIn, targets; plus partnerOf
// between coordinated organizations ("X and Y have pursued partnerships").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "extractors/descriptions.hpp"

namespace newsgraph {

// Cue-phrase rules from ontology/patterns/verb_relations.tsv and
// coordination_relations.tsv. Immutable after construction.
class VerbRelationFinder {
public:
    VerbRelationFinder();
    // Relations found in `doc` (which must already hold its Quote entities and `said` relations).
    std::vector<Relation> find(const Document& doc, std::string_view extractor,
                               const scan::ScannedSentences& scans) const;

private:
    struct CueRule {
        Predicate predicate;
        std::string rule;
        std::vector<EntityClass> subjects;
        std::vector<EntityClass> objects;
        std::vector<std::string> cue;
        std::size_t gap = 0;
        bool adjacent = false;  // the subject is the mention right before the cue, not the sentence's actor
    };
    struct CoordinationRule {
        Predicate predicate;
        std::string rule;
        std::vector<EntityClass> classes;
        std::vector<std::string> cue;
        std::size_t gap = 0;
    };
    std::vector<CueRule> cues_;
    // Rules by the first word of their cue, so each token looks up only the rules it can start.
    std::unordered_map<std::string, std::vector<std::size_t>> cues_by_first_word_;
    std::vector<CoordinationRule> coordinations_;
    DescriptionFinder descriptions_;
};

}  // namespace newsgraph
