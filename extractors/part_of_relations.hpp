// partOf relations between organizations of one document: from names ("UN
// Office on Drugs and Crime" is part of "United Nations"), from descriptions
// ("the UN body ...") and from appositions ("UNHCR, the UN refugee agency").
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/document.hpp"
#include "extractors/descriptions.hpp"
#include "extractors/name_lexicons.hpp"

namespace newsgraph {

// Finds partOf relations; patterns from ontology/patterns/part_of_descriptors.tsv, parents of
// well-known organizations from ontology/lexicons/organizations.tsv (key -> parent key). Pure.
class PartOfFinder {
public:
    PartOfFinder();
    // Relations (subject = the unit, object = the whole), evidence filled for `extractor`.
    std::vector<Relation> find(const Document& doc, std::string_view extractor,
                               const scan::ScannedSentences& scans) const;

private:
    DescriptionFinder descriptions_;
    // True when the one-word name of `whole` (no lexicon's) begins the two-word `unit_name` (folded, its space at
    // `at`) whose second word is no ordinary word or name head: "Goldman" of "Goldman Sachs" is its short form, not
    // a body that holds it ("Microsoft Research" is Microsoft's unit).
    bool short_form(const Entity& whole, const std::string& unit_name, std::size_t at) const;
    std::vector<std::pair<std::string, std::string>> parents_;               // (key, parent key), sorted
    std::shared_ptr<const NameLexicons> lexicons_ = NameLexicons::shared();  // ordinary words and name heads
};

}  // namespace newsgraph
