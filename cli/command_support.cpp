// Shared command-line plumbing.
#include "cli/command_support.hpp"

#include <cctype>
#include <iostream>
#include <limits>

#include "exporters/neo4j_writer.hpp"
#include "exporters/parallel_export.hpp"

namespace newsgraph {

std::string escape_controls(std::string_view text) {
    static const char* const kHex = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7f) {
            out += c;
        } else {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
        }
    }
    return out;
}

void print_diagnostic(const Diagnostic& d, bool quiet) {
    if (quiet && d.severity == Severity::Warning) return;
    std::cerr << "newsgraph: " << (d.severity == Severity::Error ? "error: " : "warning: ") << escape_controls(d.text())
              << '\n';
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

namespace {

// The table's column `field`, then `last`, as "a, b, c or last".
template <typename Field>
std::string listed(Field field, const std::string& prefix, const std::string& last) {
    std::string list;
    for (const FormatInfo& row : kFormats) list += prefix + std::string(row.*field) + ", ";
    list.resize(list.size() - 2);
    return list + " or " + prefix + last;
}

}  // namespace

std::string output_format_names() { return listed(&FormatInfo::name, "", "neo4j"); }

std::string output_extensions() { return listed(&FormatInfo::extension, ".", "neo4j"); }

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

int write_outputs(const KnowledgeGraph& graph, const std::vector<std::string>& outputs,
                  const std::vector<Format>& formats, const ExportOptions& options, bool quiet, std::size_t threads) {
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

// Most threads -j accepts: more would only cost memory and start-up time.
constexpr std::size_t kMaxThreads = 256;

po::options_description common_options(CorpusOptions& corpus, std::string& ontology_dir, std::string& models_dir,
                                       bool& quiet) {
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
        "models", po::value<std::string>(&models_dir), "read the language models (tagger.ngm, parser.ngm) from here")(
        "threads,j", po::value<long long>()->default_value(0)->notifier([&corpus](long long threads) {
            if (threads < 0 || threads > static_cast<long long>(kMaxThreads))
                throw UsageError("-j " + std::to_string(threads) + " is out of range: 1 to " +
                                 std::to_string(kMaxThreads) + " threads, or 0 for one per core");
            corpus.threads = static_cast<std::size_t>(threads);
        }),
        "worker threads, 1 to 256 (0 = one per core)")("quiet,q", po::bool_switch(&quiet), "print errors only");
    return options;
}

}  // namespace newsgraph
