// Universal Dependencies relation names the dependency tree reads and writes: which relations join the words of
// one name, which are subjects, and the names it writes over the parser's (repairs, doubtful subjects).
#pragma once

#include <string>

namespace newsgraph::ud {

// Relations that join the parts of one name or fixed expression.
inline bool joins_group(const std::string& relation) {
    return relation.rfind("flat", 0) == 0 || relation == "fixed" || relation == "goeswith";
}

inline bool is_subject(const std::string& relation) { return relation.rfind("nsubj", 0) == 0; }

// The relations the tree writes over the parser's: DependencyTree::relations_ points at these.
inline const std::string kUnsureRelation = "dep";
inline const std::string kNominalModifier = "nmod";
inline const std::string kCaseMarker = "case";
inline const std::string kCompound = "compound";
inline const std::string kApposition = "appos";
inline const std::string kObject = "obj";
inline const std::string kSubject = "nsubj";
inline const std::string kPassiveSubject = "nsubj:pass";
inline const std::string kRoot = "root";
inline const std::string kDeterminer = "det";
inline const std::string kRelativeClause = "acl:relcl";
inline const std::string kDescription = "nmod:desc";
inline const std::string kFlat = "flat";
inline const std::string kAdjective = "amod";

}  // namespace newsgraph::ud
