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
    MemberOf,
    Leads,
    Founded,
    Funds,
    BasedIn,
    ResidentOf,
    Nationality,
    BornIn,
    Attacked,
    Killed,
    Injured,
    Arrested,
    Charged,
    Convicted,
    Sentenced,
    Extradited,
    Raided,
    Signed,
};

struct PredicateInfo {
    Predicate predicate;
    std::string_view local_name;  // ontology property, e.g. "holdsPosition"
    std::string_view graph_type;  // property-graph relationship type, e.g. "HOLDS_POSITION"
    bool symmetric;               // partnerOf, coOccursWith: subject/object order carries no meaning
};

inline constexpr std::array<PredicateInfo, 31> kPredicates{{
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
    {Predicate::MemberOf, "memberOf", "MEMBER_OF", false},
    {Predicate::Leads, "leads", "LEADS", false},
    {Predicate::Founded, "founded", "FOUNDED", false},
    {Predicate::Funds, "funds", "FUNDS", false},
    {Predicate::BasedIn, "basedIn", "BASED_IN", false},
    {Predicate::ResidentOf, "residentOf", "RESIDENT_OF", false},
    {Predicate::Nationality, "nationality", "NATIONALITY", false},
    {Predicate::BornIn, "bornIn", "BORN_IN", false},
    {Predicate::Attacked, "attacked", "ATTACKED", false},
    {Predicate::Killed, "killed", "KILLED", false},
    {Predicate::Injured, "injured", "INJURED", false},
    {Predicate::Arrested, "arrested", "ARRESTED", false},
    {Predicate::Charged, "charged", "CHARGED", false},
    {Predicate::Convicted, "convicted", "CONVICTED", false},
    {Predicate::Sentenced, "sentenced", "SENTENCED", false},
    {Predicate::Extradited, "extradited", "EXTRADITED", false},
    {Predicate::Raided, "raided", "RAIDED", false},
    {Predicate::Signed, "signed", "SIGNED", false},
}};

// Table row for a predicate.
const PredicateInfo& info(Predicate predicate);

// Predicate named by its ontology local name ("partOf").
std::optional<Predicate> predicate_from_name(std::string_view local_name);

}  // namespace newsgraph
