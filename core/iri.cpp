// Minting of deterministic IRIs.
#include "core/iri.hpp"

#include <cstdio>

#include "core/text.hpp"

namespace newsgraph {

std::uint64_t stable_hash(std::string_view text) {
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

std::string entity_iri(const vocab::Namespaces& ns, EntityClass cls, std::string_view name) {
    return ns.entities + std::string(info(cls).segment) + "/" + slug(name);
}

std::string article_iri(const vocab::Namespaces& ns, std::string_view document_id) {
    return entity_iri(ns, EntityClass::Article, document_id);
}

std::string occurrence_iri(const vocab::Namespaces& ns, EntityClass cls, std::string_view document_id,
                           std::size_t offset) {
    return ns.entities + std::string(info(cls).segment) + "/" + slug(document_id) + "-" + std::to_string(offset);
}

std::string statement_iri(const vocab::Namespaces& ns, std::string_view subject, std::string_view predicate,
                          std::string_view object, std::string_view role) {
    std::string key;
    key.append(subject).append(1, '\n').append(predicate).append(1, '\n').append(object).append(1, '\n').append(role);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(stable_hash(key)));
    return ns.entities + "statement/" + hex;
}

}  // namespace newsgraph
