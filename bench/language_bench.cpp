// Language layer speed on one thread, in CPU time: model load time, then tagging + parsing words/s
// on the given words of a treebank and the name recognizer alone on them, and the whole annotator (sentences, UD words,
// tags, trees) words/s on raw text files. Usage: newsgraph_bench_language [--models DIR] FILE... (.conllu: gold words;
// else raw text)
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <exception>
#include <string>
#include <vector>

#include "bench/cpu_time.hpp"
#include "core/error.hpp"
#include "language/conllu.hpp"
#include "language/language_annotator.hpp"
#include "language/sentence_splitter.hpp"
#include "readers/reader.hpp"

using namespace newsgraph;

namespace {

// The recognizer alone over tagged and parsed sentences (best of three passes); prints words/s.
void bench_names(const std::string& path, const std::vector<TreebankSentence>& sentences,
                 const NameRecognizer& recognizer) {
    std::vector<std::vector<Word>> parsed;
    std::size_t words = 0, names = 0;
    for (const TreebankSentence& sentence : sentences) {
        std::vector<Word>& out = parsed.emplace_back(sentence.words.size());
        for (std::size_t i = 0; i < out.size(); ++i) {
            const TreebankWord& from = sentence.words[i];
            out[i] = Word{{}, from.form, from.lemma, from.upos, from.xpos, from.head - 1, from.deprel};
        }
        words += out.size();
    }
    double best = 1e9;
    for (int pass = 0; pass < 3; ++pass) {
        double start = bench::process_cpu_seconds();
        names = 0;
        for (const std::vector<Word>& sentence : parsed) names += recognizer.recognize(sentence).size();
        best = std::min(best, bench::process_cpu_seconds() - start);
    }
    std::printf("%-40s names      %8zu words %8.3f s %10.0f words/s (%zu names)\n", path.c_str(), words, best,
                static_cast<double>(words) / best, names);
}

// Tags and parses every sentence of a treebank (words as given); prints words/s.
void bench_treebank(const std::string& path, const LanguageModels& models) {
    std::vector<TreebankSentence> sentences = read_conllu_file(path);
    std::size_t words = 0;
    double start = bench::process_cpu_seconds();
    for (TreebankSentence& sentence : sentences) {
        annotate_words(models, sentence.words);
        words += sentence.words.size();
    }
    double seconds = bench::process_cpu_seconds() - start;
    std::printf("%-40s tag+parse  %8zu words %8.3f s %10.0f words/s\n", path.c_str(), words, seconds,
                static_cast<double>(words) / seconds);
    if (models.recognizer) bench_names(path, sentences, *models.recognizer);
}

// Splits, segments, tags and parses a raw text file; prints words/s.
void bench_text(const std::string& path, const std::shared_ptr<const LanguageModels>& models) {
    std::vector<Document> docs;
    read_input(
        path, [&](Document&& doc) { docs.push_back(std::move(doc)); }, [](const Diagnostic&) {});
    SentenceSplitter splitter;
    LanguageAnnotator annotator(models);
    std::size_t words = 0;
    double start = bench::process_cpu_seconds();
    for (Document& doc : docs) {
        splitter.run(doc);
        annotator.run(doc);
        for (const Sentence& sentence : doc.sentences) words += sentence.words.size();
    }
    double seconds = bench::process_cpu_seconds() - start;
    std::printf("%-40s annotator  %8zu words %8.3f s %10.0f words/s\n", path.c_str(), words, seconds,
                static_cast<double>(words) / seconds);
}

}  // namespace

int main(int argc, char** argv) {
    std::string directory;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--models") == 0 && i + 1 < argc)
            directory = argv[++i];
        else
            files.push_back(argv[i]);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: %s [--models DIR] FILE...\n", argv[0]);
        return 2;
    }
    try {
        double start = bench::process_cpu_seconds();
        std::shared_ptr<const LanguageModels> models = LanguageModels::shared(directory);
        if (!models) throw Error("no language model: built without models/*.ngm and no --models DIR");
        std::printf("model load (%s): %.1f ms\n", models->source.c_str(),
                    1000 * (bench::process_cpu_seconds() - start));
        for (const std::string& file : files) {
            if (file.size() > 7 && file.compare(file.size() - 7, 7, ".conllu") == 0)
                bench_treebank(file, *models);
            else
                bench_text(file, models);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "newsgraph_bench_language: %s\n", error.what());
        return 1;
    }
    return 0;
}
