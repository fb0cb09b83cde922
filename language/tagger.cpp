#include "language/tagger.hpp"

#include <array>
#include <numeric>

namespace newsgraph {

namespace {

std::vector<std::uint32_t> positions(std::size_t count) {
    std::vector<std::uint32_t> values(count);
    std::iota(values.begin(), values.end(), 0u);
    return values;
}

}  // namespace

Tagger::Tagger(TaggerModel model)
    : model_(std::move(model)),
      weights_(model_.feature_keys, model_.rows, model_.entry_classes, model_.entry_weights, model_.upos.size()),
      lemmatizer_(model_.lemmas) {
    dictionary_.index = HashIndex(model_.word_keys, positions(model_.word_keys.size()));
    dictionary_.classes = model_.word_classes;
}

Tagger Tagger::from_bytes(std::string_view bytes, const std::string& name) {
    ModelReader reader(bytes, name, kTaggerKind, kTaggerVersion);
    return Tagger(TaggerModel::read(reader));
}

Tagger Tagger::load(const std::string& path) { return from_bytes(read_model_bytes(path), path); }

std::uint8_t Tagger::best_class(const std::vector<std::uint64_t>& features) const {
    std::array<std::int32_t, 256> scores{};
    weights_.add_scores(features.data(), features.size(), scores.data());
    std::size_t best = 0;
    for (std::size_t c = 1; c < model_.upos.size(); ++c)
        if (scores[c] > scores[best]) best = c;
    return static_cast<std::uint8_t>(best);
}

void Tagger::tag(std::vector<TreebankWord>& words) const {
    std::vector<WordInfo> infos;
    word_infos(words, dictionary_, infos);
    std::vector<std::uint8_t> tags(words.size());
    std::vector<std::uint64_t> features;
    features.reserve(64);
    for (std::size_t i = 0; i < words.size(); ++i) {
        features.clear();
        tagger_features(infos, i, tags, features);
        std::uint8_t tag = best_class(features);
        tags[i] = tag;
        words[i].upos = model_.upos[tag];
        words[i].xpos = model_.xpos[tag];
        words[i].lemma = lemmatizer_.lemma(words[i].form, tag);
    }
}

}  // namespace newsgraph
