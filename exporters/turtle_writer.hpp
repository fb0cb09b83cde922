// Turtle output: a TripleSink that writes prefixes, then one block per
// subject with `;` between predicates and `,` between values.
#pragma once

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/rdf_term.hpp"

namespace newsgraph {

class TurtleWriter : public TripleSink {
public:
    explicit TurtleWriter(std::ostream& out) : out_(out) {}
    void prefix(std::string_view name, std::string_view iri) override;
    void triple(const Term& subject, const Term& predicate, const Term& object) override;
    void finish() override;

private:
    // `prefix:local` when the IRI starts with a declared prefix and the rest is a
    // plain local name; otherwise the full <IRI>.
    std::string name(const Term& iri, std::string_view role) const;
    std::ostream& out_;
    std::vector<std::pair<std::string, std::string>> prefixes_;
    bool header_written_ = false;
    std::string subject_, predicate_, text_;
};

}  // namespace newsgraph
