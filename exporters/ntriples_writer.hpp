// N-Triples output: a TripleSink writing one line per triple in the
// canonical RDF 1.1 N-Triples form.
#pragma once

#include <ostream>
#include <string>

#include "core/rdf_term.hpp"

namespace newsgraph {

// Appends `term` in N-Triples syntax (also valid Turtle and N-Quads); throws
// Error naming `role` for an IRI or language tag a strict parser would reject.
void append_ntriples_term(std::string& line, const Term& term, std::string_view role);

// Ignores prefixes (N-Triples has none). Output reaches the stream in blocks and
// at finish(). Throws Error for an IRI that is not
// absolute or holds a character IRIREF forbids.
class NTriplesWriter : public FragmentedSink {
public:
    explicit NTriplesWriter(std::ostream& out) : out_(out) {}
    void prefix(std::string_view, std::string_view) override {}
    void triple(const Term& subject, const Term& predicate, const Term& object) override;
    void finish() override;
    std::unique_ptr<TripleSink> fragment_writer(std::ostream& out) const override {
        return std::make_unique<NTriplesWriter>(out);
    }
    void insert(std::string_view fragment) override;

private:
    static constexpr std::size_t kFlushAt = 1 << 16;
    void flush_buffer();
    std::ostream& out_;
    std::string buffer_;           // finished lines, handed to the stream in blocks of about kFlushAt bytes
    std::string checked_subject_;  // the last subject written, known to be a valid IRI
};

}  // namespace newsgraph
