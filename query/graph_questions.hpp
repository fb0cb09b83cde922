// Questions answered over a KnowledgeGraph without a query language: entity
// look-up by name, neighbours, shortest paths with evidence, rankings, what a
// person said and what concerns a threat. Used by `newsgraph query --neighbors` etc.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Vertices named `query`: its IRI, or a name or alias equal after fold()
// (case and accents ignored); when there is none, names and aliases that
// contain the query as whole words ("guterres" finds "António Guterres").
// Articles and quotes are left out of the whole-word fallback.
std::vector<VertexId> find_entities(const KnowledgeGraph& graph, std::string_view query);

// One vertex for `query`; throws Error listing the candidates when there are
// several, or saying so when there is none.
VertexId resolve_entity(const KnowledgeGraph& graph, std::string_view query);

// An edge seen from one of its ends.
struct Neighbor {
    EdgeId edge;
    VertexId other;
    bool outgoing = true;  // the vertex asked about is the edge's subject
};

// Every entity linked to `v` (mentions by articles left out), heaviest edge
// first, then by name.
std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, VertexId v);

// One step of a path: the edge and the direction it was walked.
struct Hop {
    VertexId from;
    VertexId to;
    EdgeId edge;
};
using Path = std::vector<Hop>;

// All shortest paths (up to `limit`) from `a` to `b` over the entity network,
// edges walked in either direction, articles left out. Between two vertices
// the typed edge with the most evidence stands for the pair (co-occurrence
// only when nothing else links them); paths with fewer co-occurrence hops come
// first. Empty when `b` cannot be reached.
std::vector<Path> shortest_paths(const KnowledgeGraph& graph, VertexId a, VertexId b, std::size_t limit = 10);

enum class Ranking { PageRank, Degree, Mentions };

// Ranking named "pagerank", "degree" or "mentions"; throws Error otherwise.
Ranking ranking_from_name(std::string_view name);

struct Ranked {
    VertexId vertex;
    double score = 0;
};

// The `n` best-ranked entities (articles and quotes left out), ties by name.
std::vector<Ranked> top_entities(const KnowledgeGraph& graph, std::size_t n, Ranking by);

// The `said` edges of `person` (its quotes), in article then offset order.
std::vector<EdgeId> said_by(const KnowledgeGraph& graph, VertexId person);

// Typed edges touching `subject` (co-occurrence and mentions left out), plus
// the holdsPosition edges of everyone who counters or targets it (people in an
// acting organization, positions of an acting person): who acts on a threat, for whom.
std::vector<EdgeId> about(const KnowledgeGraph& graph, VertexId subject);

// Every edge of one predicate ("arrested", "memberOf"), ordered by subject, object and role names.
std::vector<EdgeId> edges_of(const KnowledgeGraph& graph, Predicate predicate);

// Plain-text printers for the CLI, one line per answer (evidence indented below).
void print_neighbors(const KnowledgeGraph& graph, VertexId v, std::ostream& out);
void print_paths(const KnowledgeGraph& graph, VertexId a, VertexId b, std::ostream& out);
void print_top(const KnowledgeGraph& graph, std::size_t n, Ranking by, std::ostream& out);
void print_said_by(const KnowledgeGraph& graph, VertexId person, std::ostream& out);
void print_about(const KnowledgeGraph& graph, VertexId subject, std::ostream& out);
void print_relation(const KnowledgeGraph& graph, Predicate predicate, std::ostream& out);

}  // namespace newsgraph
