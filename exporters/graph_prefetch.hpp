// Cache prefetching for exporters that walk the graph in IRI or hash order.
// That order is random in memory, and each record points to strings elsewhere:
// asking for the records of an item a few places ahead, then (once they have
// arrived) for the strings they point to, overlaps the cache misses instead of
// waiting on each in turn.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Every member is always inlined: GCC counts a prefetch as free of effects and
// deletes calls to an out-of-line function made only of prefetches.
class GraphPrefetch {
public:
    static constexpr std::size_t kRecordsAhead = 8, kStringsAhead = 4;

    explicit GraphPrefetch(const KnowledgeGraph& graph) : g_(graph.storage()) {}

    [[gnu::always_inline]] void records(VertexId v) const { __builtin_prefetch(&g_[v]); }
    [[gnu::always_inline]] void strings(VertexId v) const {
        __builtin_prefetch(g_[v].iri.data());
        __builtin_prefetch(g_[v].name.data());
    }
    [[gnu::always_inline]] void records(EdgeId e) const {
        __builtin_prefetch(&g_[e]);
        __builtin_prefetch(&g_[boost::source(e, g_)]);
        __builtin_prefetch(&g_[boost::target(e, g_)]);
    }
    [[gnu::always_inline]] void strings(EdgeId e) const {
        __builtin_prefetch(g_[boost::source(e, g_)].iri.data());
        __builtin_prefetch(g_[boost::target(e, g_)].iri.data());
        if (!g_[e].evidence.empty()) __builtin_prefetch(g_[e].evidence.data());
    }

    // Called at item i of a walk over `items` (vertices or edges, in write order).
    template <typename Id>
    [[gnu::always_inline]] void ahead(const std::vector<Id>& items, std::size_t i) const {
        if (i + kRecordsAhead < items.size()) records(items[i + kRecordsAhead]);
        if (i + kStringsAhead < items.size()) strings(items[i + kStringsAhead]);
    }

private:
    const GraphStorage& g_;
};

}  // namespace newsgraph
