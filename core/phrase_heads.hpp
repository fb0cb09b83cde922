// Where a threat or goal phrase found in the parse sits in the taxonomy: its general head words
// (lexicons/phrase_heads.tsv), the modifiers that make no phrase (lexicons/phrase_modifiers.tsv), and
// the broader concept of a phrase ("knife crime" below crime, "serious sexual violence" below sexual violence).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/concepts.hpp"
#include "core/resources.hpp"

namespace newsgraph {

// What a phrase's last words make of it: its class and the concept above it (nullptr when no single one is).
struct PhraseBroader {
    EntityClass cls = EntityClass::Threat;
    const Concept* broader = nullptr;
    std::size_t words = 0;  // how many last words of the phrase name the broader concept or head
};

// What a modifier does to a phrase (lexicons/phrase_modifiers.tsv).
enum class ModifierKind {
    Content,  // says what kind: makes a phrase ("knife" crime)
    Stop,     // ends the phrase on its left ("most" crime)
    Degree,   // says how much: stays in a phrase another modifier makes, makes none alone ("serious")
};

// Immutable after construction.
class PhraseHeads {
public:
    // Reads both lexicons of the current resource directory; throws Error naming file and line.
    PhraseHeads();
    // Reads the given rows (`heads_file`, `modifiers_file` name them in errors).
    PhraseHeads(const std::vector<TsvRow>& heads, const std::string& heads_file, const std::vector<TsvRow>& modifiers,
                const std::string& modifiers_file);
    // The broader concept of a phrase of lower-case words (the head last, as its lemma): the longest proper
    // suffix that is a threat term, else a general head; nullopt when neither ends the phrase.
    std::optional<PhraseBroader> broader(const std::vector<std::string>& words) const;
    // True when the whole phrase is already a term of the taxonomy (then the lexicon names it).
    bool is_term(const std::vector<std::string>& words) const;
    // What `word` does before `head`: Content unless the modifier lexicon says otherwise.
    ModifierKind modifier_kind(std::string_view word, std::string_view head) const;

private:
    struct Head {
        EntityClass cls = EntityClass::Threat;
        const Concept* broader = nullptr;
    };
    void index_terms();

    std::unordered_map<std::string, Head> heads_;              // by lemma
    std::unordered_map<std::string, const Concept*> terms_;    // folded threat name or alias
    std::unordered_map<std::string, ModifierKind> modifiers_;  // "word" or "word\thead"
};

// The one instance of the current resource directory.
const PhraseHeads& phrase_heads();

// The concept a goal or threat node stands for, or else the one its name falls under as a phrase
// ("knife crime": crime's broader concept); `exact` tells which. nullptr when neither.
const Concept* taxonomy_concept(EntityClass cls, std::string_view name, bool& exact);

}  // namespace newsgraph
