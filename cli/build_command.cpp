// `newsgraph build` and `newsgraph inspect`: their options; the work is build_corpus's.
#include "cli/build_command.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/command_support.hpp"
#include "cli/inspect_printer.hpp"
#include "cli/progress_line.hpp"
#include "core/resource_formats.hpp"
#include "core/resources.hpp"
#include "corpus/corpus_build.hpp"
#include "exporters/export_options.hpp"
#include "extractors/registry.hpp"
#include "graph/filter.hpp"
#include "language/language_models.hpp"

namespace newsgraph {

namespace {

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

// Refuses (as a usage error) an output that is one of the inputs, and more than one "-o -".
void check_outputs_apart(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs) {
    if (std::count(outputs.begin(), outputs.end(), "-") > 1)
        throw UsageError("-o - is given more than once: standard output takes one output");
    for (const std::string& output : outputs) {
        if (output == "-") continue;
        for (const std::string& input : inputs) {
            std::error_code error;
            if (output == input || std::filesystem::equivalent(output, input, error))
                throw UsageError("output '" + output + "' is also an input; it would be overwritten");
        }
    }
}

// Runs the corpus through the default pipeline, with a progress line on a terminal.
CorpusResult& run_corpus(const std::vector<std::string>& inputs, CorpusOptions& corpus, const std::string& models_dir,
                         bool quiet) {
    Pipeline pipeline = default_pipeline(LanguageModels::shared(models_dir));
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
    progress_line.finish();
    corpus.on_progress = nullptr;  // it points at progress_line
    return *kept;
}

}  // namespace

int run_build(const std::vector<std::string>& args) {
    CorpusOptions corpus;
    std::string ontology_dir, models_dir, format_name, classes, relations;
    bool quiet = false, no_provenance = false, typed_only = false, cooccurrence_only = false;
    double min_weight = 0.0;
    std::size_t max_nodes = kDefaultDrawnNodes;
    std::vector<std::string> inputs, outputs;
    po::options_description options = common_options(corpus, ontology_dir, models_dir, quiet);
    options.add_options()("output,o", po::value<std::vector<std::string>>(&outputs), "output file (repeatable)")(
        "format", po::value<std::string>(&format_name), (output_format_names() + ", for every output").c_str())(
        "no-provenance", po::bool_switch(&no_provenance), "leave out rdf:Statement evidence")(
        "types", po::value<std::string>(&classes), "keep only these classes, e.g. Person,Organization")(
        "relations", po::value<std::string>(&relations), "keep only these relations, e.g. holdsPosition,said")(
        "min-weight", po::value<double>(&min_weight)->default_value(0.0), "drop edges lighter than this")(
        "typed-only", po::bool_switch(&typed_only), "leave out coOccursWith edges")(
        "cooccurrence-only", po::bool_switch(&cooccurrence_only), "keep only coOccursWith (and mentions) edges")(
        "max-nodes", po::value<std::size_t>(&max_nodes)->default_value(kDefaultDrawnNodes),
        "svg/png: draw the N entities with the highest PageRank")("input", po::value<std::vector<std::string>>(&inputs),
                                                                  "input files");
    po::positional_options_description positional;
    positional.add("input", -1);
    parse(args, options, positional);
    if (inputs.empty()) throw UsageError("build needs at least one INPUT");
    if (max_nodes == 0) throw UsageError("--max-nodes must be at least 1");
    if (outputs.empty()) throw UsageError("build needs at least one -o OUTPUT");

    check_outputs_apart(inputs, outputs);
    std::vector<std::string> neo4j_outputs = take_neo4j_outputs(outputs, format_name);
    std::vector<Format> formats = output_formats(outputs, format_name);
    GraphFilter filter =
        make_filter(classes, relations, corpus.min_confidence, min_weight, typed_only, cooccurrence_only);
    if (!ontology_dir.empty()) {
        set_resource_directory(ontology_dir);
        validate_resources();
    }

    CorpusResult& result = run_corpus(inputs, corpus, models_dir, quiet);
    if (result.documents == 0 && result.failed_inputs > 0) {
        // Nothing was read: an empty graph must not replace yesterday's outputs (a mistyped path, say).
        std::cerr << "newsgraph: error: no input could be read; the outputs are left as they were\n";
        return kError;
    }
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
    std::string ontology_dir, models_dir;
    bool quiet = false;
    bool mentions = false;
    std::vector<std::string> inputs;
    po::options_description options = common_options(corpus, ontology_dir, models_dir, quiet);
    options.add_options()("input", po::value<std::vector<std::string>>(&inputs), "input files")(
        "mentions", po::bool_switch(&mentions), "list each entity's mentions with the rule that found them");
    po::positional_options_description positional;
    positional.add("input", -1);
    parse(args, options, positional);
    if (inputs.empty()) throw UsageError("inspect needs at least one INPUT");
    if (!ontology_dir.empty()) {
        set_resource_directory(ontology_dir);
        validate_resources();
    }
    Pipeline pipeline = default_pipeline(LanguageModels::shared(models_dir));
    CorpusResult result = build_corpus(
        inputs, pipeline, corpus, [&](const Diagnostic& d) { print_diagnostic(d, quiet); },
        [&](const Document& doc) { print_document(doc, std::cout, mentions); });
    return result.failed_inputs ? kError : kOk;
}

}  // namespace newsgraph
