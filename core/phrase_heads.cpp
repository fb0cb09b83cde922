// Reading the phrase head words and stop modifiers, and finding a phrase's broader concept.
#include "core/phrase_heads.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {

constexpr std::string_view kHeads = "lexicons/phrase_heads.tsv";
constexpr std::string_view kModifiers = "lexicons/phrase_modifiers.tsv";

std::string cell(const TsvRow& row, std::size_t i) { return i < row.fields.size() ? row.fields[i] : std::string(); }

[[noreturn]] void fail(const std::string& file, std::size_t line, const std::string& message) {
    throw Error(file + ":" + std::to_string(line), message);
}

// The words from `first` on, joined by single spaces.
std::string joined(const std::vector<std::string>& words, std::size_t first) {
    std::string out;
    for (std::size_t i = first; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
    return out;
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> out;
    std::string folded = fold(text);
    for (std::size_t start = 0; start < folded.size();) {
        std::size_t space = std::min(folded.find(' ', start), folded.size());
        if (space > start) out.push_back(folded.substr(start, space - start));
        start = space + 1;
    }
    return out;
}

}  // namespace

PhraseHeads::PhraseHeads()
    : PhraseHeads(numbered_tsv_resource(kHeads), std::string(kHeads), numbered_tsv_resource(kModifiers),
                  std::string(kModifiers)) {}

PhraseHeads::PhraseHeads(const std::vector<TsvRow>& heads, const std::string& heads_file,
                         const std::vector<TsvRow>& modifiers, const std::string& modifiers_file) {
    for (const TsvRow& row : heads) {
        std::string word = cell(row, 0), cls = cell(row, 1), key = cell(row, 2);
        if (word.empty() || word != fold(word) || word.find(' ') != std::string::npos)
            fail(heads_file, row.line, "expected one lower-case head word, got \"" + word + "\"");
        if (cls != "threat" && cls != "goal") fail(heads_file, row.line, "class \"" + cls + "\" is not threat or goal");
        Head head;
        head.cls = cls == "goal" ? EntityClass::Goal : EntityClass::Threat;
        if (!key.empty()) {
            head.broader = concepts().by_key(key);
            if (!head.broader) fail(heads_file, row.line, "unknown broader key " + key);
            if (head.broader->cls != head.cls) fail(heads_file, row.line, "broader key " + key + " is not a " + cls);
        }
        if (!heads_.emplace(word, head).second) fail(heads_file, row.line, "duplicate head word " + word);
    }
    for (const TsvRow& row : modifiers) {
        std::string word = cell(row, 0), kind = cell(row, 1), head = cell(row, 2);
        if (word.empty() || word != fold(word)) fail(modifiers_file, row.line, "expected a lower-case word");
        if (kind != "stop" && kind != "degree")
            fail(modifiers_file, row.line, "kind \"" + kind + "\" is not stop or degree");
        modifiers_[head.empty() ? word : word + "\t" + head] =
            kind == "stop" ? ModifierKind::Stop : ModifierKind::Degree;
    }
    index_terms();
}

void PhraseHeads::index_terms() {
    for (const Concept& item : concepts().all()) {
        if (item.cls != EntityClass::Threat) continue;
        terms_.try_emplace(fold(item.name), &item);
        for (const std::string& alias : item.aliases) terms_.try_emplace(fold(alias), &item);
    }
}

std::optional<PhraseBroader> PhraseHeads::broader(const std::vector<std::string>& words) const {
    for (std::size_t first = 1; first < words.size(); ++first) {
        std::string suffix = joined(words, first);
        if (auto term = terms_.find(suffix); term != terms_.end())
            return PhraseBroader{EntityClass::Threat, term->second, words.size() - first};
    }
    if (words.size() < 2) return std::nullopt;
    auto head = heads_.find(words.back());
    if (head == heads_.end()) return std::nullopt;
    return PhraseBroader{head->second.cls, head->second.broader, 1};
}

bool PhraseHeads::is_term(const std::vector<std::string>& words) const { return terms_.count(joined(words, 0)) > 0; }

ModifierKind PhraseHeads::modifier_kind(std::string_view word, std::string_view head) const {
    for (const std::string& key : {std::string(word) + "\t" + std::string(head), std::string(word)})
        if (auto found = modifiers_.find(key); found != modifiers_.end()) return found->second;
    return ModifierKind::Content;
}

const PhraseHeads& phrase_heads() {
    static const PhraseHeads table;
    return table;
}

const Concept* taxonomy_concept(EntityClass cls, std::string_view name, bool& exact) {
    exact = true;
    if (const Concept* item = concepts().by_name(cls, name)) return item;
    exact = false;
    if (cls != EntityClass::Goal && cls != EntityClass::Threat) return nullptr;
    std::optional<PhraseBroader> found = phrase_heads().broader(split_words(name));
    return found && found->cls == cls ? found->broader : nullptr;
}

}  // namespace newsgraph
