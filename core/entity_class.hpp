// The closed set of node classes, with the metadata every exporter needs
// (ontology local name, IRI segment, display colour) kept in one table.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace newsgraph {

enum class EntityClass { Person, Organization, Place, Goal, Threat, Event, Quote, Amount, Article };

struct Rgb {
    int r, g, b;
};

struct EntityClassInfo {
    EntityClass cls;
    std::string_view local_name;  // ontology class, e.g. "Person" (ng:Person)
    std::string_view segment;     // IRI path segment, e.g. "person"
    Rgb colour;                   // Gephi/explorer colour
};

inline constexpr std::array<EntityClassInfo, 9> kEntityClasses{{
    {EntityClass::Person, "Person", "person", {31, 119, 180}},
    {EntityClass::Organization, "Organization", "organization", {255, 127, 14}},
    {EntityClass::Place, "Place", "place", {44, 160, 44}},
    {EntityClass::Goal, "Goal", "goal", {148, 103, 189}},
    {EntityClass::Threat, "Threat", "threat", {214, 39, 40}},
    {EntityClass::Event, "Event", "event", {140, 86, 75}},
    {EntityClass::Quote, "Quote", "quote", {127, 127, 127}},
    {EntityClass::Amount, "Amount", "amount", {188, 189, 34}},
    {EntityClass::Article, "Article", "article", {23, 190, 207}},
}};

// Table row for a class.
const EntityClassInfo& info(EntityClass cls);

// Class named by its ontology local name ("Person"), case-sensitive.
std::optional<EntityClass> entity_class_from_name(std::string_view local_name);

// True for the classes that name things in the world (not Quote, Amount, Article).
bool is_named_entity(EntityClass cls);

}  // namespace newsgraph
