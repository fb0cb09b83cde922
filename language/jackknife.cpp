// Training one tagger per fold and tagging the fold it did not see.
#include "language/jackknife.hpp"

#include "core/error.hpp"
#include "language/tagger.hpp"
#include "language/tagger_trainer.hpp"

namespace newsgraph {

void jackknife_tags(std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& dev, int folds,
                    int epochs, std::uint64_t seed, const WordClusters& clusters,
                    const std::function<void(const std::string&)>& progress) {
    if (folds < 2 || static_cast<std::size_t>(folds) > train.size())
        throw Error("jackknifing needs at least 2 folds and a sentence per fold");
    std::size_t n = train.size();
    auto fold_of = [&](std::size_t i) { return static_cast<int>(i * static_cast<std::size_t>(folds) / n); };
    std::vector<TreebankSentence> tagged = train;
    for (int fold = 0; fold < folds; ++fold) {
        std::vector<TreebankSentence> rest;
        for (std::size_t i = 0; i < n; ++i)
            if (fold_of(i) != fold) rest.push_back(train[i]);
        TaggerTrainingOptions options;
        options.epochs = epochs;
        options.seed = seed;
        options.clusters = clusters;
        Tagger tagger = Tagger::from_bytes(train_tagger(rest, dev, options).finish(), "fold tagger");
        for (std::size_t i = 0; i < n; ++i)
            if (fold_of(i) == fold) tagger.tag(tagged[i].words);
        if (progress) progress("fold " + std::to_string(fold + 1) + "/" + std::to_string(folds) + " tagged");
    }
    train = std::move(tagged);
}

}  // namespace newsgraph
