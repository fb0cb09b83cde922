// newsgraph command line: `build`, `inspect`, `ontology`.
// Exit status: 0 success, 1 error (or some input failed), 2 usage error.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cctype>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "cli/build_command.hpp"
#include "cli/inspect_printer.hpp"
#include "cli/ontology_command.hpp"
#include "cli/progress_line.hpp"
#include "cli/train_parser_command.hpp"
#include "cli/train_tagger_command.hpp"
#include "core/resources.hpp"
#include "exporters/exporter.hpp"
#include "exporters/neo4j_writer.hpp"
#include "exporters/parallel_export.hpp"
#include "exporters/temp_file_registry.hpp"
#include "extractors/registry.hpp"
#include "graph/filter.hpp"
#include "graph/rdf_import.hpp"
#include "graph/surname_merge.hpp"
#include "query/code_questions.hpp"
#include "query/graph_questions.hpp"
#include "query/sparql_query.hpp"
#include "readers/rdf_input.hpp"

namespace po = boost::program_options;
using namespace newsgraph;

namespace {

constexpr int kOk = 0;
constexpr int kError = 1;
constexpr int kUsage = 2;

const char* kUsageText =
    "newsgraph " NEWSGRAPH_VERSION
    " - build a knowledge graph from news articles\n"
    "\n"
    "Usage:\n"
    "  newsgraph build INPUT... -o OUTPUT [-o OUTPUT...] [options]\n"
    "  newsgraph inspect INPUT...          list the entities, quotes and relations found\n"
    "  newsgraph merge GRAPH... -o OUTPUT  merge newsgraph outputs (.nt, .rdf, .ttl, .jsonld) into one graph\n"
    "  newsgraph query GRAPH... 'SPARQL'   run a SPARQL SELECT, ASK or CONSTRUCT over newsgraph outputs\n"
    "  newsgraph query GRAPH... --neighbors ENTITY | --path A B | --top N [--by pagerank|degree|mentions]\n"
    "                  | --said-by PERSON | --about THREAT    answer common questions without SPARQL\n"
    "  newsgraph ontology -o FILE.ttl      write the ontology newsgraph's exports use\n"
    "  newsgraph train parser --train A.conllu [--train B.conllu] --dev D.conllu -o FILE [--epochs N] [--seed S]\n"
    "                                      train the dependency parser from CoNLL-U treebanks\n"
    "  newsgraph train tagger --train A.conllu [--train B.conllu...] --dev D.conllu -o FILE [--epochs N]\n"
    "                  [--seed S]          train the part-of-speech tagger and lemmatizer on treebanks\n"
    "  newsgraph --help | --version\n"
    "\n"
    "INPUT is a text (.txt), Markdown (.md), HTML (.html) or JSON Lines (.jsonl) file, a directory\n"
    "(read recursively) or - for stdin (--stdin-format text|markdown|html|jsonl).\n"
    "The output format follows the extension: .graphml, .jsonld, .rdf, .nt (or --format).\n"
    "An output ending in .neo4j (or any output with --format neo4j) is a directory that receives\n"
    "nodes.csv, relationships.csv (for neo4j-admin database import) and import.cypher.\n"
    "\n"
    "Bad input (build, inspect): each unreadable, binary, UTF-16, empty or oversized file, and each bad\n"
    "JSON line, is reported with its name and what is wrong, then skipped; the rest is processed.\n"
    "  --max-document-size SIZE        larger articles (a file, or one JSON line) are skipped unread;\n"
    "                                  default 64M (K, M, G suffixes; 0 = no limit)\n"
    "  --max-entities-per-document N   keep the first N entities of an article, warn about the rest;\n"
    "                                  default 10000 (0 = no limit)\n"
    "  --strict                        warnings (invalid UTF-8 replaced, control characters removed,\n"
    "                                  duplicate JSON Lines ids, entities dropped) are errors: the file\n"
    "                                  (or JSON line) is skipped and the exit status is 1\n"
    "\n"
    "Exit status: 0 ok (warnings may have been printed); 1 an error: some input failed (it was\n"
    "reported and skipped, the rest is still written) or an output could not be written; 2 usage error.\n";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void print_diagnostic(const Diagnostic& d, bool quiet) {
    if (quiet && d.severity == Severity::Warning) return;
    std::cerr << "newsgraph: " << (d.severity == Severity::Error ? "error: " : "warning: ") << d.text() << '\n';
}

// Splits "a,b,c" into its items.
std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    std::size_t start = 0;
    for (std::size_t comma; (comma = list.find(',', start)) != std::string::npos; start = comma + 1)
        items.push_back(list.substr(start, comma - start));
    items.push_back(list.substr(start));
    return items;
}

GraphFilter make_filter(const std::string& classes, const std::string& relations, double min_confidence,
                        double min_weight, bool typed_only, bool cooccurrence_only) {
    GraphFilter filter;
    if (!classes.empty())
        for (const std::string& name : split_list(classes)) {
            auto cls = entity_class_from_name(name);
            if (!cls) throw UsageError("unknown class '" + name + "' in --types (Person, Organization, Place, ...)");
            filter.classes.insert(*cls);
        }
    if (!relations.empty())
        for (const std::string& name : split_list(relations)) {
            auto predicate = predicate_from_name(name);
            if (!predicate)
                throw UsageError("unknown relation '" + name + "' in --relations (holdsPosition, said, ...)");
            filter.predicates.insert(*predicate);
        }
    if (typed_only && cooccurrence_only) throw UsageError("--typed-only and --cooccurrence-only exclude each other");
    filter.min_confidence = min_confidence;
    filter.min_weight = min_weight;
    filter.typed_only = typed_only;
    filter.cooccurrence_only = cooccurrence_only;
    return filter;
}

po::variables_map parse(const std::vector<std::string>& args, const po::options_description& options,
                        const po::positional_options_description& positional) {
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    return vm;
}

// "65536", "64K", "64M", "1G" (powers of 1024) as bytes; "0" means no limit.
std::uintmax_t parse_size(const std::string& text, const std::string& option) {
    std::size_t digits = 0;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    std::string suffix = text.substr(digits);
    int shift = suffix.empty() || suffix == "B"  ? 0
                : suffix == "K" || suffix == "k" ? 10
                : suffix == "M" || suffix == "m" ? 20
                : suffix == "G" || suffix == "g" ? 30
                                                 : -1;
    if (digits == 0 || digits > 12 || shift < 0)
        throw UsageError("invalid size '" + text + "' for " + option + " (bytes, or a number with K, M or G)");
    std::uintmax_t value = std::stoull(text.substr(0, digits));
    if (value == 0) return std::numeric_limits<std::uintmax_t>::max();
    if (value > (std::numeric_limits<std::uintmax_t>::max() >> shift))
        throw UsageError("size '" + text + "' too large for " + option);
    return value << shift;
}

po::options_description common_options(CorpusOptions& corpus, std::string& ontology_dir, bool& quiet) {
    po::options_description options("Options");
    options.add_options()(
        "stdin-format", po::value<std::string>()->default_value("text")->notifier([&corpus](const std::string& name) {
            auto kind = input_kind_from_name(name);
            if (!kind) throw UsageError("unknown --stdin-format '" + name + "' (text, markdown, html, jsonl)");
            corpus.read.stdin_kind = *kind;
        }),
        "how to read - (standard input): text, markdown, html or jsonl")(
        "max-document-size",
        po::value<std::string>()->default_value("64M")->notifier([&corpus](const std::string& size) {
            corpus.read.max_document_size = parse_size(size, "--max-document-size");
        }),
        "larger articles (a file, or one JSON line) are reported and skipped; K, M, G suffixes; 0 = no limit")(
        "max-entities-per-document",
        po::value<std::size_t>(&corpus.max_entities)->default_value(kDefaultMaxEntitiesPerDocument),
        "keep the first N entities of a document and warn about the rest (0 = no limit)")(
        "strict", po::bool_switch(&corpus.read.strict),
        "warnings (repaired text, duplicate ids, dropped entities) are errors: that input is skipped")(
        "min-confidence", po::value<double>(&corpus.min_confidence)->default_value(0.0),
        "leave out entities (and their relations) below this confidence")(
        "id-base", po::value<std::string>(&corpus.ns.entities), "namespace for entity IRIs")(
        "ontology-base", po::value<std::string>(&corpus.ns.ontology), "namespace for ontology terms")(
        "ontology-dir", po::value<std::string>(&ontology_dir), "read lexicons and patterns from this directory")(
        "threads,j", po::value<std::size_t>(&corpus.threads)->default_value(0), "worker threads (0 = one per core)")(
        "quiet,q", po::bool_switch(&quiet), "print errors only");
    return options;
}

// The format of each output, from --format or from its extension.
std::vector<Format> output_formats(const std::vector<std::string>& outputs, const std::string& format_name) {
    std::vector<Format> formats;
    for (const std::string& output : outputs) {
        std::optional<Format> format = format_name.empty() ? format_from_path(output) : format_from_name(format_name);
        if (!format)
            throw UsageError(format_name.empty()
                                 ? "cannot tell the format of '" + output + "' from its extension; use --format"
                                 : "unknown format '" + format_name + "'");
        formats.push_back(*format);
    }
    return formats;
}

// Removes the Neo4j directory outputs (".neo4j", or all of them with --format neo4j) from `outputs` and returns them.
std::vector<std::string> take_neo4j_outputs(std::vector<std::string>& outputs, std::string& format_name) {
    std::vector<std::string> taken, rest;
    for (std::string& output : outputs)
        (format_name == "neo4j" || is_neo4j_path(output) ? taken : rest).push_back(output);
    if (format_name == "neo4j") format_name.clear();
    for (const std::string& dir : taken)
        if (dir == "-") throw UsageError("the Neo4j output is a directory; it cannot go to stdout");
    outputs = std::move(rest);
    return taken;
}

// Writes each Neo4j directory; returns the exit status.
int write_neo4j_outputs(const KnowledgeGraph& graph, const std::vector<std::string>& directories,
                        const ExportOptions& options, bool quiet) {
    int status = kOk;
    for (const std::string& directory : directories) {
        try {
            write_neo4j_directory(graph, options, directory);
        } catch (const Error& error) {
            print_diagnostic({Severity::Error, error.file(), error.message()}, quiet);
            status = kError;
        }
    }
    return status;
}

// Writes every output (atomically; "-" is stdout); returns the exit status.
// Outputs are written in parallel on up to `threads` threads (0 = one per core); errors are reported in output order.
int write_outputs(const KnowledgeGraph& graph, const std::vector<std::string>& outputs,
                  const std::vector<Format>& formats, const ExportOptions& options, bool quiet,
                  std::size_t threads = 0) {
    std::vector<OutputRequest> requests;
    for (std::size_t i = 0; i < outputs.size(); ++i) requests.push_back({formats[i], outputs[i]});
    int status = kOk;
    for (const auto& error : write_graph_outputs(graph, requests, options, threads)) {
        if (!error) continue;
        print_diagnostic({Severity::Error, error->file(), error->message()}, quiet);
        status = kError;
    }
    return status;
}

int run_build(const std::vector<std::string>& args) {
    CorpusOptions corpus;
    std::string ontology_dir, format_name, classes, relations;
    bool quiet = false, no_provenance = false, typed_only = false, cooccurrence_only = false;
    double min_weight = 0.0;
    std::size_t max_nodes = 150;
    std::vector<std::string> inputs, outputs;
    po::options_description options = common_options(corpus, ontology_dir, quiet);
    options.add_options()("output,o", po::value<std::vector<std::string>>(&outputs), "output file (repeatable)")(
        "format", po::value<std::string>(&format_name), "graphml, jsonld, rdfxml, ntriples or neo4j, for every output")(
        "no-provenance", po::bool_switch(&no_provenance), "leave out rdf:Statement evidence")(
        "types", po::value<std::string>(&classes), "keep only these classes, e.g. Person,Organization")(
        "relations", po::value<std::string>(&relations), "keep only these relations, e.g. holdsPosition,said")(
        "min-weight", po::value<double>(&min_weight)->default_value(0.0), "drop edges lighter than this")(
        "typed-only", po::bool_switch(&typed_only), "leave out coOccursWith edges")(
        "cooccurrence-only", po::bool_switch(&cooccurrence_only), "keep only coOccursWith (and mentions) edges")(
        "max-nodes", po::value<std::size_t>(&max_nodes)->default_value(150),
        "svg/png: draw the N entities with the highest PageRank")("input", po::value<std::vector<std::string>>(&inputs),
                                                                  "input files");
    po::positional_options_description positional;
    positional.add("input", -1);
    parse(args, options, positional);
    if (inputs.empty()) throw UsageError("build needs at least one INPUT");
    if (max_nodes == 0) throw UsageError("--max-nodes must be at least 1");
    if (outputs.empty()) throw UsageError("build needs at least one -o OUTPUT");

    std::vector<std::string> neo4j_outputs = take_neo4j_outputs(outputs, format_name);
    std::vector<Format> formats = output_formats(outputs, format_name);
    GraphFilter filter =
        make_filter(classes, relations, corpus.min_confidence, min_weight, typed_only, cooccurrence_only);
    if (!ontology_dir.empty()) set_resource_directory(ontology_dir);

    Pipeline pipeline = default_pipeline();
    DiagnosticSink sink = [&](const Diagnostic& d) { print_diagnostic(d, quiet); };
    // On a terminal, a corpus run shows a progress line; messages clear it first.
    bool show_progress = !quiet && ::isatty(STDERR_FILENO);
    ProgressLine progress_line(std::cerr);
    if (show_progress) {
        corpus.on_progress = [&](const Progress& p) { progress_line.update(p); };
        sink = [&](const Diagnostic& d) {
            std::cerr << "\r\x1b[K";
            print_diagnostic(d, quiet);
        };
    }
    // The graph is left for the operating system to reclaim at exit: freeing it
    // node by node would only delay the exit (about 0.3 s per 10 MB of text).
    static CorpusResult* volatile kept = nullptr;  // volatile: the store stays, and leak checkers see it reachable
    kept = new CorpusResult(build_corpus(inputs, pipeline, corpus, sink));
    CorpusResult& result = *kept;
    progress_line.finish();
    if (!filter.empty()) result.graph = filter_graph(result.graph, filter);

    ExportOptions export_options;
    export_options.ns = corpus.ns;
    export_options.provenance = !no_provenance;
    export_options.max_nodes = max_nodes;
    int status = write_outputs(result.graph, outputs, formats, export_options, quiet, corpus.threads);
    if (write_neo4j_outputs(result.graph, neo4j_outputs, export_options, quiet) != kOk) status = kError;
    if (result.failed_inputs) status = kError;
    if (!quiet)
        std::cerr << "newsgraph: " << result.documents << " document(s), " << result.graph.node_count() << " nodes, "
                  << result.graph.edge_count() << " edges" << (result.failed_inputs ? ", " : "")
                  << (result.failed_inputs ? std::to_string(result.failed_inputs) + " input(s) failed" : "") << '\n';
    return status;
}

int run_inspect(const std::vector<std::string>& args) {
    CorpusOptions corpus;
    std::string ontology_dir;
    bool quiet = false;
    std::vector<std::string> inputs;
    po::options_description options = common_options(corpus, ontology_dir, quiet);
    options.add_options()("input", po::value<std::vector<std::string>>(&inputs), "input files");
    po::positional_options_description positional;
    positional.add("input", -1);
    parse(args, options, positional);
    if (inputs.empty()) throw UsageError("inspect needs at least one INPUT");
    if (!ontology_dir.empty()) set_resource_directory(ontology_dir);
    Pipeline pipeline = default_pipeline();
    CorpusResult result = build_corpus(
        inputs, pipeline, corpus, [&](const Diagnostic& d) { print_diagnostic(d, quiet); },
        [](const Document& doc) { print_document(doc, std::cout); });
    return result.failed_inputs ? kError : kOk;
}

int run_merge(const std::vector<std::string>& args) {
    vocab::Namespaces ns;
    std::string format_name;
    bool quiet = false, no_provenance = false;
    std::vector<std::string> inputs, outputs;
    po::options_description options("Options");
    options.add_options()("output,o", po::value<std::vector<std::string>>(&outputs), "output file (repeatable)")(
        "format", po::value<std::string>(&format_name), "graphml, jsonld, rdfxml, ntriples or neo4j, for every output")(
        "no-provenance", po::bool_switch(&no_provenance), "leave out rdf:Statement evidence")(
        "id-base", po::value<std::string>(&ns.entities), "namespace of the entity IRIs in the inputs")(
        "ontology-base", po::value<std::string>(&ns.ontology), "namespace of the ontology terms in the inputs")(
        "quiet,q", po::bool_switch(&quiet), "print errors only")("input", po::value<std::vector<std::string>>(&inputs),
                                                                 "newsgraph outputs to merge");
    po::positional_options_description positional;
    positional.add("input", -1);
    parse(args, options, positional);
    if (inputs.empty()) throw UsageError("merge needs at least one GRAPH file");
    if (outputs.empty()) throw UsageError("merge needs at least one -o OUTPUT");
    std::vector<std::string> neo4j_outputs = take_neo4j_outputs(outputs, format_name);
    std::vector<Format> formats = output_formats(outputs, format_name);
    // Inputs are merged in the order given, as a single build over their articles would be.
    KnowledgeGraph graph;
    RdfGraphImporter importer(ns);
    for (const std::string& input : inputs) {
        read_rdf_file(input, [&](const Term& s, const Term& p, const Term& o) { importer.triple(s, p, o); });
        importer.flush_into(graph);
    }
    merge_lone_surnames(graph);  // as build does over the whole corpus
    ExportOptions export_options;
    export_options.ns = ns;
    export_options.provenance = !no_provenance;
    int status = write_outputs(graph, outputs, formats, export_options, quiet);
    if (write_neo4j_outputs(graph, neo4j_outputs, export_options, quiet) != kOk) status = kError;
    if (!quiet)
        std::cerr << "newsgraph: merged " << inputs.size() << " graph(s): " << graph.node_count() << " nodes, "
                  << graph.edge_count() << " edges\n";
    return status;
}

// The --neighbors/--path/--top/--said-by/--about questions of `query`.
struct GraphQuestion {
    std::string neighbors, said_by, about, by = "pagerank";
    std::vector<std::string> path;
    std::size_t top = 0;
    bool asked() const { return !neighbors.empty() || !said_by.empty() || !about.empty() || !path.empty() || top > 0; }
};

// Loads the graph files and answers one GraphQuestion on stdout.
int run_graph_question(const std::vector<std::string>& files, const GraphQuestion& question) {
    int asked = !question.neighbors.empty() + !question.said_by.empty() + !question.about.empty() +
                !question.path.empty() + (question.top > 0);
    if (asked > 1) throw UsageError("ask one of --neighbors, --path, --top, --said-by, --about at a time");
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
    else if (!print_about_code(graph, question.about, std::cout)) {
        VertexId v = resolve_entity(graph, question.about);
        print_about(graph, v, std::cout);
        print_about_below(graph, v, std::cout);
    }
    return kOk;
}

int run_query(const std::vector<std::string>& args) {
    std::string format_name = "table", query_file;
    std::vector<std::string> positionals;
    GraphQuestion question;
    po::options_description options("Options");
    options.add_options()("format", po::value<std::string>(&format_name), "table, csv, tsv or json")(
        "query-file,f", po::value<std::string>(&query_file), "read the SPARQL query from this file")(
        "neighbors", po::value<std::string>(&question.neighbors), "entities linked to ENTITY (name or alias)")(
        "path", po::value<std::vector<std::string>>(&question.path)->multitoken(),
        "shortest paths from A to B, with evidence")("top", po::value<std::size_t>(&question.top),
                                                     "the N most central entities")(
        "by", po::value<std::string>(&question.by), "ranking for --top: pagerank, degree or mentions")(
        "said-by", po::value<std::string>(&question.said_by), "every quote of PERSON, with its article and sentence")(
        "about", po::value<std::string>(&question.about),
        "who counters, targets or addresses THREAT (any entity, or a code: 16.4, \"ICCS 0204\")")(
        "input", po::value<std::vector<std::string>>(&positionals), "graph files, then the query");
    po::positional_options_description positional;
    positional.add("input", -1);
    parse(args, options, positional);
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
    run_sparql(positionals, sparql, format->second, std::cout);
    return kOk;
}

int run_ontology(const std::vector<std::string>& args) {
    std::string output, format_name;
    po::options_description options("Options");
    options.add_options()("output,o", po::value<std::string>(&output)->required(),
                          "output file (.ttl, .rdf, .jsonld, .nt)")("format", po::value<std::string>(&format_name),
                                                                    "turtle, rdfxml, jsonld or ntriples");
    parse(args, options, {});
    Format format = output_formats({output}, format_name).front();
    if (format == Format::GraphML || format == Format::Gexf || format == Format::NQuads)
        throw UsageError("the ontology is written as Turtle, RDF/XML, JSON-LD or N-Triples");
    write_ontology(format, output);
    return kOk;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        (args.empty() ? std::cerr : std::cout) << kUsageText;
        return args.empty() ? kUsage : kOk;
    }
    if (args[0] == "--version") {
        std::cout << "newsgraph " NEWSGRAPH_VERSION "\n";
        return kOk;
    }
    std::string command = args[0];
    args.erase(args.begin());
    remove_temp_files_on_signals();
    try {
        if (command == "build") return run_build(args);
        if (command == "inspect") return run_inspect(args);
        if (command == "merge") return run_merge(args);
        if (command == "query") return run_query(args);
        if (command == "ontology") return run_ontology(args);
        if (command == "train" && !args.empty() && args[0] == "parser")
            return run_train_parser({args.begin() + 1, args.end()});
        if (command == "train" && !args.empty() && args[0] == "tagger")
            return run_train_tagger({args.begin() + 1, args.end()});
        throw UsageError("unknown command '" + command + "'");
    } catch (const UsageError& error) {
        std::cerr << "newsgraph: " << error.what() << "\n(see newsgraph --help)\n";
        return kUsage;
    } catch (const Error& error) {
        std::cerr << "newsgraph: error: " << error.what() << '\n';
        return kError;
    } catch (const std::exception& error) {
        std::cerr << "newsgraph: internal error: " << error.what() << '\n';
        return kError;
    }
}
