// Where each entity mention of a sentence stands in its dependency tree: the node of the mention's head
// word (the word whose head lies outside the mention), for the components that read relations off the tree.
#pragma once

#include <vector>

#include "core/document.hpp"
#include "extractors/dependency_tree.hpp"

namespace newsgraph {

// The entity standing at each node of one sentence.
struct Anchors {
    std::vector<int> entity;      // by node, -1 when none
    std::vector<Span> span;       // the anchoring mention, by node
    std::vector<bool> named;      // by word: inside some mention
    std::vector<bool> pronoun;    // by node: a pronoun standing for the entity
    std::vector<bool> reference;  // by node: a definite noun standing for the entity ("the company")
};

// Anchors every mention of `mentions` (of this sentence, resolved to an entity) at its head word's node; where
// two mentions share a node, the longer one.
Anchors anchor_mentions(const DependencyTree& tree, const std::vector<const Mention*>& mentions);

// The spans of `mentions`, for a tree that mends the parse around them (DependencyTree's second constructor).
std::vector<Span> mention_spans(const std::vector<const Mention*>& mentions);

// Mentions that resolved to an entity, by sentence.
std::vector<std::vector<const Mention*>> mentions_by_sentence(const Document& doc);

}  // namespace newsgraph
