#include "language/tagger_trainer.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <map>
#include <unordered_map>

#include "core/error.hpp"
#include "core/text.hpp"
#include "language/lemmatizer_trainer.hpp"
#include "language/seeded_random.hpp"
#include "language/tagger_features.hpp"
#include "language/tagger_model.hpp"

namespace newsgraph {

namespace {

// One weight of the averaged perceptron, with what averaging needs.
struct Weight {
    std::uint8_t tag = 0;
    float value = 0;
    double total = 0;  // sum of the value over the updates before `stamp`
    std::uint64_t stamp = 0;
};

// The tag classes (sorted (UPOS, XPOS) pairs) of the training data.
struct TagSet {
    std::map<std::pair<std::string, std::string>, std::uint8_t> ids;
    std::vector<std::string> upos, xpos;

    explicit TagSet(const std::vector<TreebankSentence>& train) {
        for (const TreebankSentence& sentence : train)
            for (const TreebankWord& word : sentence.words) ids.emplace(std::pair{word.upos, word.xpos}, 0);
        if (ids.size() > 255) throw Error("more than 255 (UPOS, XPOS) pairs in the training data");
        if (ids.empty()) throw Error("no training words");
        for (auto& [key, id] : ids) {
            id = static_cast<std::uint8_t>(upos.size());
            upos.push_back(key.first);
            xpos.push_back(key.second);
        }
    }
    std::uint8_t of(const TreebankWord& word) const { return ids.at({word.upos, word.xpos}); }
};

// The ambiguity dictionary of the training data, as model arrays sorted by word hash.
void build_dictionary(const std::vector<TreebankSentence>& train, const TagSet& tags,
                      const TaggerTrainingOptions& options, TaggerModel& model) {
    std::map<std::string, std::map<std::uint8_t, std::uint32_t>> counts;
    for (const TreebankSentence& sentence : train)
        for (const TreebankWord& word : sentence.words) ++counts[ascii_lower(word.form)][tags.of(word)];
    std::vector<std::pair<std::uint64_t, std::uint64_t>> entries;
    for (const auto& [word, tag_counts] : counts) {
        std::uint32_t total = 0;
        for (const auto& entry : tag_counts) total += entry.second;
        if (total < options.dictionary_min_count) continue;
        std::uint64_t set = 0x7A6;
        for (const auto& [tag, count] : tag_counts)
            if (count > options.dictionary_min_share * total) set = hash_pair(set, tag);
        entries.emplace_back(hash_text(word), set);
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& [key, set] : entries) {
        model.word_keys.push_back(key);
        model.word_classes.push_back(set);
    }
}

LemmaTables learn_lemmas(const std::vector<TreebankSentence>& train, const TagSet& tags,
                         const TaggerTrainingOptions& options) {
    std::vector<LemmaExample> examples;
    for (const TreebankSentence& sentence : train)
        for (const TreebankWord& word : sentence.words) examples.push_back({word.form, tags.of(word), word.lemma});
    std::vector<std::uint8_t> keeps_form;
    for (const std::string& upos : tags.upos) keeps_form.push_back(upos == "PROPN");
    return learn_lemma_tables(examples, keeps_form, options.lemma_max_suffix, options.lemma_min_types);
}

class Perceptron {
public:
    explicit Perceptron(std::size_t tag_count) : tag_count_(tag_count) {}

    // Adds the current weights of `features` to `scores` (indexed by tag).
    void add_scores(const std::vector<std::uint64_t>& features, float* scores) const;
    std::size_t tag_count() const { return tag_count_; }
    void update(const std::vector<std::uint64_t>& features, std::uint8_t gold, std::uint8_t guess);
    void count(const std::vector<std::uint64_t>& features);
    void next_example() { ++now_; }
    // The averaged, pruned and quantized weights, into `model`.
    void export_weights(const TaggerTrainingOptions& options, TaggerModel& model) const;

private:
    void add(std::uint64_t feature, std::uint8_t tag, float delta);

    std::size_t tag_count_;
    std::uint64_t now_ = 1;
    std::unordered_map<std::uint64_t, std::uint32_t> index_;
    std::vector<std::vector<Weight>> rows_;
    std::unordered_map<std::uint64_t, std::uint32_t> seen_;  // feature -> occurrences in training
};

void Perceptron::add_scores(const std::vector<std::uint64_t>& features, float* scores) const {
    for (std::uint64_t feature : features) {
        auto found = index_.find(feature);
        if (found == index_.end()) continue;
        for (const Weight& weight : rows_[found->second]) scores[weight.tag] += weight.value;
    }
}

std::uint8_t best_of(const float* scores, std::size_t count) {
    std::size_t best = 0;
    for (std::size_t tag = 1; tag < count; ++tag)
        if (scores[tag] > scores[best]) best = tag;
    return static_cast<std::uint8_t>(best);
}

void Perceptron::add(std::uint64_t feature, std::uint8_t tag, float delta) {
    auto [found, added] = index_.emplace(feature, static_cast<std::uint32_t>(rows_.size()));
    if (added) rows_.emplace_back();
    std::vector<Weight>& row = rows_[found->second];
    auto weight = std::find_if(row.begin(), row.end(), [&](const Weight& w) { return w.tag == tag; });
    if (weight == row.end()) weight = row.insert(row.end(), Weight{tag, 0, 0, now_});
    weight->total += static_cast<double>(now_ - weight->stamp) * weight->value;
    weight->stamp = now_;
    weight->value += delta;
}

void Perceptron::update(const std::vector<std::uint64_t>& features, std::uint8_t gold, std::uint8_t guess) {
    for (std::uint64_t feature : features) {
        add(feature, gold, 1.0f);
        add(feature, guess, -1.0f);
    }
}

void Perceptron::count(const std::vector<std::uint64_t>& features) {
    for (std::uint64_t feature : features) ++seen_[feature];
}

void Perceptron::export_weights(const TaggerTrainingOptions& options, TaggerModel& model) const {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> kept;
    for (const auto& [feature, row] : index_) {
        auto seen = seen_.find(feature);
        if (seen != seen_.end() && seen->second >= options.min_feature_count) kept.emplace_back(feature, row);
    }
    std::sort(kept.begin(), kept.end());
    auto average = [&](const Weight& w) {
        return (w.total + static_cast<double>(now_ - w.stamp) * w.value) / static_cast<double>(now_);
    };
    double largest = 1e-9;
    for (const auto& [feature, row] : kept)
        for (const Weight& weight : rows_[row]) largest = std::max(largest, std::abs(average(weight)));
    model.scale = static_cast<float>(largest / 32767.0);
    model.rows.assign(1, 0);
    for (const auto& [feature, row] : kept) {
        std::vector<Weight> weights = rows_[row];
        std::sort(weights.begin(), weights.end(), [](const Weight& a, const Weight& b) { return a.tag < b.tag; });
        std::size_t before = model.entry_classes.size();
        for (const Weight& weight : weights) {
            double value = average(weight);
            auto quantized = static_cast<std::int32_t>(std::lround(value / model.scale));
            if (std::abs(value) <= options.min_weight || quantized == 0) continue;
            model.entry_classes.push_back(weight.tag);
            model.entry_weights.push_back(static_cast<std::int16_t>(std::clamp(quantized, -32767, 32767)));
        }
        if (model.entry_classes.size() == before) continue;
        model.feature_keys.push_back(feature);
        model.rows.push_back(static_cast<std::uint32_t>(model.entry_classes.size()));
    }
}

// Scratch space of training, reused from sentence to sentence.
struct TrainingScratch {
    std::vector<WordInfo> infos;
    std::vector<std::vector<std::uint64_t>> statics;  // static features per word
    std::vector<float> static_scores;                 // per word, tag_count scores
    std::vector<std::uint8_t> guesses, history;
    std::vector<std::uint64_t> dynamic;
};

// Tags one training sentence as the runtime does, updating the perceptron on each mistake.
void train_sentence(const std::vector<TreebankWord>& words, const TagSet& tags, const AmbiguityDictionary& dictionary,
                    const WordClusters& clusters, bool count, Perceptron& perceptron, TrainingScratch& scratch) {
    std::size_t n = words.size(), classes = perceptron.tag_count();
    word_infos(words, dictionary, clusters, scratch.infos);
    scratch.statics.resize(std::max(scratch.statics.size(), n));
    scratch.static_scores.assign(n * classes, 0.0f);
    scratch.guesses.assign(n, 0);
    scratch.history.assign(n, 0);
    for (std::size_t j = 0; j < n; ++j) {
        scratch.statics[j].clear();
        static_features(scratch.infos, j, scratch.statics[j]);
        perceptron.add_scores(scratch.statics[j], &scratch.static_scores[j * classes]);
        scratch.guesses[j] = best_of(&scratch.static_scores[j * classes], classes);
    }
    std::array<float, 256> scores{};
    for (std::size_t i = 0; i < n; ++i) {
        scratch.dynamic.clear();
        dynamic_features(scratch.infos, i, scratch.history, scratch.guesses, scratch.dynamic);
        std::copy_n(&scratch.static_scores[i * classes], classes, scores.begin());
        perceptron.add_scores(scratch.dynamic, scores.data());
        if (count) {
            perceptron.count(scratch.statics[i]);
            perceptron.count(scratch.dynamic);
        }
        std::uint8_t gold = tags.of(words[i]), guess = best_of(scores.data(), classes);
        if (guess != gold) {
            perceptron.update(scratch.statics[i], gold, guess);
            perceptron.update(scratch.dynamic, gold, guess);
        }
        perceptron.next_example();
        scratch.history[i] = guess;
    }
}

// One pass over the training sentences in `order`.
void train_epoch(const std::vector<TreebankSentence>& train, const std::vector<std::size_t>& order, const TagSet& tags,
                 const AmbiguityDictionary& dictionary, const WordClusters& clusters, bool count,
                 Perceptron& perceptron) {
    TrainingScratch scratch;
    for (std::size_t s : order) train_sentence(train[s].words, tags, dictionary, clusters, count, perceptron, scratch);
}

void shuffle(std::vector<std::size_t>& order, SeededRandom& random) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random.next() % i]);
}

AmbiguityDictionary dictionary_of(const TaggerModel& model) {
    AmbiguityDictionary dictionary;
    std::vector<std::uint32_t> positions(model.word_keys.size());
    for (std::size_t i = 0; i < positions.size(); ++i) positions[i] = static_cast<std::uint32_t>(i);
    dictionary.index = HashIndex(model.word_keys, positions);
    dictionary.classes = model.word_classes;
    return dictionary;
}

}  // namespace

TaggingScores score_tagger(const Tagger& tagger, const std::vector<TreebankSentence>& gold) {
    TaggingScores scores;
    std::size_t upos = 0, xpos = 0, lemma = 0, all = 0;
    std::vector<TreebankWord> words;
    for (const TreebankSentence& sentence : gold) {
        words.clear();
        for (const TreebankWord& word : sentence.words) {
            words.emplace_back();
            words.back().form = word.form;
        }
        tagger.tag(words);
        for (std::size_t i = 0; i < words.size(); ++i) {
            const TreebankWord& g = sentence.words[i];
            bool u = words[i].upos == g.upos, x = words[i].xpos == g.xpos, l = words[i].lemma == g.lemma;
            upos += u;
            xpos += x;
            lemma += l;
            all += u && x && l;
        }
        scores.words += words.size();
    }
    double n = scores.words ? static_cast<double>(scores.words) / 100.0 : 1.0;
    scores.upos = static_cast<double>(upos) / n;
    scores.xpos = static_cast<double>(xpos) / n;
    scores.lemma = static_cast<double>(lemma) / n;
    scores.all = static_cast<double>(all) / n;
    return scores;
}

ModelWriter train_tagger(const std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& dev,
                         const TaggerTrainingOptions& options) {
    TagSet tags(train);
    TaggerModel base;
    base.upos = tags.upos;
    base.xpos = tags.xpos;
    build_dictionary(train, tags, options, base);
    base.lemmas = learn_lemmas(train, tags, options);
    base.clusters = options.clusters;
    AmbiguityDictionary dictionary = dictionary_of(base);

    Perceptron perceptron(tags.upos.size());
    std::vector<std::size_t> order(train.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    SeededRandom random{options.seed};
    ModelWriter best(kTaggerKind, kTaggerVersion);
    double best_score = -1;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        auto start = std::chrono::steady_clock::now();
        shuffle(order, random);
        train_epoch(train, order, tags, dictionary, options.clusters, epoch == 1, perceptron);
        TaggerModel model = base;
        perceptron.export_weights(options, model);
        ModelWriter writer(kTaggerKind, kTaggerVersion);
        model.write(writer);
        TaggerEpochReport report;
        report.epoch = epoch;
        if (!dev.empty()) report.dev = score_tagger(Tagger::from_bytes(writer.finish(), "trained model"), dev);
        double score = report.dev.upos + report.dev.xpos;
        report.best = dev.empty() || score > best_score;
        if (report.best) {
            best_score = score;
            best = std::move(writer);
        }
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (options.progress) options.progress(report);
    }
    return best;
}

}  // namespace newsgraph
