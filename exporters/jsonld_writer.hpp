// JSON-LD 1.1 output: a TripleSink streaming through RapidJSON's Writer, with
// an embedded prefix-only @context and one node object per subject in @graph.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/rdf_term.hpp"
#include "core/vocabulary.hpp"

namespace newsgraph {

// Holds the triples of one subject at a time. Decimals are written as
// {"@value": "0.9", "@type": "xsd:decimal"} (never native JSON numbers),
// canonical xsd:integer values as native integers. Throws Error on invalid
// UTF-8 or an IRI that is not absolute.
class JsonLdWriter : public FragmentedSink {
public:
    explicit JsonLdWriter(std::ostream& out);
    ~JsonLdWriter() override;
    void prefix(std::string_view name, std::string_view iri) override;
    void triple(const Term& subject, const Term& predicate, const Term& object) override;
    void finish() override;
    // Fragments are node objects separated by commas: a stretch of the @graph array.
    std::unique_ptr<TripleSink> fragment_writer(std::ostream& out) const override;
    void insert(std::string_view fragment) override;

private:
    // A fragment writer: node objects only, no @context, no @graph.
    JsonLdWriter(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& prefixes);
    struct Json;
    void open();
    void flush_subject();
    void value(const Term& object);
    // IRI -> its compact form ("ng:Person") when a declared prefix covers it, else the IRI itself.
    using Compacted = std::pair<const std::string, std::string>;
    const Compacted& compact_entry(const std::string& iri);
    const std::string& compact(const std::string& iri) { return compact_entry(iri).second; }
    std::string compact_uncached(const std::string& iri) const;
    // A triple of the current subject, waiting for the subject's node object to be written.
    struct Pending {
        const Compacted* predicate = nullptr;  // entry of compacted_: equal IRIs share one
        bool is_type = false;                  // rdf:type with an IRI object, written as @type
        Term object;
    };

    std::unique_ptr<Json> json_;
    std::vector<std::pair<std::string, std::string>> prefixes_;  // name, namespace
    std::string subject_;
    std::vector<Pending> pending_;  // the first pending_count_ are in use
    std::size_t pending_count_ = 0;
    std::vector<const Term*> values_;  // scratch for flush_subject
    std::vector<bool> done_;
    const std::string rdf_type_ = std::string(vocab::kRdf) + "type";
    const std::string xsd_string_ = std::string(vocab::kXsd) + "string";
    const std::string xsd_integer_ = std::string(vocab::kXsd) + "integer";
    std::string last_datatype_, last_datatype_compact_;       // the datatype value() wrote last, and its compact form
    std::unordered_map<std::string, std::string> compacted_;  // trimmed between subjects only: pending_ points into it
    bool opened_ = false;
    bool fragment_ = false;
    bool wrote_node_ = false;  // a fragment writer has written a node object (the next needs a comma)
};

}  // namespace newsgraph
