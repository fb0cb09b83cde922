// Finding and loading the language models: built in, or from a directory.
#include "language/language_models.hpp"

#include <filesystem>
#include <map>
#include <mutex>

#include "core/error.hpp"
#include "language/embedded_models.hpp"

namespace newsgraph {

namespace {

constexpr const char* kTaggerFile = "tagger.ngm";
constexpr const char* kParserFile = "parser.ngm";
constexpr const char* kNamesFile = "ner.ngm";

const EmbeddedModel* find_embedded(std::string_view name) {
    for (const EmbeddedModel& model : embedded_models())
        if (model.name == name) return &model;
    return nullptr;
}

}  // namespace

std::shared_ptr<const LanguageModels> LanguageModels::from_directory(const std::string& directory, bool names) {
    if (!std::filesystem::is_directory(directory)) throw Error(directory, "no such model directory");
    auto models = std::make_shared<LanguageModels>();
    std::string tagger_path = (std::filesystem::path(directory) / kTaggerFile).string();
    std::string parser_path = (std::filesystem::path(directory) / kParserFile).string();
    if (!std::filesystem::exists(tagger_path)) throw Error(tagger_path, "model file missing");
    if (!std::filesystem::exists(parser_path)) throw Error(parser_path, "model file missing");
    models->tagger = std::make_shared<const Tagger>(Tagger::load(tagger_path));
    models->parser = std::make_shared<const Parser>(Parser::load(parser_path));
    std::string names_path = (std::filesystem::path(directory) / kNamesFile).string();
    if (names && std::filesystem::exists(names_path))
        models->recognizer = std::make_shared<const NameRecognizer>(NameRecognizer::load(names_path));
    models->source = directory;
    return models;
}

std::shared_ptr<const LanguageModels> LanguageModels::built_in(bool names) {
    // The embedded bytes are part of the program's image: their checksums are verified by the tests, not at each start.
    constexpr ModelIntegrity kBuiltIn = ModelIntegrity::Trusted;
    const EmbeddedModel* tagger = find_embedded(kTaggerFile);
    if (!tagger) return nullptr;
    auto models = std::make_shared<LanguageModels>();
    models->tagger = std::make_shared<const Tagger>(Tagger::from_bytes(tagger->bytes, "built-in tagger.ngm", kBuiltIn));
    if (const EmbeddedModel* parser = find_embedded(kParserFile))
        models->parser =
            std::make_shared<const Parser>(Parser::from_bytes(parser->bytes, "built-in parser.ngm", kBuiltIn));
    const EmbeddedModel* recognizer = names ? find_embedded(kNamesFile) : nullptr;
    if (recognizer)
        models->recognizer = std::make_shared<const NameRecognizer>(
            NameRecognizer::from_bytes(recognizer->bytes, "built-in ner.ngm", kBuiltIn));
    models->source = "built-in";
    return models;
}

std::shared_ptr<const LanguageModels> LanguageModels::shared(const std::string& directory) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const LanguageModels>> loaded;
    std::lock_guard lock(mutex);
    auto found = loaded.find(directory);
    if (found != loaded.end()) return found->second;
    auto models = directory.empty() ? built_in() : from_directory(directory);
    loaded.emplace(directory, models);
    return models;
}

void annotate_words(const LanguageModels& models, std::vector<TreebankWord>& words) {
    if (words.empty()) return;
    models.tagger->tag(words);
    if (models.parser) models.parser->parse(words);
}

void annotate_words(const LanguageModels& models, std::vector<Word>& words) {
    std::vector<TreebankWord> treebank(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) treebank[i].form = words[i].form;
    annotate_words(models, treebank);
    for (std::size_t i = 0; i < words.size(); ++i) {
        Word& word = words[i];
        word.lemma = std::move(treebank[i].lemma);
        word.upos = std::move(treebank[i].upos);
        word.xpos = std::move(treebank[i].xpos);
        word.head = treebank[i].head >= 1 ? treebank[i].head - 1 : -1;
        word.deprel = std::move(treebank[i].deprel);
    }
}

}  // namespace newsgraph
