// Parser speed on a treebank: model load time, words per second on one thread
// (gold tokenization and the treebank's tags), and UAS/LAS of the parses. Times are
// the thread's CPU time, so other processes on a shared machine do not count.
// With a tagger model the words are tagged first (timed too), as at run time.
// Usage: newsgraph_bench_parser MODEL.ngm TREEBANK.conllu [REPEATS] [TAGGER.ngm]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>

#include "bench/cpu_time.hpp"
#include "core/error.hpp"
#include "language/attachment_score.hpp"
#include "language/conllu.hpp"
#include "language/parser.hpp"
#include "language/tagger.hpp"

using namespace newsgraph;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s MODEL TREEBANK.conllu [REPEATS] [TAGGER]\n", argv[0]);
        return 2;
    }
    try {
        int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
        double start = bench::thread_cpu_seconds();
        Parser parser = Parser::load(argv[1]);
        double load = bench::thread_cpu_seconds() - start;
        std::vector<TreebankSentence> gold = read_conllu_file(argv[2]);
        std::vector<std::vector<TreebankWord>> inputs;
        std::size_t words = 0;
        for (const TreebankSentence& sentence : gold) {
            inputs.push_back(sentence.words);
            for (TreebankWord& w : inputs.back()) w.head = -1, w.deprel.clear();
            words += sentence.words.size();
        }
        if (argc > 4) {
            Tagger tagger = Tagger::load(argv[4]);
            double tag_start = bench::thread_cpu_seconds();
            for (auto& sentence : inputs) tagger.tag(sentence);
            double tag_time = bench::thread_cpu_seconds() - tag_start;
            std::printf("tagger: %.3f s CPU, %.0f words/s\n", tag_time, static_cast<double>(words) / tag_time);
        }
        double best = 1e300;
        AttachmentScore score;
        for (int r = 0; r < repeats; ++r) {
            std::vector<std::vector<TreebankWord>> parsed = inputs;
            start = bench::thread_cpu_seconds();
            for (auto& sentence : parsed) parser.parse(sentence);
            best = std::min(best, bench::thread_cpu_seconds() - start);
            if (r == 0)
                for (std::size_t i = 0; i < gold.size(); ++i) score.add(gold[i].words, parsed[i]);
        }
        std::printf("model load %.1f ms CPU, %zu features\n", load * 1000, parser.weights().feature_count());
        std::printf("%zu words, best of %d: %.3f s CPU, %.0f words/s\n", words, repeats, best,
                    static_cast<double>(words) / best);
        std::printf("UAS %.2f LAS %.2f\n", score.uas(), score.las());
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "newsgraph_bench_parser: %s\n", error.what());
        return 1;
    }
}
