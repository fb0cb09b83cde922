// The closed set of relations newsgraph writes, one table row each.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace newsgraph {

enum class Predicate {
    HoldsPosition,
    PartOf,
    LocatedIn,
    Said,
    About,
    Counters,
    Pursues,
    Addressed,
    ParticipatesIn,
    PartnerOf,
    Targets,
    Mentions,
    CoOccursWith,
};

struct PredicateInfo {
    Predicate predicate;
    std::string_view local_name;  // ontology property, e.g. "holdsPosition"
    std::string_view graph_type;  // property-graph relationship type, e.g. "HOLDS_POSITION"
    bool symmetric;               // partnerOf, coOccursWith: subject/object order carries no meaning
};

inline constexpr std::array<PredicateInfo, 13> kPredicates{{
    {Predicate::HoldsPosition, "holdsPosition", "HOLDS_POSITION", false},
    {Predicate::PartOf, "partOf", "PART_OF", false},
    {Predicate::LocatedIn, "locatedIn", "LOCATED_IN", false},
    {Predicate::Said, "said", "SAID", false},
    {Predicate::About, "about", "ABOUT", false},
    {Predicate::Counters, "counters", "COUNTERS", false},
    {Predicate::Pursues, "pursues", "PURSUES", false},
    {Predicate::Addressed, "addressed", "ADDRESSED", false},
    {Predicate::ParticipatesIn, "participatesIn", "PARTICIPATES_IN", false},
    {Predicate::PartnerOf, "partnerOf", "PARTNER_OF", true},
    {Predicate::Targets, "targets", "TARGETS", false},
    {Predicate::Mentions, "mentions", "MENTIONS", false},
    {Predicate::CoOccursWith, "coOccursWith", "CO_OCCURS_WITH", true},
}};

// Table row for a predicate.
const PredicateInfo& info(Predicate predicate);

// Predicate named by its ontology local name ("partOf").
std::optional<Predicate> predicate_from_name(std::string_view local_name);

}  // namespace newsgraph
