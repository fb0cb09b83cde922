// The train ner command: reads the data, annotates its words, trains and saves the recognizer.
#include "cli/train_ner_command.hpp"

#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>
#include <set>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "exporters/atomic_file.hpp"
#include "language/conllu.hpp"
#include "language/name_trainer.hpp"

namespace po = boost::program_options;

namespace newsgraph {

namespace {

const char* kUsage =
    "Usage: newsgraph train ner [--train-gum A.conllu ...] [--train-iob2 B.iob2 ...] --dev D.conllu|D.iob2 -o FILE\n"
    "                           [--exclude-docs ID,ID...] [--models DIR] [--epochs N] [--seed S]\n"
    "                           [--clusters TABLE.tsv]\n";

void print_epoch(const NameEpochReport& report) {
    std::string line = "epoch " + std::to_string(report.epoch);
    char part[160];
    std::snprintf(part, sizeof part, "  dev P %.2f R %.2f F1 %.2f", 100 * report.dev.all.precision(),
                  100 * report.dev.all.recall(), 100 * report.dev.all.f1());
    line += part;
    for (const auto& [type, counts] : report.dev.types) {
        std::snprintf(part, sizeof part, "  %s %.1f", type.c_str(), 100 * counts.f1());
        line += part;
    }
    std::snprintf(part, sizeof part, "  %.1f s%s", report.seconds, report.best ? "  (best)" : "");
    std::cerr << "newsgraph: " << line << part << std::endl;
}

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The examples of every file: GUM CoNLL-U (.conllu) or IOB2 (anything else), without excluded documents.
std::vector<NameExample> read_examples(const std::vector<std::string>& gum, const std::vector<std::string>& iob2,
                                       const std::set<std::string>& excluded) {
    std::vector<NameExample> out;
    for (const std::string& path : gum)
        for (NameExample& example : read_gum_names_file(path))
            if (!excluded.count(example.document)) out.push_back(std::move(example));
    for (const std::string& path : iob2)
        for (NameExample& example : read_iob2_names_file(path))
            if (!excluded.count(example.document)) out.push_back(std::move(example));
    return out;
}

std::set<std::string> split_list(const std::vector<std::string>& lists) {
    std::set<std::string> out;
    for (const std::string& list : lists) {
        std::size_t start = 0;
        for (std::size_t i = 0; i <= list.size(); ++i)
            if (i == list.size() || list[i] == ',') {
                if (i > start) out.insert(list.substr(start, i - start));
                start = i + 1;
            }
    }
    return out;
}

// The dev sentences of every file (GUM CoNLL-U or IOB2), without excluded documents.
std::vector<NameExample> read_dev(const std::vector<std::string>& paths, const std::set<std::string>& excluded) {
    std::vector<NameExample> dev;
    for (const std::string& path : paths) {
        std::vector<NameExample> part =
            ends_with(path, ".conllu") ? read_gum_names_file(path) : read_iob2_names_file(path);
        for (NameExample& example : part)
            if (!excluded.count(example.document)) dev.push_back(std::move(example));
    }
    return dev;
}

// The word forms of every sentence of the CoNLL-U files.
std::vector<std::vector<std::string>> read_vocabulary(const std::vector<std::string>& paths) {
    std::vector<std::vector<std::string>> texts;
    for (const TreebankSentence& sentence : read_conllu_files(paths)) {
        std::vector<std::string>& forms = texts.emplace_back();
        for (const TreebankWord& word : sentence.words) forms.push_back(word.form);
    }
    return texts;
}

}  // namespace

int run_train_ner(const std::vector<std::string>& args) {
    std::vector<std::string> gum, iob2, dev_paths, exclude, types, vocabulary;
    std::size_t lowercase_every = 0;
    std::string output, models_dir, clusters;
    NameTrainingOptions options;
    po::options_description description("Options");
    description.add_options()("train-gum", po::value(&gum), "GUM CoNLL-U file with Entity= annotation (repeatable)")(
        "train-iob2", po::value(&iob2), "IOB2 file of Universal NER (repeatable)")(
        "dev", po::value(&dev_paths)->required(), "dev data (.conllu GUM or IOB2): the best epoch is saved")(
        "output,o", po::value(&output)->required(), "model file to write")(
        "exclude-docs", po::value(&exclude), "comma-separated document ids left out of training and dev (repeatable)")(
        "models", po::value(&models_dir), "tagger.ngm and parser.ngm to annotate the words with (default built in)")(
        "epochs", po::value(&options.epochs)->default_value(options.epochs), "passes over the training data")(
        "seed", po::value(&options.seed)->default_value(options.seed), "seed of the shuffling")(
        "clusters", po::value(&clusters), "word-cluster table (newsgraph train clusters) to learn from")(
        "predicted-history", po::bool_switch(&options.predicted_history),
        "train on the previous tags predicted instead of gold ones")(
        "vocabulary", po::value(&vocabulary), "CoNLL-U file whose words' usual case is learned (repeatable)")(
        "lowercase-every", po::value(&lowercase_every)->default_value(0),
        "add a lower-cased copy of every N-th training sentence (0: none)")(
        "types", po::value(&types), "comma-separated entity types to learn (default person,organization,place,event)")(
        "max-bytes", po::value(&options.max_bytes)->default_value(options.max_bytes), "largest size of the weights");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(description).run(), vm);
        po::notify(vm);
        if (options.epochs < 1) throw po::error("--epochs must be at least 1");
        if (gum.empty() && iob2.empty()) throw po::error("give --train-gum or --train-iob2");
    } catch (const po::error& error) {
        std::cerr << "newsgraph: train ner: " << error.what() << '\n' << kUsage << description;
        return 2;
    }
    std::shared_ptr<const LanguageModels> models =
        models_dir.empty() ? LanguageModels::built_in(false) : LanguageModels::from_directory(models_dir, false);
    if (!models) throw Error("no tagger and parser to annotate the training words with (use --models DIR)");
    std::set<std::string> excluded = split_list(exclude);
    if (!clusters.empty()) options.clusters = WordClusters::read_table(clusters);
    if (!types.empty()) {
        std::set<std::string> chosen = split_list(types);
        options.types.assign(chosen.begin(), chosen.end());
    }
    std::vector<NameExample> train = read_examples(gum, iob2, excluded), dev = read_dev(dev_paths, excluded);
    add_lowercased_copies(train, lowercase_every);
    std::cerr << "newsgraph: annotating " << train.size() << " training and " << dev.size() << " dev sentences\n";
    annotate_examples(*models, train);
    annotate_examples(*models, dev);
    options.progress = print_epoch;
    std::string bytes =
        train_name_recognizer(train, dev, shared_from_resources<NameGazetteer>(), options, read_vocabulary(vocabulary));
    AtomicFile file(output);
    file.stream() << bytes;
    file.commit();
    std::cerr << "newsgraph: wrote " << output << " (" << bytes.size() << " bytes)\n";
    return 0;
}

}  // namespace newsgraph
