// Degree, PageRank and betweenness over the undirected entity network.
#include "graph/metrics.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>

#include <map>
#include <utility>

namespace newsgraph {

namespace {

using Network = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

bool is_network_edge(const KnowledgeGraph& graph, EdgeId e) {
    return graph.edge(e).predicate != Predicate::Mentions;
}

}  // namespace

std::vector<NodeMetrics> compute_metrics(const KnowledgeGraph& graph, bool with_betweenness) {
    const GraphStorage& g = graph.storage();
    const std::size_t n = graph.node_count();
    std::vector<NodeMetrics> metrics(n);

    // Collapse parallel and reverse edges into one weighted undirected link.
    std::map<std::pair<VertexId, VertexId>, double> links;
    for (EdgeId e : boost::make_iterator_range(boost::edges(g))) {
        VertexId a = boost::source(e, g), b = boost::target(e, g);
        if (a == b) continue;
        if (!is_network_edge(graph, e)) {
            if (graph.node(a).cls == EntityClass::Article) ++metrics[b].mentions;
            continue;
        }
        links[std::minmax(a, b)] += graph.edge(e).weight;
    }
    // The network holds entities only; `slot` maps graph vertices to its vertices.
    std::vector<std::size_t> slot(n, 0), vertex_of;
    for (VertexId v = 0; v < n; ++v) {
        if (graph.node(v).cls == EntityClass::Article) continue;
        slot[v] = vertex_of.size();
        vertex_of.push_back(v);
    }
    const std::size_t m = vertex_of.size();
    // Each undirected link becomes two arcs so PageRank sees it from both ends.
    Network network(m);
    for (const auto& [ends, weight] : links) {
        boost::add_edge(slot[ends.first], slot[ends.second], network);
        boost::add_edge(slot[ends.second], slot[ends.first], network);
        for (VertexId v : {ends.first, ends.second}) {
            ++metrics[v].degree;
            metrics[v].weighted_degree += weight;
        }
    }
    if (links.empty()) return metrics;

    std::vector<double> rank(m, 0.0);
    boost::graph::page_rank(network, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, network)),
                     boost::graph::n_iterations(100));
    std::vector<double> centrality(m, 0.0);
    auto centrality_map = boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, network));
    if (with_betweenness) boost::brandes_betweenness_centrality(network, centrality_map);
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
