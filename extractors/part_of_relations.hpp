// partOf relations between organizations of one document: from names ("UN
// Office on Drugs and Crime" is part of "United Nations"), from descriptions
// ("the UN body ...") and from appositions ("UNHCR, the UN refugee agency").
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/document.hpp"
#include "extractors/descriptions.hpp"

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
    std::vector<std::pair<std::string, std::string>> parents_;  // (key, parent key), sorted
};

}  // namespace newsgraph
