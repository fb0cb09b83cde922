// The parser's training loop.
#include "language/parser_trainer.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "core/error.hpp"
#include "language/averaged_perceptron.hpp"
#include "language/parser.hpp"
#include "language/parser_features.hpp"
#include "language/projectivize.hpp"
#include "language/seeded_random.hpp"
#include "language/transition_system.hpp"

namespace newsgraph {

namespace {

struct Example {
    std::vector<WordCodes> codes;
    GoldTree gold;
};

std::string sentence_name(const TreebankSentence& sentence, std::size_t index) {
    std::string id = sentence.comment("sent_id");
    return id.empty() ? "sentence " + std::to_string(index + 1) : "sentence " + id;
}

// Checks that heads form one tree over the words with a single root.
void check_tree(const std::vector<TreebankWord>& words, const std::string& name) {
    int roots = 0;
    std::vector<int> heads = heads_of(words);
    for (std::size_t d = 1; d < heads.size(); ++d) {
        if (heads[d] < 0 || heads[d] > static_cast<int>(words.size()) || heads[d] == static_cast<int>(d))
            throw Error(name + ": word " + std::to_string(d) + " has no valid head");
        roots += heads[d] == 0;
        int word = static_cast<int>(d);
        for (std::size_t steps = 0; word != 0; ++steps, word = heads[word])
            if (steps > words.size()) throw Error(name + ": the heads form a cycle");
    }
    if (roots != 1) throw Error(name + ": " + std::to_string(roots) + " words attach to the root, not one");
}

// Projectivized copies of the training trees; rare lifted labels lose their head label.
std::vector<std::vector<TreebankWord>> lifted_trees(const std::vector<TreebankSentence>& train, int cutoff) {
    std::vector<std::vector<TreebankWord>> trees;
    std::map<std::string, int> counts;
    for (std::size_t i = 0; i < train.size(); ++i) {
        std::vector<TreebankWord> words = train[i].words;
        if (words.empty()) continue;
        check_tree(words, sentence_name(train[i], i));
        projectivize(words);
        for (const TreebankWord& w : words) ++counts[w.deprel];
        trees.push_back(std::move(words));
    }
    for (auto& words : trees)
        for (TreebankWord& w : words)
            if (w.deprel.find(kLiftMarker) != std::string::npos && counts[w.deprel] < cutoff)
                w.deprel.resize(w.deprel.find(kLiftMarker));
    return trees;
}

// Sets `examples` and `labels` from the lifted training trees.
void make_examples(const std::vector<std::vector<TreebankWord>>& trees, const WordClusters& clusters,
                   std::vector<Example>& examples, std::vector<std::string>& labels) {
    std::map<std::string, int> ids;
    for (const auto& words : trees)
        for (const TreebankWord& w : words) ids.emplace(w.deprel, 0);
    for (auto& [label, id] : ids) {
        id = static_cast<int>(labels.size());
        labels.push_back(label);
    }
    for (const auto& words : trees) {
        Example example{word_codes(words, clusters), GoldTree{{-1}, {-1}}};
        for (const TreebankWord& w : words) {
            example.gold.head.push_back(w.head);
            example.gold.label.push_back(ids[w.deprel]);
        }
        examples.push_back(std::move(example));
    }
}

}  // namespace

namespace {

// One training run: the perceptron and what it learns from.
class Trainer {
public:
    Trainer(const std::vector<TreebankSentence>& train, const ParserTrainerOptions& options)
        : options_(options), templates_(options.templates), random_{options.seed} {
        make_examples(lifted_trees(train, options.lifted_label_cutoff), options.clusters, examples_, labels_);
        if (examples_.empty()) throw Error("no training sentence with words");
        system_ = make_transition_system("arc-hybrid", static_cast<int>(labels_.size()));
    }

    // One pass over the shuffled examples; `explore` follows wrong predictions.
    void epoch(bool explore) {
        std::vector<std::size_t> order(examples_.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random_.next() % i]);
        for (std::size_t i : order) learn(examples_[i], explore);
    }

    // The model file of the averaged weights so far.
    std::string model_bytes() const {
        ParserModel model;
        model.system = system_->name();
        model.labels = labels_;
        model.templates = templates_.specs();
        model.clusters = options_.clusters;
        model.weights = perceptron_.averaged(options_.prune_threshold, options_.max_model_bytes);
        return write_parser_model(model);
    }

private:
    void learn(const Example& example, bool explore);

    const ParserTrainerOptions& options_;
    FeatureTemplates templates_;
    SeededRandom random_;
    std::vector<Example> examples_;
    std::vector<std::string> labels_;
    std::unique_ptr<TransitionSystem> system_;
    AveragedPerceptron perceptron_;
};

void Trainer::learn(const Example& example, bool explore) {
    ParseState state;
    state.reset(static_cast<int>(example.codes.size()) - 1);
    std::vector<std::uint64_t> keys;
    std::vector<float> scores(static_cast<std::size_t>(system_->action_count()));
    std::vector<int> costs;
    while (!state.terminal()) {
        templates_.extract(state, example.codes, keys);
        perceptron_.score(keys, scores);
        system_->costs(state, example.gold, costs);
        int least = -1;
        for (int cost : costs)
            if (cost >= 0 && (least < 0 || cost < least)) least = cost;
        int predicted = -1, gold = -1;
        for (int a = 0; a < system_->action_count(); ++a) {
            if (costs[a] < 0) continue;
            if (predicted < 0 || scores[a] > scores[predicted]) predicted = a;
            if (costs[a] == least && (gold < 0 || scores[a] > scores[gold])) gold = a;
        }
        if (costs[predicted] > least) perceptron_.update(keys, gold, predicted);
        perceptron_.tick();
        bool follow = explore && predicted != gold && random_.uniform() < options_.explore_probability;
        system_->perform(state, follow ? predicted : gold);
    }
}

}  // namespace

AttachmentScore evaluate_parser(const std::string& parser_bytes, const std::vector<TreebankSentence>& gold) {
    Parser parser = Parser::from_bytes(parser_bytes, "trained parser");
    AttachmentScore score;
    for (const TreebankSentence& sentence : gold) {
        std::vector<TreebankWord> words = sentence.words;
        for (TreebankWord& w : words) w.head = -1, w.deprel.clear();
        parser.parse(words);
        score.add(sentence.words, words);
    }
    return score;
}

std::string train_parser(const std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& dev,
                         const ParserTrainerOptions& options) {
    Trainer trainer(train, options);
    std::string best_bytes;
    double best_las = -1;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        auto start = std::chrono::steady_clock::now();
        trainer.epoch(epoch >= options.explore_from);
        ParserEpochReport report;
        report.epoch = epoch;
        std::string bytes = trainer.model_bytes();
        report.dev = evaluate_parser(bytes, dev);
        report.model_bytes = bytes.size();
        report.features = Parser::from_bytes(bytes, "trained parser").weights().feature_count();
        report.best = report.dev.las() > best_las;
        if (report.best) best_las = report.dev.las(), best_bytes = std::move(bytes);
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (options.progress) options.progress(report);
    }
    return best_bytes;
}

}  // namespace newsgraph
