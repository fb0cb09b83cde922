// `newsgraph query`: SPARQL, or the common questions, over newsgraph outputs.
#include "cli/query_command.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <map>
#include <optional>

#include "cli/command_support.hpp"
#include "core/vocabulary.hpp"
#include "graph/rdf_import.hpp"
#include "query/code_questions.hpp"
#include "query/graph_questions.hpp"
#include "query/sparql_query.hpp"
#include "readers/rdf_input.hpp"

namespace newsgraph {

namespace {

// The --neighbors/--path/--top/--said-by/--about questions of `query`.
struct GraphQuestion {
    std::string neighbors, said_by, about, relation, by = "pagerank";
    std::vector<std::string> path;
    std::size_t top = 0;
    bool asked() const {
        return !neighbors.empty() || !said_by.empty() || !about.empty() || !relation.empty() || !path.empty() ||
               top > 0;
    }
};

// Loads the graph files and answers one GraphQuestion on stdout.
int run_graph_question(const std::vector<std::string>& files, const GraphQuestion& question) {
    int asked = !question.neighbors.empty() + !question.said_by.empty() + !question.about.empty() +
                !question.relation.empty() + !question.path.empty() + (question.top > 0);
    if (asked > 1) throw UsageError("ask one of --neighbors, --path, --top, --said-by, --about, --relation at a time");
    std::optional<Predicate> relation;
    if (!question.relation.empty() && !(relation = predicate_from_name(question.relation)))
        throw UsageError("--relation: no relation named '" + question.relation + "' (see `newsgraph ontology`)");
    if (!question.path.empty() && question.path.size() != 2) throw UsageError("--path needs two entities: --path A B");
    Ranking ranking = Ranking::PageRank;
    try {
        ranking = ranking_from_name(question.by);
    } catch (const Error& error) {
        throw UsageError(error.what());
    }
    vocab::Namespaces ns;
    KnowledgeGraph graph;
    RdfGraphImporter importer(ns);
    for (const std::string& file : files) {
        read_rdf_file(file, [&](const Term& s, const Term& p, const Term& o) { importer.triple(s, p, o); });
        importer.flush_into(graph);
    }
    if (!question.neighbors.empty())
        print_neighbors(graph, resolve_entity(graph, question.neighbors), std::cout);
    else if (!question.path.empty())
        print_paths(graph, resolve_entity(graph, question.path[0]), resolve_entity(graph, question.path[1]), std::cout);
    else if (question.top > 0)
        print_top(graph, question.top, ranking, std::cout);
    else if (!question.said_by.empty())
        print_said_by(graph, resolve_entity(graph, question.said_by), std::cout);
    else if (relation)
        print_relation(graph, *relation, std::cout);
    else if (!print_about_code(graph, question.about, std::cout)) {
        VertexId v = resolve_entity(graph, question.about);
        print_about(graph, v, std::cout);
        print_about_below(graph, v, std::cout);
    }
    return kOk;
}

}  // namespace

int run_query(const std::vector<std::string>& args) {
    std::string format_name = "table", query_file;
    std::vector<std::string> positionals;
    GraphQuestion question;
    QueryLimits limits;
    po::options_description options("Options");
    options.add_options()("format", po::value<std::string>(&format_name), "table, csv, tsv or json")(
        "query-file,f", po::value<std::string>(&query_file), "read the SPARQL query from this file")(
        "neighbors", po::value<std::string>(&question.neighbors), "entities linked to ENTITY (name or alias)")(
        "path", po::value<std::vector<std::string>>(&question.path)->multitoken(),
        "shortest paths from A to B, with evidence")("top", po::value<std::size_t>(&question.top),
                                                     "the N most central entities")(
        "by", po::value<std::string>(&question.by), "ranking for --top: pagerank, degree or mentions")(
        "said-by", po::value<std::string>(&question.said_by), "every quote of PERSON, with its article and sentence")(
        "relation", po::value<std::string>(&question.relation),
        "every relation of one type (memberOf, arrested, basedIn...), with evidence")(
        "about", po::value<std::string>(&question.about),
        "who counters, targets or addresses THREAT (any entity, or a code: 16.4, \"ICCS 0204\")")(
        "timeout", po::value<double>(&limits.timeout_seconds)->default_value(limits.timeout_seconds),
        "stop a SPARQL query after this many seconds (0 = no limit)")(
        "max-rows", po::value<std::size_t>(&limits.max_rows)->default_value(limits.max_rows),
        "refuse a SPARQL result of more rows (or CONSTRUCT triples) than this (0 = no limit)")(
        "max-memory", po::value<std::string>()->default_value("4G")->notifier([&limits](const std::string& size) {
            limits.max_memory = parse_size(size, "--max-memory");
            if (limits.max_memory == std::numeric_limits<std::uintmax_t>::max()) limits.max_memory = 0;
        }),
        "stop a SPARQL query that takes more memory than this beyond the loaded graph (K, M, G; 0 = no limit)")(
        "allow-service", po::bool_switch(&limits.allow_service),
        "let SERVICE send the query to other SPARQL endpoints over the network")(
        "input", po::value<std::vector<std::string>>(&positionals), "graph files, then the query");
    po::positional_options_description positional;
    positional.add("input", -1);
    po::variables_map given = parse(args, options, positional);
    if (given.count("top") && question.top == 0) throw UsageError("--top 0 asks for no entity: give N of 1 or more");
    if (limits.timeout_seconds < 0) throw UsageError("--timeout must be 0 (no limit) or a number of seconds");
    if (question.asked()) {
        if (positionals.empty()) throw UsageError("query needs at least one GRAPH file");
        if (!query_file.empty()) throw UsageError("-f and the graph questions exclude each other");
        return run_graph_question(positionals, question);
    }
    std::string sparql;
    if (!query_file.empty()) {
        std::ifstream in(query_file, std::ios::binary);
        if (!in) throw Error(query_file, "cannot read query file");
        sparql.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } else {
        if (positionals.size() < 2) throw UsageError("query needs GRAPH... and a SPARQL query (or -f FILE)");
        sparql = positionals.back();
        positionals.pop_back();
    }
    if (positionals.empty()) throw UsageError("query needs at least one GRAPH file");
    const std::map<std::string, ResultFormat> formats{{"table", ResultFormat::Table},
                                                      {"csv", ResultFormat::Csv},
                                                      {"tsv", ResultFormat::Tsv},
                                                      {"json", ResultFormat::Json}};
    auto format = formats.find(format_name);
    if (format == formats.end())
        throw UsageError("unknown result format '" + format_name + "' (table, csv, tsv, json)");
    run_sparql(positionals, sparql, format->second, std::cout, limits);
    return kOk;
}

}  // namespace newsgraph
