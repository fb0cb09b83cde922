// The part-of-speech tagger and lemmatizer at run time: loads a model made by
// TaggerTrainer and fills UPOS, XPOS and lemma of treebank words. A loaded
// Tagger is immutable and may be shared by any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language/hash_index.hpp"
#include "language/irregular_verbs.hpp"
#include "language/lemmatizer.hpp"
#include "language/model_file.hpp"
#include "language/tagger_features.hpp"
#include "language/tagger_model.hpp"
#include "language/treebank.hpp"
#include "language/weight_table.hpp"

namespace newsgraph {

// Greedy left-to-right averaged-perceptron tagger over (UPOS, XPOS) classes: static scores of
// every word first (their best tags are the right context's guesses), then each word in turn.
class Tagger {
public:
    // Reads a model from memory; throws Error naming `name` when it is not a valid tagger model.
    // `integrity` Trusted skips the checksum (for the models built into the program).
    static Tagger from_bytes(std::string_view bytes, const std::string& name,
                             ModelIntegrity integrity = ModelIntegrity::Verify);
    // Reads a model file; throws Error naming `path`.
    static Tagger load(const std::string& path);
    // Fills upos, xpos and lemma of every word from its form (one sentence).
    void tag(std::vector<TreebankWord>& words) const;

    // Number of tag classes and of weighted features (for reports).
    std::size_t class_count() const { return model_.upos.size(); }
    std::size_t feature_count() const { return feature_count_; }
    // The word clusters its features read (empty for a model trained without).
    const WordClusters& clusters() const { return clusters_; }

private:
    explicit Tagger(TaggerModel model);
    // Words in capitals the model read as pronouns, in a sentence in mixed case, become proper nouns.
    static void capitals_as_names(std::vector<TreebankWord>& words);
    // "led by former mayor Tomaž Vidmar": a capitalized word too rare for the dictionary is no function word (every
    // preposition, determiner, pronoun, conjunction and auxiliary is frequent): read as a function word, it is a
    // proper noun.
    static void rare_capitals_as_names(std::vector<TreebankWord>& words, const std::vector<WordInfo>& infos);
    // "Ursula von der Leyen": name particles (the "particle" words of lexicons/name_cues.tsv) between a proper noun
    // and a capitalized word are proper nouns, as the treebanks tag them.
    static void particles_in_names(std::vector<TreebankWord>& words);
    // "A soldier shot a protester", "Police shot and killed", "attackers shot him": an irregular past form
    // read as a singular noun or a present verb right after a subject-like word (and its adverbs) and before what
    // may follow the verb is the past verb; `tag` otherwise.
    std::uint8_t past_verb_reading(const std::vector<TreebankWord>& words, std::size_t i, const std::uint8_t* tags,
                                   const std::uint8_t* guesses, const std::int32_t* scores, std::uint8_t tag) const;

    TaggerModel model_;
    WeightTable weights_;
    AmbiguityDictionary dictionary_;
    WordClusters clusters_;
    Lemmatizer lemmatizer_;
    std::shared_ptr<const IrregularVerbs> irregular_ = IrregularVerbs::shared();  // past forms no suffix rule finds
    std::size_t feature_count_ = 0;
};

}  // namespace newsgraph
