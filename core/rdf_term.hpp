// RDF terms and the triple sink: the one seam between the graph-to-RDF
// mapping and every RDF writer (RDF/XML, JSON-LD, N-Triples).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace newsgraph {

struct Term {
    enum class Kind { Iri, Literal };
    Kind kind = Kind::Iri;
    std::string value;     // IRI, or the literal's lexical form
    std::string datatype;  // literal datatype IRI; empty for a plain string
    std::string language;  // BCP-47 tag for language-tagged strings

    static Term iri(std::string value) { return {Kind::Iri, std::move(value), {}, {}}; }
    static Term literal(std::string value, std::string datatype = {}, std::string language = {}) {
        return {Kind::Literal, std::move(value), std::move(datatype), std::move(language)};
    }
    bool is_iri() const { return kind == Kind::Iri; }
};

// Receives triples. The mapping emits all triples of one subject together,
// and all values of one predicate of that subject together, so writers can
// group them while holding only one subject in memory.
class TripleSink {
public:
    virtual ~TripleSink() = default;
    // Declares a prefix before any triple (writers may use or ignore it).
    virtual void prefix(std::string_view name, std::string_view iri) = 0;
    virtual void triple(const Term& subject, const Term& predicate, const Term& object) = 0;
    // Called once after the last triple; writers flush and close here.
    virtual void finish() = 0;
};

// A sink whose document body can be written in parts by independent writers,
// so that parts can be formatted on several threads (see emit_triples).
class FragmentedSink : public TripleSink {
public:
    // A writer of the same kind, with the same prefixes, that writes the triples
    // it is given to `out` as a fragment of this sink's body: no header, no footer.
    virtual std::unique_ptr<TripleSink> fragment_writer(std::ostream& out) const = 0;
    // Writes a finished fragment here, as if its triples had been sent one by one.
    // Fragments hold whole subjects.
    virtual void insert(std::string_view fragment) = 0;
};

}  // namespace newsgraph
