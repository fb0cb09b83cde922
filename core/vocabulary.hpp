// Every namespace IRI newsgraph writes, in one place.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::vocab {

inline constexpr std::string_view kOntology = "https://w3id.org/newsgraph/ontology#";
inline constexpr std::string_view kEntities = "https://w3id.org/newsgraph/id/";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kSchema = "http://schema.org/";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kFoaf = "http://xmlns.com/foaf/0.1/";
inline constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";

// The two namespaces a user may override (--ontology-base, --id-base).
struct Namespaces {
    std::string ontology{kOntology};
    std::string entities{kEntities};
};

}  // namespace newsgraph::vocab
