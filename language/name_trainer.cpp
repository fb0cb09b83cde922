// The recognizer's training loop: teacher-forced greedy perceptron updates,
// epoch by epoch, and the choice of the epoch on dev.
#include "language/name_trainer.hpp"

#include <algorithm>
#include <chrono>
#include <numeric>

#include "core/error.hpp"
#include "language/averaged_perceptron.hpp"
#include "language/name_features.hpp"
#include "language/tagger_features.hpp"

namespace newsgraph {

void annotate_examples(const LanguageModels& models, std::vector<NameExample>& examples) {
    for (NameExample& example : examples) annotate_words(models, example.words);
}

std::vector<std::vector<NameSpan>> recognize_examples(const NameRecognizer& recognizer,
                                                      const std::vector<NameExample>& examples) {
    std::vector<std::vector<NameSpan>> out;
    out.reserve(examples.size());
    for (const NameExample& example : examples) out.push_back(recognizer.recognize(example.words));
    return out;
}

namespace {

// One training sentence: its gold tags and the static features of each word, computed once.
struct Prepared {
    std::vector<std::uint8_t> gold;
    NameSentenceInfo info;
    std::vector<std::vector<std::uint64_t>> features;
};

std::vector<Prepared> prepare(const std::vector<NameExample>& train, const NameGazetteer& gazetteer,
                              const CaseProfiles& cases, const WordClusters& clusters, const NameTagSet& tags) {
    std::vector<Prepared> out(train.size());
    for (std::size_t s = 0; s < train.size(); ++s) {
        Prepared& p = out[s];
        p.gold = tags.encode(train[s].names, train[s].words.size());
        name_sentence_info(train[s].words, gazetteer, cases, clusters, p.info);
        p.features.resize(train[s].words.size());
        for (std::size_t i = 0; i < p.features.size(); ++i) name_static_features(p.info, i, p.features[i]);
    }
    return out;
}

// One pass over `order`; returns the number of words tagged wrongly.
std::size_t train_epoch(const std::vector<Prepared>& data, const std::vector<std::size_t>& order,
                        const NameTagSet& tags, bool predicted_history, AveragedPerceptron& perceptron) {
    std::vector<std::uint64_t> features;
    std::vector<float> scores(tags.tag_count());
    std::size_t errors = 0;
    for (std::size_t s : order) {
        const Prepared& p = data[s];
        std::vector<std::uint8_t> history = p.gold;
        for (std::size_t i = 0; i < p.gold.size(); ++i) {
            features = p.features[i];
            name_dynamic_features(p.info, i, history, features);
            perceptron.score(features, scores);
            std::uint8_t previous = i ? history[i - 1] : NameTagSet::kOutside;
            int best = -1;
            for (std::size_t c = 0; c < scores.size(); ++c) {
                auto tag = static_cast<std::uint8_t>(c);
                if (!NameTagSet::allowed(previous, tag) || (i + 1 == p.gold.size() && !NameTagSet::may_end(tag)))
                    continue;
                if (best < 0 || scores[c] > scores[static_cast<std::size_t>(best)]) best = static_cast<int>(c);
            }
            if (best != p.gold[i]) {
                perceptron.update(features, p.gold[i], best);
                ++errors;
            }
            // Predicted history while it stays consistent with gold's next tag; gold again after that.
            bool keep = predicted_history &&
                        (i + 1 == p.gold.size() || NameTagSet::allowed(static_cast<std::uint8_t>(best), p.gold[i + 1]));
            history[i] = keep ? static_cast<std::uint8_t>(best) : p.gold[i];
            perceptron.tick();
        }
    }
    return errors;
}

// The case profiles of the words of `train` and `vocabulary`, into `model`.
void learn_case_profiles(const std::vector<NameExample>& train, const std::vector<std::vector<std::string>>& vocabulary,
                         std::uint32_t min_count, NameModel& model) {
    CaseProfileCounter counter;
    std::vector<std::string_view> forms;
    for (const NameExample& example : train) {
        if (example.lowered) continue;
        forms.clear();
        for (const Word& word : example.words) forms.push_back(word.form);
        counter.add_sentence(forms);
    }
    for (const std::vector<std::string>& sentence : vocabulary) {
        forms.assign(sentence.begin(), sentence.end());
        counter.add_sentence(forms);
    }
    counter.profiles(min_count, model.case_keys, model.case_classes);
}

}  // namespace

std::string train_name_recognizer(const std::vector<NameExample>& train, const std::vector<NameExample>& dev,
                                  const std::shared_ptr<const NameGazetteer>& gazetteer,
                                  const NameTrainingOptions& options,
                                  const std::vector<std::vector<std::string>>& vocabulary) {
    if (train.empty()) throw Error("no training sentences for the recognizer");
    NameTagSet tags(options.types);
    NameModel cased;
    learn_case_profiles(train, vocabulary, options.case_min_count, cased);
    CaseProfiles cases(cased.case_keys, cased.case_classes);
    std::vector<Prepared> data = prepare(train, *gazetteer, cases, options.clusters, tags);
    std::vector<std::vector<NameSpan>> dev_gold;
    dev_gold.reserve(dev.size());
    for (const NameExample& example : dev) dev_gold.push_back(example.names);
    std::vector<std::size_t> order(data.size());
    std::iota(order.begin(), order.end(), 0);
    std::uint64_t state = options.seed;
    AveragedPerceptron perceptron;
    std::string best_bytes;
    double best_f1 = -1;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        auto start = std::chrono::steady_clock::now();
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[hash_mix(state += 0x9E3779B97F4A7C15ull) % i]);
        train_epoch(data, order, tags, options.predicted_history, perceptron);
        NameModel model{options.types, perceptron.averaged(options.min_weight, options.max_bytes), cased.case_keys,
                        cased.case_classes, options.clusters};
        std::string bytes = write_name_model(model);
        NameEpochReport report;
        report.epoch = epoch;
        if (!dev.empty()) {
            NameRecognizer recognizer(std::move(model), gazetteer);
            report.dev = evaluate_names(dev_gold, recognize_examples(recognizer, dev));
        }
        double f1 = dev.empty() ? epoch : report.dev.all.f1();
        report.best = f1 > best_f1;
        if (report.best) {
            best_f1 = f1;
            best_bytes = std::move(bytes);
        }
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (options.progress) options.progress(report);
    }
    return best_bytes;
}

}  // namespace newsgraph
