// Look-ups in the class and predicate tables.
#include "core/entity_class.hpp"
#include "core/predicate.hpp"

namespace newsgraph {

const EntityClassInfo& info(EntityClass cls) { return kEntityClasses[static_cast<std::size_t>(cls)]; }

std::optional<EntityClass> entity_class_from_name(std::string_view local_name) {
    for (const auto& row : kEntityClasses)
        if (row.local_name == local_name) return row.cls;
    return std::nullopt;
}

bool is_named_entity(EntityClass cls) {
    return cls != EntityClass::Quote && cls != EntityClass::Amount && cls != EntityClass::Article;
}

const PredicateInfo& info(Predicate predicate) { return kPredicates[static_cast<std::size_t>(predicate)]; }

std::optional<Predicate> predicate_from_name(std::string_view local_name) {
    for (const auto& row : kPredicates)
        if (row.local_name == local_name) return row.predicate;
    return std::nullopt;
}

}  // namespace newsgraph
