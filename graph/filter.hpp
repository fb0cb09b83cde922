// Subgraphs users ask for before loading: by class, relation, confidence,
// weight, typed relations or co-occurrence only.
#pragma once

#include <set>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

struct GraphFilter {
    std::set<EntityClass> classes;   // keep only these node classes (empty: all); articles always kept
    std::set<Predicate> predicates;  // keep only these relations (empty: all)
    double min_confidence = 0.0;     // nodes and edges below it are dropped
    double min_weight = 0.0;         // edges lighter than this are dropped
    bool typed_only = false;         // drop coOccursWith
    bool cooccurrence_only = false;  // keep coOccursWith (and mentions) only

    bool empty() const {
        return classes.empty() && predicates.empty() && min_confidence <= 0 && min_weight <= 0 && !typed_only &&
               !cooccurrence_only;
    }
};

// A copy of `graph` holding only what `filter` keeps; edges whose ends were
// dropped go too. Node and edge order stay deterministic.
KnowledgeGraph filter_graph(const KnowledgeGraph& graph, const GraphFilter& filter);

}  // namespace newsgraph
