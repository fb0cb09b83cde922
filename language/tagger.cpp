#include "language/tagger.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_set>

#include "core/resources.hpp"
#include "core/text.hpp"
#include "language/word_shape.hpp"

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
      weights_(model_.table ? *model_.table
                            : WeightTable(model_.feature_keys, model_.rows, model_.entry_classes, model_.entry_weights,
                                          model_.upos.size())),
      clusters_(std::move(model_.clusters)),
      lemmatizer_(std::move(model_.lemmas), clusters_),
      feature_count_(model_.table ? model_.table_features : model_.feature_keys.size()) {
    dictionary_.index = HashIndex(model_.word_keys, positions(model_.word_keys.size()));
    dictionary_.classes = std::move(model_.word_classes);
    // Only the tag names are read from the model from now on: the tables above own the rest.
    TaggerModel names;
    names.upos = std::move(model_.upos);
    names.xpos = std::move(model_.xpos);
    model_ = std::move(names);
}

Tagger Tagger::from_bytes(std::string_view bytes, const std::string& name, ModelIntegrity integrity) {
    ModelReader reader(bytes, name, kTaggerKind, kTaggerVersion, integrity);
    return Tagger(TaggerModel::read(reader));
}

Tagger Tagger::load(const std::string& path) { return from_bytes(read_model_bytes(path), path); }

namespace {

std::uint8_t best_of(const std::int32_t* scores, std::size_t count) {
    std::size_t best = 0;
    for (std::size_t c = 1; c < count; ++c)
        if (scores[c] > scores[best]) best = c;
    return static_cast<std::uint8_t>(best);
}

}  // namespace

void Tagger::tag(std::vector<TreebankWord>& words) const {
    std::vector<WordInfo> infos;
    word_infos(words, dictionary_, clusters_, infos);
    std::size_t count = words.size(), classes = class_count(), stride = weights_.stride();
    std::vector<std::int32_t> static_scores(count * stride);
    std::vector<std::uint8_t> guesses(count), tags(count);
    std::vector<std::uint64_t> features;
    features.reserve(64);
    for (std::size_t j = 0; j < count; ++j) {
        features.clear();
        static_features(infos, j, features);
        std::int32_t* row = &static_scores[j * stride];
        weights_.add_scores(features.data(), features.size(), row);
        guesses[j] = best_of(row, classes);
    }
    std::array<std::int32_t, 256> scores{};
    for (std::size_t i = 0; i < count; ++i) {
        features.clear();
        dynamic_features(infos, i, tags, guesses, features);
        std::copy_n(&static_scores[i * stride], stride, scores.begin());
        weights_.add_scores(features.data(), features.size(), scores.data());
        std::uint8_t tag = tags[i] =
            past_verb_reading(words, i, tags.data(), guesses.data(), scores.data(), best_of(scores.data(), classes));
        words[i].upos = model_.upos[tag];
        words[i].xpos = model_.xpos[tag];
        words[i].lemma = lemmatizer_.lemma(words[i].form, infos[i].lower, tag);
        if (IrregularVerbs::past_tag(words[i].xpos))
            if (const std::string* lemma = irregular_->lemma(ascii_lower(words[i].form))) words[i].lemma = *lemma;
    }
    capitals_as_names(words);
    rare_capitals_as_names(words, infos);
    particles_in_names(words);
}

std::uint8_t Tagger::past_verb_reading(const std::vector<TreebankWord>& words, std::size_t i, const std::uint8_t* tags,
                                       const std::uint8_t* guesses, const std::int32_t* scores,
                                       std::uint8_t tag) const {
    const std::string& xpos = model_.xpos[tag];
    if (i == 0 || i + 1 >= words.size() || (xpos != "NN" && xpos != "VBP")) return tag;
    std::size_t subject = i - 1;  // the word before, past adverbs ("Jack Ruby fatally shot")
    while (subject > 0 && model_.xpos[tags[subject]] == "RB") --subject;
    const std::string& before = model_.xpos[tags[subject]];
    const std::string& after = model_.upos[guesses[i + 1]];
    const bool opens_object = after == "DET" || after == "PRON" || after == "PROPN" || after == "NUM";
    const bool names_subject = before == "NNP" || before == "NNPS" || before == "NNS" || before == "PRP";
    // a singular noun before may be a compound's ("a flu shot"): only an object's first word or a second past
    // verb ("Police shot and killed") then
    const bool verbs_joined = after == "CCONJ" && i + 2 < words.size() && model_.xpos[guesses[i + 2]] == "VBD";
    const bool verb = xpos == "VBP" || opens_object || verbs_joined ||
                      (names_subject && (after == "ADJ" || after == "CCONJ" || after == "ADP"));
    if (!verb || (!names_subject && before != "NN")) return tag;
    // (the context first: most nouns are in none)
    const std::string lower = ascii_lower(words[i].form);
    const std::string* lemma = irregular_->lemma(lower);
    // ("cut", "hit": also a present form; "lay", "saw": also a verb of their own)
    if (!lemma || *lemma == lower || irregular_->is_lemma(lower)) return tag;
    std::size_t best = class_count();
    for (std::size_t c = 0; c < class_count(); ++c)
        if (model_.xpos[c] == "VBD" && model_.upos[c] == "VERB" && (best == class_count() || scores[c] > scores[best]))
            best = c;
    return best == class_count() ? tag : static_cast<std::uint8_t>(best);
}

void Tagger::capitals_as_names(std::vector<TreebankWord>& words) {
    // "WHO Director-General Tedros said": in a sentence written in mixed case, a word in capitals read as a
    // pronoun ("who", "us", "it") is an acronym
    bool mixed = std::any_of(words.begin(), words.end(), [](const TreebankWord& w) { return is_lower_word(w.form); });
    if (!mixed) return;
    auto capitals = [&](std::size_t i) {
        return i < words.size() && words[i].form.size() >= 2 && is_acronym(words[i].form);
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        TreebankWord& w = words[i];
        // not a shouted word among others ("SCHEDULE YOU MUST")
        if (w.upos != "PRON" || !capitals(i) || (i > 0 && capitals(i - 1)) || capitals(i + 1)) continue;
        w.upos = "PROPN";
        w.xpos = "NNP";
        w.lemma = w.form;
    }
}

void Tagger::rare_capitals_as_names(std::vector<TreebankWord>& words, const std::vector<WordInfo>& infos) {
    static const std::unordered_set<std::string> function_tags = {"ADP",  "DET", "CCONJ", "SCONJ",
                                                                  "PRON", "AUX", "PART"};
    for (std::size_t i = 0; i < words.size(); ++i) {
        TreebankWord& w = words[i];
        if (infos[i].ambiguity != kRareWordAmbiguity || !is_capitalized(w.form) || !function_tags.count(w.upos))
            continue;
        // a sentence's first word only before another capitalized one ("Tomaž Vidmar said")
        if (i == 0 && (words.size() < 2 || !is_capitalized(words[1].form))) continue;
        w.upos = "PROPN";
        w.xpos = "NNP";
        w.lemma = w.form;
    }
}

namespace {

const std::unordered_set<std::string>& name_particles() {
    static const std::unordered_set<std::string> particles = [] {
        std::unordered_set<std::string> words;
        for (const auto& row : tsv_resource("lexicons/name_cues.tsv"))
            if (row.size() >= 2 && row[1] == "particle") words.insert(row[0]);
        return words;
    }();
    return particles;
}

}  // namespace

void Tagger::particles_in_names(std::vector<TreebankWord>& words) {
    const auto& particles = name_particles();
    for (std::size_t i = 1; i + 1 < words.size(); ++i) {
        if (words[i - 1].upos != "PROPN" || !is_capitalized(words[i - 1].form) || !particles.count(words[i].form))
            continue;
        std::size_t end = i;  // past the particles ("von der")
        while (end < words.size() && particles.count(words[end].form)) ++end;
        if (end == words.size() || !is_capitalized(words[end].form)) continue;
        for (std::size_t k = i; k <= end; ++k) {
            words[k].upos = "PROPN";
            words[k].xpos = "NNP";
            words[k].lemma = words[k].form;
        }
        i = end;
    }
}

}  // namespace newsgraph
