// Degree, PageRank and betweenness over the undirected entity network.
#include "graph/metrics.hpp"

#include <algorithm>
#include <utility>

namespace newsgraph {

namespace {

bool is_network_edge(const KnowledgeGraph& graph, EdgeId e) { return graph.edge(e).predicate != Predicate::Mentions; }

// One undirected link of the entity network (ends in network slots, first < second).
struct Link {
    std::size_t first, second;
    double weight;
};

// The network's arcs grouped by target, for PageRank: the sources pointing at
// vertex i are sources[starts[i] .. starts[i + 1]), in the order the arcs were added.
struct InArcs {
    std::vector<std::size_t> starts, sources;
    std::vector<double> out_degree;
};

// Each undirected link becomes two arcs so PageRank sees it from both ends,
// added link by link (a->b, then b->a), the order Boost's adjacency_list keeps.
InArcs in_arcs(const std::vector<Link>& links, std::size_t m) {
    InArcs arcs;
    arcs.starts.assign(m + 1, 0);
    arcs.out_degree.assign(m, 0.0);
    for (const Link& link : links) {
        ++arcs.starts[link.first + 1];
        ++arcs.starts[link.second + 1];
    }
    for (std::size_t i = 0; i < m; ++i) {
        arcs.out_degree[i] = static_cast<double>(arcs.starts[i + 1]);
        arcs.starts[i + 1] += arcs.starts[i];
    }
    arcs.sources.resize(arcs.starts[m]);
    std::vector<std::size_t> fill(arcs.starts.begin(), arcs.starts.end() - 1);
    for (const Link& link : links) {
        arcs.sources[fill[link.second]++] = link.first;
        arcs.sources[fill[link.first]++] = link.second;
    }
    return arcs;
}

// Boost.Graph's page_rank on a bidirectional graph (damping 0.85, fixed number of
// iterations, starting from 1/m), step for step and in the same summation order,
// so the ranks are bit-for-bit those Boost computes; over flat arrays, and each
// vertex's share (rank / out-degree) computed once per step instead of once per arc.
std::vector<double> page_rank(const InArcs& arcs, std::size_t m, int iterations) {
    const double damping = 0.85;
    std::vector<double> rank(m, 1.0 / static_cast<double>(m)), next(m), share(m);
    for (int step = 0; step < iterations; ++step) {
        for (std::size_t u = 0; u < m; ++u) share[u] = rank[u] / arcs.out_degree[u];
        for (std::size_t v = 0; v < m; ++v) {
            double sum = 0;
            for (std::size_t a = arcs.starts[v]; a < arcs.starts[v + 1]; ++a) sum += share[arcs.sources[a]];
            next[v] = (1.0 - damping) + damping * sum;
        }
        rank.swap(next);
    }
    return rank;
}

// Brandes' betweenness as Boost.Graph's brandes_betweenness_centrality computes
// it on the network (arcs both ways, unweighted), step for step: breadth-first
// search over each vertex's arcs in the order they were added, path counts as
// unsigned integers, distances carried from one source to the next as Boost
// leaves them, dependencies summed in the same order, so the result is
// bit-for-bit Boost's; over flat arrays instead of per-source allocations.
std::vector<double> betweenness(const std::vector<Link>& links, std::size_t m) {
    std::vector<std::size_t> starts(m + 1, 0), targets;
    for (const Link& link : links) {
        ++starts[link.first + 1];
        ++starts[link.second + 1];
    }
    for (std::size_t i = 0; i < m; ++i) starts[i + 1] += starts[i];
    targets.resize(starts[m]);
    std::vector<std::size_t> fill(starts.begin(), starts.end() - 1);
    for (const Link& link : links) {
        targets[fill[link.first]++] = link.second;
        targets[fill[link.second]++] = link.first;
    }
    enum : unsigned char { kWhite, kGray, kBlack };
    std::vector<double> centrality(m, 0.0), distance(m, 0.0), dependency(m);
    std::vector<std::size_t> paths(m), queue(m), order;
    std::vector<unsigned char> colour(m);
    std::vector<std::vector<std::size_t>> incoming(m);  // shortest-path predecessors, in discovery order
    order.reserve(m);
    for (std::size_t s = 0; s < m; ++s) {
        for (std::size_t w = 0; w < m; ++w) {
            incoming[w].clear();
            paths[w] = 0;
            dependency[w] = 0;
            colour[w] = kWhite;
        }
        paths[s] = 1;
        order.clear();
        std::size_t head = 0, tail = 0;
        queue[tail++] = s;
        colour[s] = kGray;
        while (head < tail) {
            std::size_t v = queue[head++];
            order.push_back(v);
            for (std::size_t a = starts[v]; a < starts[v + 1]; ++a) {
                std::size_t w = targets[a];
                if (colour[w] == kWhite) {
                    distance[w] = distance[v] + 1;
                    paths[w] = paths[v];
                    incoming[w].push_back(v);
                    colour[w] = kGray;
                    queue[tail++] = w;
                } else if (distance[w] == distance[v] + 1) {
                    paths[w] = paths[w] + paths[v];
                    incoming[w].push_back(v);
                }
            }
            colour[v] = kBlack;
        }
        for (std::size_t k = order.size(); k-- > 0;) {
            std::size_t w = order[k];
            for (std::size_t v : incoming[w]) {
                double factor = static_cast<double>(paths[v]) / static_cast<double>(paths[w]);
                factor *= (1.0 + dependency[w]);
                dependency[v] = dependency[v] + factor;
            }
            if (w != s) centrality[w] = centrality[w] + dependency[w];
        }
    }
    return centrality;
}

}  // namespace

std::vector<NodeMetrics> compute_metrics(const KnowledgeGraph& graph, bool with_betweenness) {
    const GraphStorage& g = graph.storage();
    const std::size_t n = graph.node_count();
    std::vector<NodeMetrics> metrics(n);

    // The network holds entities only; `slot` maps graph vertices to its vertices.
    std::vector<std::size_t> slot(n, 0), vertex_of;
    for (VertexId v = 0; v < n; ++v) {
        if (graph.node(v).cls == EntityClass::Article) continue;
        slot[v] = vertex_of.size();
        vertex_of.push_back(v);
    }
    const std::size_t m = vertex_of.size();

    // Collapse parallel and reverse edges into one weighted undirected link:
    // ordered by their ends, weights summed in edge order.
    std::vector<std::pair<std::pair<VertexId, VertexId>, double>> arcs;
    for (EdgeId e : boost::make_iterator_range(boost::edges(g))) {
        VertexId a = boost::source(e, g), b = boost::target(e, g);
        if (a == b) continue;
        if (!is_network_edge(graph, e)) {
            if (graph.node(a).cls == EntityClass::Article) ++metrics[b].mentions;
            continue;
        }
        arcs.emplace_back(std::minmax(a, b), graph.edge(e).weight);
    }
    std::stable_sort(arcs.begin(), arcs.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<Link> links;
    for (std::size_t i = 0; i < arcs.size();) {
        const auto ends = arcs[i].first;
        double weight = 0.0;
        for (; i < arcs.size() && arcs[i].first == ends; ++i) weight += arcs[i].second;
        links.push_back({slot[ends.first], slot[ends.second], weight});
        for (VertexId v : {ends.first, ends.second}) {
            ++metrics[v].degree;
            metrics[v].weighted_degree += weight;
        }
    }
    arcs = {};
    if (links.empty()) return metrics;

    std::vector<double> rank = page_rank(in_arcs(links, m), m, 100);
    std::vector<double> centrality = with_betweenness ? betweenness(links, m) : std::vector<double>(m, 0.0);
    // Arcs run both ways, so each shortest path was counted in both directions.
    // Boost's ranks sum to the number of vertices; scale them to sum to 1 as Gephi and NetworkX do.
    double rank_sum = 0;
    for (std::size_t i = 0; i < m; ++i)
        if (metrics[vertex_of[i]].degree > 0) rank_sum += rank[i];
    if (rank_sum > 0)
        for (double& r : rank) r /= rank_sum;
    double scale = m > 2 ? 1.0 / (static_cast<double>(m - 1) * static_cast<double>(m - 2)) : 0.0;
    for (std::size_t i = 0; i < m; ++i) {
        VertexId v = vertex_of[i];
        metrics[v].pagerank = metrics[v].degree == 0 ? 0.0 : rank[i];
        metrics[v].betweenness = centrality[i] * scale;
    }
    return metrics;
}

}  // namespace newsgraph
