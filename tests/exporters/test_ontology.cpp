// Tests for ontology/newsgraph.ttl: every class and property the exports use is declared.
#include <string>

#include "core/entity_class.hpp"
#include "core/predicate.hpp"
#include "core/resources.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

TEST_CASE("the ontology declares every class, relation and value property", "[exporters][ontology]") {
    const std::string ttl = resource("newsgraph.ttl");
    CHECK(ttl.find("@prefix ng:      <https://w3id.org/newsgraph/ontology#> .") != std::string::npos);
    for (const auto& row : kEntityClasses) {
        INFO(row.local_name);
        CHECK(ttl.find("\nng:" + std::string(row.local_name) + " a owl:Class ;") != std::string::npos);
    }
    for (const auto& row : kPredicates) {
        INFO(row.local_name);
        std::string declaration = "\nng:" + std::string(row.local_name) + " a owl:ObjectProperty";
        CHECK(ttl.find(declaration + (row.symmetric ? " , owl:SymmetricProperty ;" : " ;")) != std::string::npos);
    }
    for (const char* name : {"confidence", "text", "value", "currency", "sourcePath", "role", "weight", "evidence",
                             "startOffset", "endOffset", "extractor", "rule"}) {
        INFO(name);
        CHECK(ttl.find("\nng:" + std::string(name) + " a owl:DatatypeProperty ;") != std::string::npos);
    }
    for (const char* alignment : {"ng:Agent , schema:Person , foaf:Person",
                                  "ng:Agent , schema:Organization , foaf:Organization", "schema:Place", "schema:Event",
                                  "schema:Quotation", "schema:MonetaryAmount", "schema:NewsArticle , prov:Entity"}) {
        INFO(alignment);
        CHECK(ttl.find(std::string("rdfs:subClassOf ") + alignment + " .") != std::string::npos);
    }
}
