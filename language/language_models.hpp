// The language models of the process (tagger, parser, name recognizer): the ones built into the
// program, or those of a directory given with --models; loaded once, shared by threads.
#pragma once

#include <memory>
#include <string>

#include "core/document.hpp"
#include "language/name_recognizer.hpp"
#include "language/parser.hpp"
#include "language/tagger.hpp"

namespace newsgraph {

// Loaded models; immutable. The parser is used only with a tagger (it reads the tags).
struct LanguageModels {
    std::shared_ptr<const Tagger> tagger;
    std::shared_ptr<const Parser> parser;              // may be null: words get tags but no tree
    std::shared_ptr<const NameRecognizer> recognizer;  // may be null: sentences get no names
    std::string source;                                // "built-in" or the directory read

    // Loads tagger.ngm, parser.ngm and (when present) ner.ngm from `directory`; a missing tagger or
    // parser, or a corrupt file, throws Error naming it.
    // `names` false leaves ner.ngm unread (for training a new one).
    static std::shared_ptr<const LanguageModels> from_directory(const std::string& directory, bool names = true);
    // The models built into the program; null when it was built without a tagger model.
    static std::shared_ptr<const LanguageModels> built_in(bool names = true);
    // The models for `directory` ("" = built in), loaded on first use and kept for the process.
    static std::shared_ptr<const LanguageModels> shared(const std::string& directory);
};

// Tags, lemmatizes and (with a parser) parses the words of one sentence in place.
void annotate_words(const LanguageModels& models, std::vector<TreebankWord>& words);
// The same over core words: fills lemma, tags, head (sentence-local, -1 for the root) and deprel from the forms.
void annotate_words(const LanguageModels& models, std::vector<Word>& words);

}  // namespace newsgraph
