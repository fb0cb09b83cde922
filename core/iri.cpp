// Minting of deterministic IRIs.
#include "core/iri.hpp"

#include <charconv>

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

std::uint64_t statement_hash(std::string& scratch, std::string_view subject, std::string_view predicate,
                             std::string_view object, std::string_view role) {
    scratch.assign(subject).append(1, '\n').append(predicate).append(1, '\n').append(object).append(1, '\n');
    scratch.append(role);
    return stable_hash(scratch);
}

std::string statement_iri_prefix(const vocab::Namespaces& ns) { return ns.entities + "statement/"; }

void append_statement_iri(std::string& out, std::uint64_t hash, std::size_t index) {
    static constexpr char kDigits[] = "0123456789abcdef";
    char hex[16];
    for (int i = 15; i >= 0; --i, hash >>= 4) hex[i] = kDigits[hash & 0xF];
    out.append(hex, sizeof hex).append(1, '-');
    char number[24];
    auto end = std::to_chars(number, number + sizeof number, index).ptr;
    out.append(number, end);
}

}  // namespace newsgraph
