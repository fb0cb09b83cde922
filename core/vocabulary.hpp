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

// Local names of the RDF properties and classes newsgraph writes (exporters/rdf_mapping)
// and reads back (graph/rdf_import): one list, so the two cannot drift apart.
namespace term {
inline constexpr std::string_view kType = "type";                      // rdf:
inline constexpr std::string_view kSubject = "subject";                // rdf:
inline constexpr std::string_view kPredicate = "predicate";            // rdf:
inline constexpr std::string_view kObject = "object";                  // rdf:
inline constexpr std::string_view kStatement = "Statement";            // rdf:
inline constexpr std::string_view kLabel = "label";                    // rdfs:
inline constexpr std::string_view kName = "name";                      // schema:
inline constexpr std::string_view kAlternateName = "alternateName";    // schema:
inline constexpr std::string_view kHeadline = "headline";              // schema:
inline constexpr std::string_view kUrl = "url";                        // schema:
inline constexpr std::string_view kDatePublished = "datePublished";    // schema:
inline constexpr std::string_view kStartDate = "startDate";            // schema:
inline constexpr std::string_view kWasDerivedFrom = "wasDerivedFrom";  // prov:
inline constexpr std::string_view kConfidence = "confidence";          // ng: the rest
inline constexpr std::string_view kText = "text";
inline constexpr std::string_view kValue = "value";
inline constexpr std::string_view kCurrency = "currency";
inline constexpr std::string_view kSourcePath = "sourcePath";
inline constexpr std::string_view kRole = "role";
inline constexpr std::string_view kWeight = "weight";
inline constexpr std::string_view kEvidence = "evidence";
inline constexpr std::string_view kStartOffset = "startOffset";
inline constexpr std::string_view kEndOffset = "endOffset";
inline constexpr std::string_view kExtractor = "extractor";
inline constexpr std::string_view kRule = "rule";
inline constexpr std::string_view kCyberRelated = "cyberRelated";
inline constexpr std::string_view kIsoCode = "isoCode";
inline constexpr std::string_view kNotation = "notation";      // skos:
inline constexpr std::string_view kPrefLabel = "prefLabel";    // skos:
inline constexpr std::string_view kExactMatch = "exactMatch";  // skos:
inline constexpr std::string_view kBroader = "broader";        // skos:
}  // namespace term

}  // namespace newsgraph::vocab
