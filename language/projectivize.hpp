// Pseudo-projective parsing (Nivre & Nilsson 2005, as in spaCy's nonproj):
// lift non-projective arcs before training, with the lifted word's label
// recording its original head's label, and put them back after parsing.
#pragma once

#include <string>
#include <vector>

#include "language/treebank.hpp"

namespace newsgraph {

// Separates a lifted label "obl||nsubj" (own label, label of the head it was lifted from).
inline constexpr const char* kLiftMarker = "||";

// Heads of `words` as a vector over 1..n (entry 0 unused), from TreebankWord::head.
std::vector<int> heads_of(const std::vector<TreebankWord>& words);
// Whether arc head -> dependent is crossed by or spans a word its head does not dominate.
bool is_projective_arc(const std::vector<int>& heads, int dependent);
// Whether every arc of the tree is projective.
bool is_projective(const std::vector<int>& heads);
// Makes the tree projective by lifting the shortest non-projective arc to the head's head until none is left;
// a lifted word's deprel becomes "deprel||deprel of its original head" (once, at its first lift).
// Returns the number of lifts.
int projectivize(std::vector<TreebankWord>& words);
// Undoes lifting: a word labelled "X||Y" goes to the first word labelled Y (breadth-first, left to right)
// among the descendants of its current head, and is labelled X (it stays where it is when none is found).
void deprojectivize(std::vector<TreebankWord>& words);

}  // namespace newsgraph
