// A small pattern language for paths through a dependency tree ("S >appos [title role] >nmod O"),
// its compiler, and the relation patterns of ontology/patterns/dependency_relations.tsv.
// The language is described in ontology/patterns/README.md.
#pragma once

#include <string>
#include <vector>

#include "core/entity_class.hpp"
#include "core/predicate.hpp"

namespace newsgraph {

// Dependency relations a step may follow: "nmod" is exactly nmod; "nmod*" is nmod or any subtype (nmod:poss).
struct RelationTest {
    std::vector<std::string> exact;
    std::vector<std::string> prefixes;  // "nmod" for "nmod*"
    bool matches(const std::string& deprel) const;
};

// A test on one child of a node: "has=case/of|from" (a case child with lemma of or from), "not=cop".
struct ChildTest {
    RelationTest relation;
    std::vector<std::string> lemmas;  // empty: any
    bool negated = false;
};

// What a node of the path must be.
struct NodeTest {
    std::vector<std::string> lemmas;      // lower case; empty: any
    std::vector<std::string> not_lemmas;  // "lemma!=member": none of these
    std::vector<std::string> upos;
    std::string list;                    // a named list of lexicons/word_lists.tsv the lemma must be in
    std::vector<std::string> not_lists;  // "list!=NAME" (any number): lists the lemma must not be in
    bool title = false;                  // a position title (lexicons/titles.tsv, patterns/titles.tsv)
    bool not_title = false;              // "!title": not a position title
    bool not_domain = false;   // "!domain": not a domain title a common noun names the group of ("rights leader")
    bool demonym = false;      // "demonym": a word the gazetteer knows as a place's demonym ("Colombian")
    bool not_demonym = false;  // "!demonym": not one
    bool role = false;         // this node's phrase becomes the relation's role
    std::vector<ChildTest> children;
};

// One move: up to the head (`<rel`: the node's own relation) or down to a child (`>rel`).
struct PathStep {
    bool up = false;
    RelationTest relation;
    NodeTest node;
};

// A compiled path from the subject's head word (`start`) to the object's.
struct DependencyPath {
    NodeTest start;
    std::vector<PathStep> steps;
    NodeTest end;
};

// One line of the pattern file.
struct DependencyPattern {
    Predicate predicate = Predicate::CoOccursWith;
    std::string rule;
    double confidence = 0.5;
    std::vector<EntityClass> subjects;
    std::vector<EntityClass> objects;
    DependencyPath path;
};

// Compiles `text`; throws Error(where, problem) on a bad path. `lists` are the names a `list=` may use.
DependencyPath compile_path(const std::string& text, const std::string& where, const std::vector<std::string>& lists);

// Entity classes of a pattern column ("Person", "Person|Organization", "Agent" = Person|Organization).
std::vector<EntityClass> pattern_classes(const std::string& cell, const std::string& where);

// The patterns of ontology/patterns/dependency_relations.tsv (or the given text, named `shown` in errors).
std::vector<DependencyPattern> load_dependency_patterns();
std::vector<DependencyPattern> parse_dependency_patterns(std::string_view text, const std::string& shown);

}  // namespace newsgraph
