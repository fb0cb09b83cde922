// Entity look-up, neighbours, shortest paths (Boost.Graph BFS), rankings
// (graph/metrics) and per-person / per-threat answers over a KnowledgeGraph.
#include "query/graph_questions.hpp"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <cctype>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "core/error.hpp"
#include "core/text.hpp"
#include "graph/metrics.hpp"

namespace newsgraph {

namespace {

// True when `needle` occurs in `hay` between word boundaries (both already folded).
bool contains_words(const std::string& hay, const std::string& needle) {
    if (needle.empty()) return false;
    auto is_word = [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
    };
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
        bool left = at == 0 || !is_word(hay[at - 1]);
        std::size_t end = at + needle.size();
        bool right = end == hay.size() || !is_word(hay[end]);
        if (left && right) return true;
    }
    return false;
}

bool is_entity(const Node& n) { return n.cls != EntityClass::Article; }

std::string class_name(const Node& n) { return std::string(info(n.cls).local_name); }

std::string label(const Node& n) { return n.name.empty() ? n.iri : n.name; }

// How good an edge is at standing for the link between its ends.
std::tuple<bool, std::size_t, double> edge_rank(const Edge& e) {
    return {e.predicate != Predicate::CoOccursWith, e.evidence.size(), e.weight};
}

// Headline (or id) and date of the article an evidence comes from.
std::string article_of(const KnowledgeGraph& graph, const Evidence& evidence) {
    for (VertexId v : boost::make_iterator_range(boost::vertices(graph.storage()))) {
        const Node& n = graph.node(v);
        if (n.cls != EntityClass::Article) continue;
        std::string tail = n.iri.substr(n.iri.find_last_of('/') + 1);
        if (tail != slug(evidence.document) && tail != evidence.document) continue;
        std::string text = n.meta.title.empty() ? evidence.document : n.meta.title;
        return n.meta.date.empty() ? text : text + ", " + n.meta.date;
    }
    return evidence.document;
}

void print_evidence(const KnowledgeGraph& graph, const Edge& e, std::ostream& out, std::size_t limit = 1) {
    for (std::size_t i = 0; i < e.evidence.size() && i < limit; ++i)
        out << "      \"" << squeeze_spaces(e.evidence[i].sentence) << "\" (" << article_of(graph, e.evidence[i])
            << ")\n";
    if (e.evidence.empty() && e.predicate == Predicate::CoOccursWith)
        out << "      (named together in " << e.weight << " sentence(s) or article(s))\n";
}

void print_edge(const KnowledgeGraph& graph, EdgeId id, std::ostream& out) {
    const GraphStorage& g = graph.storage();
    const Edge& e = graph.edge(id);
    out << "  " << label(g[boost::source(id, g)]) << " -[" << info(e.predicate).local_name << "]-> "
        << label(g[boost::target(id, g)]);
    if (!e.role.empty()) out << " (role: " << e.role << ")";
    out << "  weight " << e.weight << '\n';
    print_evidence(graph, e, out);
}

}  // namespace

std::vector<VertexId> find_entities(const KnowledgeGraph& graph, std::string_view query) {
    if (auto exact = graph.find(std::string(query))) return {*exact};
    const std::string wanted = fold(query);
    std::vector<VertexId> equal, partial;
    for (VertexId v : boost::make_iterator_range(boost::vertices(graph.storage()))) {
        const Node& n = graph.node(v);
        std::vector<std::string> names{fold(n.name)};
        for (const auto& alias : n.aliases) names.push_back(fold(alias));
        if (std::find(names.begin(), names.end(), wanted) != names.end()) {
            equal.push_back(v);
            continue;
        }
        if (n.cls == EntityClass::Article || n.cls == EntityClass::Quote) continue;
        if (std::any_of(names.begin(), names.end(),
                        [&](const std::string& name) { return contains_words(name, wanted); }))
            partial.push_back(v);
    }
    std::vector<VertexId>& found = equal.empty() ? partial : equal;
    std::sort(found.begin(), found.end(),
              [&](VertexId a, VertexId b) { return graph.node(a).iri < graph.node(b).iri; });
    return found;
}

VertexId resolve_entity(const KnowledgeGraph& graph, std::string_view query) {
    std::vector<VertexId> found = find_entities(graph, query);
    if (found.empty()) throw Error("no entity is named '" + std::string(query) + "'");
    if (found.size() == 1) return found.front();
    std::string list = "'" + std::string(query) + "' is ambiguous; candidates:";
    for (VertexId v : found)
        list += "\n  " + label(graph.node(v)) + " (" + class_name(graph.node(v)) + ") " + graph.node(v).iri;
    throw Error(list);
}

std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, VertexId v) {
    const GraphStorage& g = graph.storage();
    std::vector<Neighbor> found;
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, g)))
        if (g[e].predicate != Predicate::Mentions) found.push_back({e, boost::target(e, g), true});
    for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, g)))
        if (g[e].predicate != Predicate::Mentions) found.push_back({e, boost::source(e, g), false});
    std::sort(found.begin(), found.end(), [&](const Neighbor& a, const Neighbor& b) {
        if (g[a.edge].weight != g[b.edge].weight) return g[a.edge].weight > g[b.edge].weight;
        return std::tie(g[a.other].name, g[a.other].iri) < std::tie(g[b.other].name, g[b.other].iri);
    });
    return found;
}

std::vector<Path> shortest_paths(const KnowledgeGraph& graph, VertexId a, VertexId b, std::size_t limit) {
    const GraphStorage& g = graph.storage();
    const std::size_t n = graph.node_count();
    // The undirected entity network, one link per pair of vertices.
    using Network = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Network network(n);
    std::map<std::pair<VertexId, VertexId>, EdgeId> best;
    for (EdgeId e : boost::make_iterator_range(boost::edges(g))) {
        VertexId s = boost::source(e, g), t = boost::target(e, g);
        if (s == t || g[e].predicate == Predicate::Mentions || !is_entity(g[s]) || !is_entity(g[t])) continue;
        auto [slot, added] = best.emplace(std::minmax(s, t), e);
        if (added)
            boost::add_edge(s, t, network);
        else if (edge_rank(g[e]) > edge_rank(g[slot->second]))
            slot->second = e;
    }
    constexpr std::size_t kFar = std::numeric_limits<std::size_t>::max();
    auto distances = [&](VertexId from) {
        std::vector<std::size_t> d(n, kFar);
        d[from] = 0;
        boost::breadth_first_search(
            network, from,
            boost::visitor(boost::make_bfs_visitor(boost::record_distances(d.data(), boost::on_tree_edge()))));
        return d;
    };
    std::vector<std::size_t> from_a = distances(a), from_b = distances(b);
    std::vector<Path> paths;
    if (a == b || from_a[b] == kFar) return paths;
    const std::size_t length = from_a[b];
    // Walk forward only along vertices that lie on some shortest a-b path.
    Path current;
    auto walk = [&](auto&& self, VertexId u) -> void {
        if (paths.size() >= limit) return;
        if (u == b) {
            paths.push_back(current);
            return;
        }
        std::vector<VertexId> next;
        for (auto e : boost::make_iterator_range(boost::out_edges(u, network))) {
            VertexId w = boost::target(e, network);
            if (from_a[w] == from_a[u] + 1 && from_b[w] != kFar && from_a[w] + from_b[w] == length) next.push_back(w);
        }
        std::sort(next.begin(), next.end(), [&](VertexId x, VertexId y) { return g[x].name < g[y].name; });
        for (VertexId w : next) {
            current.push_back({u, w, best.at(std::minmax(u, w))});
            self(self, w);
            current.pop_back();
        }
    };
    const std::size_t wanted = limit;
    limit = std::max<std::size_t>(limit, 1) * 10;
    walk(walk, a);
    // Paths along typed relations first: co-occurrence says least about how two entities relate.
    auto loose = [&](const Path& path) {
        return std::count_if(path.begin(), path.end(),
                             [&](const Hop& hop) { return g[hop.edge].predicate == Predicate::CoOccursWith; });
    };
    std::stable_sort(paths.begin(), paths.end(), [&](const Path& x, const Path& y) { return loose(x) < loose(y); });
    if (paths.size() > wanted) paths.resize(wanted);
    return paths;
}

Ranking ranking_from_name(std::string_view name) {
    if (name == "pagerank") return Ranking::PageRank;
    if (name == "degree") return Ranking::Degree;
    if (name == "mentions") return Ranking::Mentions;
    throw Error("unknown ranking '" + std::string(name) + "' (pagerank, degree or mentions)");
}

std::vector<Ranked> top_entities(const KnowledgeGraph& graph, std::size_t n, Ranking by) {
    std::vector<NodeMetrics> metrics = compute_metrics(graph);
    std::vector<Ranked> ranked;
    for (VertexId v : boost::make_iterator_range(boost::vertices(graph.storage()))) {
        const Node& node = graph.node(v);
        if (node.cls == EntityClass::Article || node.cls == EntityClass::Quote) continue;
        const NodeMetrics& m = metrics[v];
        double score = by == Ranking::PageRank ? m.pagerank : by == Ranking::Degree ? m.degree : m.mentions;
        ranked.push_back({v, score});
    }
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked& x, const Ranked& y) {
        if (x.score != y.score) return x.score > y.score;
        return std::tie(graph.node(x.vertex).name, graph.node(x.vertex).iri) <
               std::tie(graph.node(y.vertex).name, graph.node(y.vertex).iri);
    });
    if (ranked.size() > n) ranked.resize(n);
    return ranked;
}

std::vector<EdgeId> said_by(const KnowledgeGraph& graph, VertexId person) {
    const GraphStorage& g = graph.storage();
    std::vector<EdgeId> quotes;
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(person, g)))
        if (g[e].predicate == Predicate::Said) quotes.push_back(e);
    auto key = [&](EdgeId e) {
        const Edge& edge = g[e];
        return edge.evidence.empty() ? std::make_tuple(std::string(), std::size_t{0}, g[boost::target(e, g)].iri)
                                     : std::make_tuple(edge.evidence[0].document, edge.evidence[0].span.begin,
                                                       g[boost::target(e, g)].iri);
    };
    std::sort(quotes.begin(), quotes.end(), [&](EdgeId x, EdgeId y) { return key(x) < key(y); });
    return quotes;
}

std::vector<EdgeId> about(const KnowledgeGraph& graph, VertexId subject) {
    const GraphStorage& g = graph.storage();
    auto typed = [&](EdgeId e) {
        return g[e].predicate != Predicate::Mentions && g[e].predicate != Predicate::CoOccursWith;
    };
    std::vector<EdgeId> found;
    std::set<VertexId> actors;
    for (EdgeId e : boost::make_iterator_range(boost::in_edges(subject, g))) {
        if (!typed(e)) continue;
        found.push_back(e);
        if (g[e].predicate == Predicate::Counters || g[e].predicate == Predicate::Targets)
            actors.insert(boost::source(e, g));
    }
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(subject, g)))
        if (typed(e)) found.push_back(e);
    // People holding positions in an acting organization, and the positions of an acting person.
    for (VertexId actor : actors) {
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(actor, g)))
            if (g[e].predicate == Predicate::HoldsPosition) found.push_back(e);
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(actor, g)))
            if (g[e].predicate == Predicate::HoldsPosition) found.push_back(e);
    }
    std::sort(found.begin(), found.end(), [&](EdgeId x, EdgeId y) {
        auto key = [&](EdgeId e) {
            return std::make_tuple(info(g[e].predicate).local_name, g[boost::source(e, g)].name,
                                   g[boost::target(e, g)].name, g[e].role);
        };
        return key(x) < key(y);
    });
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

std::vector<EdgeId> edges_of(const KnowledgeGraph& graph, Predicate predicate) {
    const GraphStorage& g = graph.storage();
    std::vector<EdgeId> found;
    for (EdgeId e : boost::make_iterator_range(boost::edges(g)))
        if (g[e].predicate == predicate) found.push_back(e);
    auto key = [&](EdgeId e) {
        return std::make_tuple(g[boost::source(e, g)].name, g[boost::target(e, g)].name, g[e].role);
    };
    std::sort(found.begin(), found.end(), [&](EdgeId x, EdgeId y) { return key(x) < key(y); });
    return found;
}

void print_neighbors(const KnowledgeGraph& graph, VertexId v, std::ostream& out) {
    const GraphStorage& g = graph.storage();
    out << label(g[v]) << " (" << class_name(g[v]) << ") " << g[v].iri << '\n';
    std::vector<Neighbor> found = neighbors(graph, v);
    if (found.empty()) out << "  no neighbours\n";
    for (const Neighbor& n : found) {
        const Edge& e = g[n.edge];
        out << "  " << (n.outgoing ? "-[" : "<-[") << info(e.predicate).local_name << (n.outgoing ? "]-> " : "]- ")
            << label(g[n.other]) << " (" << class_name(g[n.other]) << ")";
        if (!e.role.empty()) out << " role: " << e.role;
        out << "  weight " << e.weight << '\n';
    }
}

void print_paths(const KnowledgeGraph& graph, VertexId a, VertexId b, std::ostream& out) {
    const GraphStorage& g = graph.storage();
    std::vector<Path> paths = shortest_paths(graph, a, b);
    if (paths.empty()) {
        out << "no path from " << label(g[a]) << " to " << label(g[b]) << '\n';
        return;
    }
    for (std::size_t i = 0; i < paths.size(); ++i) {
        out << "path " << i + 1 << " (" << paths[i].size() << " hop" << (paths[i].size() == 1 ? "" : "s") << "):\n";
        for (const Hop& hop : paths[i]) {
            const Edge& e = g[hop.edge];
            bool forward = boost::source(hop.edge, g) == hop.from;
            out << "  " << label(g[hop.from]) << (forward ? " -[" : " <-[") << info(e.predicate).local_name
                << (forward ? "]-> " : "]- ") << label(g[hop.to]);
            if (!e.role.empty()) out << " (role: " << e.role << ")";
            out << '\n';
            print_evidence(graph, e, out);
        }
    }
}

void print_top(const KnowledgeGraph& graph, std::size_t n, Ranking by, std::ostream& out) {
    std::size_t rank = 0;
    for (const Ranked& r : top_entities(graph, n, by)) {
        const Node& node = graph.node(r.vertex);
        out << ++rank << ". " << label(node) << " (" << class_name(node) << ")  " << r.score << '\n';
    }
}

void print_said_by(const KnowledgeGraph& graph, VertexId person, std::ostream& out) {
    const GraphStorage& g = graph.storage();
    std::vector<EdgeId> quotes = said_by(graph, person);
    out << label(g[person]) << ": " << quotes.size() << " quote(s)\n";
    for (EdgeId e : quotes) {
        const Node& quote = g[boost::target(e, g)];
        out << "  \"" << squeeze_spaces(quote.text.empty() ? quote.name : quote.text) << "\"\n";
        print_evidence(graph, g[e], out);
    }
}

void print_about(const KnowledgeGraph& graph, VertexId subject, std::ostream& out) {
    const GraphStorage& g = graph.storage();
    out << label(g[subject]) << " (" << class_name(g[subject]) << ") " << g[subject].iri << '\n';
    std::vector<EdgeId> edges = about(graph, subject);
    if (edges.empty()) out << "  no typed relations\n";
    for (EdgeId e : edges) print_edge(graph, e, out);
}

void print_relation(const KnowledgeGraph& graph, Predicate predicate, std::ostream& out) {
    std::vector<EdgeId> edges = edges_of(graph, predicate);
    out << info(predicate).local_name << ": " << edges.size() << " relation(s)\n";
    for (EdgeId e : edges) print_edge(graph, e, out);
}

}  // namespace newsgraph
