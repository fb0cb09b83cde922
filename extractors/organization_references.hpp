// "The organization founded by L. Ron Hubbard": a definite organization noun ("the company", "the
// organization") standing for the organization the article is about, and "the operation" or "the attack" for
// the one event or threat whose name begins or ends with that noun, so relation patterns reach them.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "extractors/dependency_tree.hpp"
#include "extractors/mention_anchors.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

// The entity of `counts` (entity -> mentions) named more often than any other; -1 on a tie or when empty.
int leading_entity(const std::map<int, int>& counts);

// True when word w is a bare definite noun: "the" among its dependents, and no name or possessive of its own.
bool bare_definite(const DependencyTree& tree, int w);

// Whether word w is the subject, object, indirect object, oblique, nominal modifier or apposition of its head.
bool argument(const DependencyTree& tree, int w);

// The organization the text has named most often before offset `at`, when one leads the others; else -1. Only
// organizations with `noun` in their name count when there are any; else any organization, when `generic`.
int most_named_organization(const Document& doc, std::size_t at, const std::string& noun, bool generic);

// The organization that is the main clause's subject in the sentence before the one holding byte `at`, and the
// only organization there: "Human Rights Watch accused the army. X, the group's director, said": news refers
// back to the organization the sentence before was about. -1 when it has none.
int subject_organization_before(const Document& doc, std::size_t at);

// Anchors each subject, object, oblique or nominal modifier "the NOUN" of the sentence whose noun is one of
// `nouns` (and has no name of its own) at the organization the text has named most often before it, when one
// leads the others: among those with the noun in their name ("the agency" of "... Agency") when there are any,
// else among all when the noun is one of `generic` ("Siemens AG ... the company"). Marks it in
// `anchors.reference`.
void anchor_organization_references(const Document& doc, const DependencyTree& tree, const WordSet& nouns,
                                    const WordSet& generic, Anchors& anchors);

// "the Green Future movement", "the Forward party": an organization noun whose name stands right before it as
// its modifier is that organization (a relation of the noun is the organization's).
void anchor_named_organization_nouns(const Document& doc, const DependencyTree& tree, const WordSet& nouns,
                                     Anchors& anchors);

// Anchors "it" (one of `pronouns`), the subject of a clause a verb takes, at that verb's subject when an
// organization is it: "Microsoft said it would invest in OpenAI". Marks it in `anchors.pronoun`.
void anchor_organization_pronouns(const Document& doc, const DependencyTree& tree, const WordSet& pronouns,
                                  Anchors& anchors);

// The document's events and threats by the first and last word of each of their names of two words or more,
// in lower case ("operation" and "harbour" of "Operation Glass Harbour"); -1 for a word two of them share.
std::unordered_map<std::string, int> events_by_name_word(const Document& doc);

// Anchors each subject, object, oblique or nominal modifier "the NOUN" (with no name of its own) whose noun
// is a word of `events` naming one event or threat ("Operation Glass Harbour ... the operation", "the G20
// Summit ... the summit", "a cyber attack ... the attack") at it; marks `anchors.reference`.
void anchor_event_references(const DependencyTree& tree, const std::unordered_map<std::string, int>& events,
                             Anchors& anchors);

}  // namespace newsgraph
