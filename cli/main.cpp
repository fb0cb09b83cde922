// newsgraph command line: `build`, `inspect`, `merge`, `query`, `ontology`, `parse`,
// `evaluate-parse` and `train`, one file each in cli/.
// Exit status: 0 success, 1 error (or some input failed), 2 usage error.
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli/build_command.hpp"
#include "cli/command_support.hpp"
#include "cli/merge_command.hpp"
#include "cli/ontology_command.hpp"
#include "cli/parse_command.hpp"
#include "cli/query_command.hpp"
#include "cli/tag_names_command.hpp"
#include "cli/train_clusters_command.hpp"
#include "cli/train_ner_command.hpp"
#include "cli/train_parser_command.hpp"
#include "cli/train_tagger_command.hpp"
#include "exporters/temp_file_registry.hpp"

using namespace newsgraph;

namespace {

// The usage text; the lists of formats and extensions come from the format table.
std::string usage_text() {
    std::string text =
        "newsgraph " NEWSGRAPH_VERSION
        " - build a knowledge graph from news articles\n"
        "\n"
        "Usage:\n"
        "  newsgraph build INPUT... -o OUTPUT [-o OUTPUT...] [options]\n"
        "  newsgraph inspect INPUT... [--mentions]   list the entities, quotes and relations found\n"
        "  newsgraph merge GRAPH... -o OUTPUT  merge newsgraph outputs (.nt, .nq, .rdf, .ttl, .jsonld) into one graph\n"
        "  newsgraph query GRAPH... 'SPARQL'   run a SPARQL SELECT, ASK or CONSTRUCT over newsgraph outputs\n"
        "                  [--timeout SECONDS (default 60)] [--max-rows N (default 100000)]\n"
        "                  [--max-memory SIZE (default 4G)] [--allow-service]   (0 = no limit)\n"
        "  newsgraph query GRAPH... --neighbors ENTITY | --path A B | --top N [--by pagerank|degree|mentions]\n"
        "                  | --said-by PERSON | --about THREAT    answer common questions without SPARQL\n"
        "  newsgraph ontology -o FILE.ttl      write the ontology newsgraph's exports use\n"
        "  newsgraph parse INPUT... -o OUT.conllu   sentences, words, part-of-speech tags, lemmas and dependency\n"
        "                  trees as CoNLL-U; a .conllu INPUT keeps its words and is re-tagged and re-parsed\n"
        "  newsgraph evaluate-parse GOLD.conllu PRED.conllu   CoNLL 2018 scores: Tokens, Sentences, Words,\n"
        "                  UPOS, XPOS, Lemmas, UAS, LAS\n"
        "  newsgraph train clusters --vectors VECTORS.txt -o TABLE.tsv [--words N]   cluster word vectors for\n"
        "                  the tagger, parser and recognizer (see models/README.md)\n"
        "  newsgraph train tagger --train A.conllu [--train B.conllu...] --dev D.conllu -o FILE [--epochs N]\n"
        "                  [--seed S]          train the part-of-speech tagger and lemmatizer on treebanks\n"
        "  newsgraph train parser --train A.conllu [--train B.conllu...] --dev D.conllu -o FILE [--epochs N]\n"
        "                  [--seed S] [--tagger FILE] [--jackknife K]   train the dependency parser on treebanks\n"
        "  newsgraph train ner [--train-gum A.conllu...] [--train-iob2 B.iob2...] --dev D.conllu -o FILE\n"
        "                  [--exclude-docs ID,ID...] [--epochs N] [--seed S]   train the name recognizer\n"
        "  newsgraph tag-names INPUT.iob2 -o OUT.iob2   the recognizer's names over the given words, as IOB2\n"
        "  newsgraph --help | --version\n"
        "\n"
        "INPUT is a text (.txt), Markdown (.md), HTML (.html) or JSON Lines (.jsonl) file, a directory\n"
        "(read recursively; pages newsgraph wrote itself are left out) or - for stdin\n"
        "(--stdin-format text|markdown|html|jsonl).\n"
        "The output format follows the extension: " +
        output_extensions() +
        "\n"
        "(or --format " +
        output_format_names() +
        ").\n"
        "An output ending in .neo4j (or any output with --format neo4j) is a directory that receives\n"
        "nodes.csv, relationships.csv (for neo4j-admin database import) and import.cypher; it replaces\n"
        "an earlier one as a whole, and a directory holding other files is not replaced.\n"
        "  -j N                            threads, 1 to 256 (default 0: one per core)\n"
        "\n"
        "Bad input (build, inspect): each unreadable, binary, UTF-16, empty or oversized file, and each bad\n"
        "JSON line (or JSON nested over 1000 levels), is reported with its name and what is wrong, then\n"
        "skipped; the rest is processed. When no input could be read, the outputs are left as they were.\n"
        "  --max-document-size SIZE        larger articles (a file, or one JSON line) are skipped unread;\n"
        "                                  default 64M (K, M, G suffixes; 0 = no limit)\n"
        "  --max-entities-per-document N   keep the first N entities of an article, warn about the rest;\n"
        "                                  default 10000 (0 = no limit)\n"
        "  --strict                        warnings (invalid UTF-8 replaced, control characters removed,\n"
        "                                  duplicate JSON Lines ids, two inputs with one article IRI,\n"
        "                                  entities dropped) are errors: the file (or JSON line) is skipped\n"
        "                                  and the exit status is 1\n"
        "\n"
        "Language models (build, inspect, parse): the tagger and parser built into the program, or\n"
        "  --models DIR                    tagger.ngm, parser.ngm and ner.ngm (optional) from DIR\n"
        "                                  (models/train.sh makes them)\n"
        "\n"
        "Exit status: 0 ok (warnings may have been printed); 1 an error: some input failed (it was\n"
        "reported and skipped, the rest is still written), an output could not be written, a query\n"
        "hit a limit, or memory ran out; 2 usage error.\n";
    return text;
}

// An exception no thread caught: out of memory is said plainly and ends with
// status 1 (no partial output left); anything else is a bug and aborts.
[[noreturn]] void on_terminate() {
    try {
        if (std::exception_ptr pending = std::current_exception()) std::rethrow_exception(pending);
    } catch (const std::bad_alloc&) {
        remove_temp_files_now();
        static const char kMessage[] = "newsgraph: error: out of memory; nothing more was written\n";
        [[maybe_unused]] auto written = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
        ::_exit(kError);
    } catch (...) {
    }
    std::abort();
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        (args.empty() ? std::cerr : std::cout) << usage_text();
        return args.empty() ? kUsage : kOk;
    }
    if (args[0] == "--version") {
        std::cout << "newsgraph " NEWSGRAPH_VERSION "\n";
        return kOk;
    }
    std::string command = args[0];
    args.erase(args.begin());
    remove_temp_files_on_signals();
    std::set_terminate(on_terminate);
    try {
        if (command == "build") return run_build(args);
        if (command == "inspect") return run_inspect(args);
        if (command == "merge") return run_merge(args);
        if (command == "query") return run_query(args);
        if (command == "ontology") return run_ontology(args);
        if (command == "parse") return run_parse(args);
        if (command == "evaluate-parse") return run_evaluate_parse(args);
        if (command == "train" && !args.empty() && args[0] == "parser")
            return run_train_parser({args.begin() + 1, args.end()});
        if (command == "tag-names") return run_tag_names(args);
        if (command == "train" && !args.empty() && args[0] == "ner")
            return run_train_ner({args.begin() + 1, args.end()});
        if (command == "train" && !args.empty() && args[0] == "clusters")
            return run_train_clusters({args.begin() + 1, args.end()});
        if (command == "train" && !args.empty() && args[0] == "tagger")
            return run_train_tagger({args.begin() + 1, args.end()});
        throw UsageError("unknown command '" + command + "'");
    } catch (const UsageError& error) {
        std::cerr << "newsgraph: " << escape_controls(error.what()) << "\n(see newsgraph --help)\n";
        return kUsage;
    } catch (const Error& error) {
        std::cerr << "newsgraph: error: " << escape_controls(error.what()) << '\n';
        return kError;
    } catch (const std::bad_alloc&) {
        std::cerr << "newsgraph: error: out of memory; nothing more was written\n";
        return kError;
    } catch (const std::exception& error) {
        std::cerr << "newsgraph: internal error: " << error.what() << '\n';
        return kError;
    }
}
