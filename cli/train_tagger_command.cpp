#include "cli/train_tagger_command.hpp"

#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>

#include "core/error.hpp"
#include "language/conllu.hpp"
#include "language/tagger_trainer.hpp"

namespace po = boost::program_options;

namespace newsgraph {

namespace {

const char* kUsage =
    "Usage: newsgraph train tagger --train A.conllu [--train B.conllu ...] --dev D.conllu -o FILE\n"
    "                              [--epochs N] [--seed S] [--clusters TABLE.tsv]\n";

void print_epoch(const TaggerEpochReport& report) {
    char line[200];
    std::snprintf(line, sizeof line, "epoch %2d  dev UPOS %.2f  XPOS %.2f  lemma %.2f  %.1f s%s", report.epoch,
                  report.dev.upos, report.dev.xpos, report.dev.lemma, report.seconds, report.best ? "  (best)" : "");
    std::cerr << "newsgraph: " << line << std::endl;
}

}  // namespace

int run_train_tagger(const std::vector<std::string>& args) {
    std::vector<std::string> train_paths, dev_paths;
    std::string output, clusters;
    TaggerTrainingOptions options;
    po::options_description description("Options");
    description.add_options()("train", po::value(&train_paths)->required(), "training treebank (repeatable)")(
        "dev", po::value(&dev_paths)->required(), "dev treebank: the epoch best on it is saved (repeatable)")(
        "output,o", po::value(&output)->required(), "model file to write")(
        "epochs", po::value(&options.epochs)->default_value(options.epochs), "passes over the training data")(
        "seed", po::value(&options.seed)->default_value(options.seed), "seed of the shuffling")(
        "clusters", po::value(&clusters), "word-cluster table (newsgraph train clusters) to learn from")(
        "min-feature-count", po::value(&options.min_feature_count)->default_value(options.min_feature_count),
        "prune features seen fewer times in training")(
        "dictionary-min-count", po::value(&options.dictionary_min_count)->default_value(options.dictionary_min_count),
        "words seen this often get their tag set as a feature")(
        "min-weight", po::value(&options.min_weight)->default_value(options.min_weight),
        "prune averaged weights this close to zero");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(description).run(), vm);
        po::notify(vm);
        if (options.epochs < 1) throw po::error("--epochs must be at least 1");
    } catch (const po::error& error) {
        std::cerr << "newsgraph: train tagger: " << error.what() << '\n' << kUsage << description;
        return 2;
    }
    if (!clusters.empty()) options.clusters = WordClusters::read_table(clusters);
    std::vector<TreebankSentence> train = read_conllu_files(train_paths), dev = read_conllu_files(dev_paths);
    std::cerr << "newsgraph: training the tagger on " << train.size() << " sentences, dev " << dev.size() << '\n';
    options.progress = print_epoch;
    ModelWriter model = train_tagger(train, dev, options);
    model.save(output);
    std::cerr << "newsgraph: wrote " << output << " (" << model.finish().size() << " bytes)\n";
    return 0;
}

}  // namespace newsgraph
