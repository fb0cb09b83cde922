// `newsgraph merge`: newsgraph outputs read back and merged into one graph.
#include "cli/merge_command.hpp"

#include <iostream>

#include "cli/command_support.hpp"
#include "core/vocabulary.hpp"
#include "graph/rdf_import.hpp"
#include "graph/surname_merge.hpp"
#include "readers/rdf_input.hpp"

namespace newsgraph {

int run_merge(const std::vector<std::string>& args) {
    vocab::Namespaces ns;
    std::string format_name;
    bool quiet = false, no_provenance = false;
    std::vector<std::string> inputs, outputs;
    po::options_description options("Options");
    options.add_options()("output,o", po::value<std::vector<std::string>>(&outputs), "output file (repeatable)")(
        "format", po::value<std::string>(&format_name), (output_format_names() + ", for every output").c_str())(
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
    int status = kOk;
    for (const std::string& input : inputs) {
        read_rdf_file(input, [&](const Term& s, const Term& p, const Term& o) { importer.triple(s, p, o); });
        if (importer.flush_into(graph) > 0) continue;
        print_diagnostic({Severity::Error, input,
                          "kept nothing: no entity or article of newsgraph's ontology (" + ns.ontology +
                              ") in it; merge reads newsgraph's own outputs"},
                         quiet);
        status = kError;
    }
    if (graph.node_count() == 0) {
        std::cerr << "newsgraph: error: nothing to merge; the outputs are left as they were\n";
        return kError;
    }
    merge_lone_surnames(graph);  // as build does over the whole corpus
    ExportOptions export_options;
    export_options.ns = ns;
    export_options.provenance = !no_provenance;
    if (write_outputs(graph, outputs, formats, export_options, quiet) != kOk) status = kError;
    if (write_neo4j_outputs(graph, neo4j_outputs, export_options, quiet) != kOk) status = kError;
    if (!quiet)
        std::cerr << "newsgraph: merged " << inputs.size() << " graph(s): " << graph.node_count() << " nodes, "
                  << graph.edge_count() << " edges\n";
    return status;
}

}  // namespace newsgraph
