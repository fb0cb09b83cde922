#include "cli/train_clusters_command.hpp"

#include <boost/program_options.hpp>
#include <chrono>
#include <iostream>

#include "language/word_clusterer.hpp"

namespace po = boost::program_options;

namespace newsgraph {

namespace {

const char* kUsage =
    "Usage: newsgraph train clusters --vectors VECTORS.txt -o TABLE.tsv [--words N] [--fine K] [--mid K]\n"
    "                                [--coarse K] [--iterations N] [--seed S]\n";

}  // namespace

int run_train_clusters(const std::vector<std::string>& args) {
    std::string vectors, output;
    ClusteringOptions options;
    po::options_description description("Options");
    description.add_options()("vectors", po::value(&vectors)->required(),
                              "word vectors, one line a word: the word, then its numbers (GloVe's text format)")(
        "output,o", po::value(&output)->required(), "cluster table to write (word, fine, mid, coarse)")(
        "words", po::value(&options.max_words)->default_value(options.max_words), "cluster the first N words")(
        "fine", po::value(&options.sizes[0])->default_value(options.sizes[0]), "clusters of the fine level")(
        "mid", po::value(&options.sizes[1])->default_value(options.sizes[1]), "clusters of the mid level")(
        "coarse", po::value(&options.sizes[2])->default_value(options.sizes[2]), "clusters of the coarse level")(
        "iterations", po::value(&options.iterations)->default_value(options.iterations), "k-means passes per level")(
        "seed", po::value(&options.seed)->default_value(options.seed), "seed of the k-means++ choices");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(description).run(), vm);
        po::notify(vm);
        if (!(options.sizes[0] > options.sizes[1] && options.sizes[1] > options.sizes[2] && options.sizes[2] > 0))
            throw po::error("--fine, --mid and --coarse must decrease and be above zero");
        if (options.sizes[0] >= 65535) throw po::error("--fine must be below 65535");
    } catch (const po::error& error) {
        std::cerr << "newsgraph: train clusters: " << error.what() << '\n' << kUsage << description;
        return 2;
    }
    auto start = std::chrono::steady_clock::now();
    options.progress = [&](const std::string& line) {
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::cerr << "newsgraph: " << line << " (" << static_cast<int>(seconds) << " s)" << std::endl;
    };
    WordClustering clustering = cluster_words(vectors, options);
    write_cluster_table(clustering, output);
    std::cerr << "newsgraph: wrote " << output << " (" << clustering.words.size() << " words)\n";
    return 0;
}

}  // namespace newsgraph
