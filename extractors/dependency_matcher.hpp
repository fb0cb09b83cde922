// Matches a compiled dependency path (extractors/dependency_pattern.hpp) from one node of a tree.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extractors/dependency_pattern.hpp"
#include "extractors/dependency_tree.hpp"

namespace newsgraph {

// Where a path ended, and the node marked `role` on the way (-1 if none).
struct PathMatch {
    int end = -1;
    int role = -1;
};

// The lexical tests a node test may ask for, answered by the caller's lexicons.
struct NodeLexicon {
    std::function<bool(const std::string& list, const std::string& lemma)> in_list;
    std::function<bool(const DependencyTree& tree, int node)> is_title;
    std::function<bool(const DependencyTree& tree, int node)> is_demonym;  // none: no word is
};

// The neighbours a walk collects at each step, kept by the caller across walks so that walking allocates
// nothing once they have grown (a fifth of the component's time).
using WalkBuffers = std::vector<std::vector<TreeEdge>>;

// Every end of `path` walked from node `start`.
std::vector<PathMatch> match_path(const DependencyTree& tree, const DependencyPath& path, int start,
                                  const NodeLexicon& lexicon, WalkBuffers& buffers);

// True when node `node` passes `test`.
bool node_passes(const DependencyTree& tree, int node, const NodeTest& test, const NodeLexicon& lexicon);

}  // namespace newsgraph
