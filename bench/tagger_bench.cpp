// Speed of the tagger: loads a model, tags every sentence of a CoNLL-U file on
// one thread and prints load time, words per second and accuracy against the file
// (exit status 1 when UPOS accuracy is below MIN_UPOS, if given).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>

#include "bench/cpu_time.hpp"
#include "language/conllu.hpp"
#include "language/tagger.hpp"
#include "language/tagger_trainer.hpp"

using namespace newsgraph;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: newsgraph_bench_tagger MODEL FILE.conllu [ROUNDS [MIN_UPOS]]\n");
        return 2;
    }
    try {
        using Clock = std::chrono::steady_clock;
        auto start = Clock::now();
        double cpu_load = bench::thread_cpu_seconds();
        Tagger tagger = Tagger::load(argv[1]);
        double load = std::chrono::duration<double>(Clock::now() - start).count();
        cpu_load = bench::thread_cpu_seconds() - cpu_load;
        std::vector<TreebankSentence> gold = read_conllu_file(argv[2]);
        int rounds = argc > 3 ? std::atoi(argv[3]) : 5;
        std::size_t words = 0;
        start = Clock::now();
        double cpu_start = bench::thread_cpu_seconds();
        for (int round = 0; round < rounds; ++round)
            for (const TreebankSentence& sentence : gold) {
                std::vector<TreebankWord> copy = sentence.words;
                tagger.tag(copy);
                words += copy.size();
            }
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        double cpu = bench::thread_cpu_seconds() - cpu_start;
        TaggingScores scores = score_tagger(tagger, gold);
        std::printf("model load %.1f ms (%.1f ms of CPU), %zu features, %zu tag classes\n", load * 1000,
                    cpu_load * 1000, tagger.feature_count(), tagger.class_count());
        std::printf("tagged %zu words in %.3f s (%.3f s of CPU): %.0f words/s, %.0f words per CPU second\n", words,
                    seconds, cpu, static_cast<double>(words) / seconds, static_cast<double>(words) / cpu);
        std::printf("UPOS %.2f  XPOS %.2f  lemma %.2f  all three %.2f  (%zu words)\n", scores.upos, scores.xpos,
                    scores.lemma, scores.all, scores.words);
        if (argc > 4 && scores.upos < std::atof(argv[4])) {
            std::fprintf(stderr, "newsgraph_bench_tagger: UPOS %.2f below %s\n", scores.upos, argv[4]);
            return 1;
        }
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "newsgraph_bench_tagger: %s\n", error.what());
        return 1;
    }
}
