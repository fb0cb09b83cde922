// The `train parser` command: options, progress lines and the model file.
#include "cli/train_parser_command.hpp"

#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "core/error.hpp"
#include "language/conllu.hpp"
#include "language/jackknife.hpp"
#include "language/parser_trainer.hpp"
#include "language/tagger.hpp"

namespace po = boost::program_options;

namespace newsgraph {

namespace {

const char* kTrainParserUsage =
    "Usage: newsgraph train parser --train A.conllu [--train B.conllu ...] --dev D.conllu -o FILE\n"
    "                              [--epochs N] [--seed S] [--explore P] [--tagger FILE [--gold-train-tags | "
    "--jackknife K]]\n"
    "                              [--max-model-mb M] [--templates FILE] [--write-train-tags FILE]\n"
    "                              [--clusters TABLE.tsv]\n";

// Replaces upos, xpos and lemma of every word with the tagger's, as the parser sees them at run time.
void retag(const Tagger& tagger, std::vector<TreebankSentence>& sentences) {
    for (TreebankSentence& sentence : sentences) tagger.tag(sentence.words);
}

// Feature templates, one a line ("s0.w b0.p"); blank lines and lines from '#' are skipped.
std::vector<std::string> read_templates(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw Error(path, "cannot read the template file");
    std::vector<std::string> templates;
    for (std::string line; std::getline(in, line);) {
        line = line.substr(0, line.find('#'));
        if (line.find_first_not_of(" \t\r") != std::string::npos) templates.push_back(line);
    }
    if (templates.empty()) throw Error(path, "no feature template in this file");
    return templates;
}

void print_epoch(const ParserEpochReport& report, int epochs) {
    char line[200];
    std::snprintf(line, sizeof line, "epoch %d/%d: dev UAS %.2f LAS %.2f, %zu features, %.1f MB, %.1f s%s\n",
                  report.epoch, epochs, report.dev.uas(), report.dev.las(), report.features,
                  static_cast<double>(report.model_bytes) / (1 << 20), report.seconds, report.best ? " (best)" : "");
    std::cerr << line << std::flush;
}

// Everything the command line says.
struct Settings {
    std::vector<std::string> train_paths;
    std::string dev_path, output, templates_path, tagger_path, train_tags_path, clusters_path;
    bool gold_train_tags = false;
    int jackknife = 0;
    double max_model_mb = 19;
    ParserTrainerOptions options;
};

po::options_description describe(Settings& s) {
    po::options_description described("Options");
    described.add_options()("train", po::value(&s.train_paths), "training treebank (repeatable)")(
        "dev", po::value(&s.dev_path), "development treebank: picks the best epoch")("output,o", po::value(&s.output),
                                                                                     "model file to write")(
        "epochs", po::value(&s.options.epochs)->default_value(s.options.epochs), "training passes")(
        "seed", po::value(&s.options.seed)->default_value(s.options.seed), "shuffling seed")(
        "explore", po::value(&s.options.explore_probability)->default_value(s.options.explore_probability),
        "from the second epoch, how often a wrong predicted move is followed (dynamic oracle)")(
        "max-model-mb", po::value(&s.max_model_mb)->default_value(s.max_model_mb),
        "prune the smallest weights until the model fits")("templates", po::value(&s.templates_path),
                                                           "feature templates, one a line (default: built in)")(
        "tagger", po::value(&s.tagger_path), "tag dev and training words with this tagger model first")(
        "clusters", po::value(&s.clusters_path),
        "word-cluster table (newsgraph train clusters) the templates' c and k attributes read; also used by the "
        "jackknife taggers")("gold-train-tags", po::bool_switch(&s.gold_train_tags),
                             "with --tagger: keep the treebank's training tags")(
        "jackknife", po::value(&s.jackknife),
        "with --tagger: tag the training words in K folds, each by a tagger trained on the others")(
        "write-train-tags", po::value(&s.train_tags_path),
        "write the training sentences with the tags the parser learns from (CoNLL-U; train on them again "
        "with --train FILE --tagger T --gold-train-tags)");
    return described;
}

// Throws po::error for missing or conflicting options.
void check(Settings& s) {
    if (s.train_paths.empty() || s.dev_path.empty() || s.output.empty())
        throw po::error("train parser needs --train, --dev and -o");
    if (s.options.epochs < 1) throw po::error("--epochs must be at least 1");
    if ((s.gold_train_tags || s.jackknife) && s.tagger_path.empty())
        throw po::error("--gold-train-tags and --jackknife need --tagger");
    if (s.gold_train_tags && s.jackknife) throw po::error("--gold-train-tags and --jackknife exclude each other");
    if (!(s.max_model_mb >= 0.1)) throw po::error("--max-model-mb must be at least 0.1");
    if (!(s.options.explore_probability >= 0 && s.options.explore_probability <= 1))
        throw po::error("--explore must be between 0 and 1");
    s.options.max_model_bytes = static_cast<std::size_t>(s.max_model_mb * (1 << 20));
}

// Gives dev (and, unless told otherwise, the training words) the tags the parser will see at run time.
void tag_words(const Settings& s, std::vector<TreebankSentence>& train, std::vector<TreebankSentence>& dev) {
    if (s.tagger_path.empty()) return;
    Tagger tagger = Tagger::load(s.tagger_path);
    std::vector<TreebankSentence> gold_dev = dev;
    retag(tagger, dev);
    if (s.jackknife)
        jackknife_tags(train, gold_dev, s.jackknife, 8, s.options.seed, s.options.clusters,
                       [](const std::string& what) { std::cerr << "train parser: jackknife " << what << '\n'; });
    else if (!s.gold_train_tags)
        retag(tagger, train);
}

// Writes `bytes` to `path` through a temporary file renamed into place.
void write_file(const std::string& path, const std::string& bytes) {
    std::string temporary = path + ".tmp";
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    bool written = file && std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    if (file && std::fclose(file) != 0) written = false;
    if (!written || std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        throw Error(path, "cannot write the model file");
    }
}

// Writes `sentences` as CoNLL-U to `path`.
void write_sentences(const std::string& path, const std::vector<TreebankSentence>& sentences) {
    std::ofstream out(path);
    for (const TreebankSentence& sentence : sentences) write_conllu(out, sentence);
    if (!out.flush()) throw Error(path, "cannot write the tagged training sentences");
}

}  // namespace

int run_train_parser(const std::vector<std::string>& args) {
    Settings s;
    po::options_description described = describe(s);
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(args).options(described).run(), vm);
        po::notify(vm);
        check(s);
    } catch (const po::error& error) {
        std::cerr << "newsgraph: " << error.what() << '\n' << kTrainParserUsage << described;
        return 2;
    }
    try {
        if (!s.templates_path.empty()) s.options.templates = read_templates(s.templates_path);
        if (!s.clusters_path.empty()) s.options.clusters = WordClusters::read_table(s.clusters_path);
        std::vector<TreebankSentence> train = read_conllu_files(s.train_paths);
        std::vector<TreebankSentence> dev = read_conllu_files({s.dev_path});
        tag_words(s, train, dev);
        if (!s.train_tags_path.empty()) write_sentences(s.train_tags_path, train);
        std::cerr << "train parser: " << train.size() << " training sentences, " << dev.size() << " dev sentences\n";
        s.options.progress = [&](const ParserEpochReport& report) { print_epoch(report, s.options.epochs); };
        std::string bytes = train_parser(train, dev, s.options);
        write_file(s.output, bytes);
        std::cerr << "train parser: wrote " << s.output << " (" << bytes.size() << " bytes)\n";
        return 0;
    } catch (const Error& error) {
        std::cerr << "newsgraph: error: " << error.what() << '\n';
        return 1;
    }
}

}  // namespace newsgraph
