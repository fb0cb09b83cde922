// What every newsgraph command shares: exit statuses, usage errors, option
// parsing, diagnostics on stderr and writing the outputs of a graph.
#pragma once

#include <boost/program_options.hpp>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "corpus/corpus_build.hpp"
#include "exporters/exporter.hpp"
#include "exporters/format.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

namespace po = boost::program_options;

// Exit statuses.
constexpr int kOk = 0;
constexpr int kError = 1;
constexpr int kUsage = 2;

// A mistake in the command line: printed with a pointer to --help, exit status 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// `text` with every control character (a newline, ESC...) written as \xNN, so a
// file name cannot break a message into lines or drive the terminal.
std::string escape_controls(std::string_view text);

// Prints `d` on stderr as "newsgraph: error: ..." or "newsgraph: warning: ..." (warnings left out when quiet).
void print_diagnostic(const Diagnostic& d, bool quiet);

// Parses `args`; a malformed command line throws UsageError.
po::variables_map parse(const std::vector<std::string>& args, const po::options_description& options,
                        const po::positional_options_description& positional);

// "65536", "64K", "64M", "1G" (powers of 1024) as bytes; "0" means no limit (the largest value).
std::uintmax_t parse_size(const std::string& text, const std::string& option);

// The options build, inspect and parse share: reading, limits, namespaces, --ontology-dir, --models, -j, -q.
po::options_description common_options(CorpusOptions& corpus, std::string& ontology_dir, std::string& models_dir,
                                       bool& quiet);

// Every --format value, from the format table: "graphml, jsonld, ... or neo4j".
std::string output_format_names();
// Every output extension, from the format table: ".graphml, .jsonld, ... or .neo4j".
std::string output_extensions();

// The format of each output, from --format or from its extension.
std::vector<Format> output_formats(const std::vector<std::string>& outputs, const std::string& format_name);

// Removes the Neo4j directory outputs (".neo4j", or all of them with --format neo4j) from `outputs` and returns them.
std::vector<std::string> take_neo4j_outputs(std::vector<std::string>& outputs, std::string& format_name);

// Writes each Neo4j directory; returns the exit status.
int write_neo4j_outputs(const KnowledgeGraph& graph, const std::vector<std::string>& directories,
                        const ExportOptions& options, bool quiet);

// Writes every output (atomically; "-" is stdout); returns the exit status.
// Outputs are written in parallel on up to `threads` threads (0 = one per core); errors are reported in output order.
int write_outputs(const KnowledgeGraph& graph, const std::vector<std::string>& outputs,
                  const std::vector<Format>& formats, const ExportOptions& options, bool quiet,
                  std::size_t threads = 0);

}  // namespace newsgraph
