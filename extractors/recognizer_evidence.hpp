// How much the learned recognizer's names weigh against the lexicon and rule mentions over the same
// words: which rule mentions a confident recognized name replaces, which weak rule names its silence
// removes, and the overlap look-up both use.
#pragma once

#include <cstddef>
#include <vector>

#include "core/document.hpp"
#include "extractors/gazetteer.hpp"
#include "language/phrase_index.hpp"

namespace newsgraph {

// The mentions of a document sorted by where they begin, for finding those over a span.
class MentionIndex {
public:
    explicit MentionIndex(const std::vector<Mention>& mentions);
    // Indices (into the mentions given) of the mentions that overlap `span`, in order of their beginning.
    std::vector<std::size_t> overlapping(Span span) const;

private:
    const std::vector<Mention>* mentions_;
    std::vector<std::size_t> by_begin_;
    std::size_t longest_ = 0;
};

// True when a rule names a person, organization or place on evidence weak enough for the confident
// `recognized` name over some of its words to replace it: over the same words, a rule's plain name
// of another class; over other words, a weak rule name.
bool overrulable(const Mention& rule_mention, const Mention& recognized);

// True when a place the gazetteer found is a word of a longer person's name the recognizer is sure of ("Jordan
// Henderson", "Paris Hilton", "Denzel Washington"): a place's name next to a capitalized word is a person's there.
bool place_in_person_name(const Mention& rule_mention, const Mention& recognized);

// The confidence of a rule mention the recognizer reads the same way (the same words, the same class): two
// sources that agree are surer than either ("Chuck Noll", a plain name, and a confident recognized person).
// The rule mention's own confidence when they disagree.
double agreed_confidence(const Mention& rule_mention, const Mention& recognized);

// True when the one-word name over `name` owns a title only a body has (word list `company title`; not a public
// office): its possessive ending, then the title ("Chrysler's chairman"; not "Georgia's governor", nor
// "Gorbachev's spokesman", a title a person's staff has too).
bool owns_organization_title(const Document& doc, const Sentence& sentence, Span name, const PhraseIndex& titles);

// True when a person's name among `mentions` holds the folded word `word` and begins before `before`: the
// article introduced someone of that name ("Barack Obama" before "Obama's spokesman").
bool person_named_before(const Document& doc, const std::vector<Mention>& mentions, const std::string& word,
                         std::size_t before);

// True when `recognized` is confident enough to replace the overrulable mentions it overlaps.
bool overrules(const Mention& recognized);

// True when the tagger read every word over `span` (punctuation aside) as a proper noun.
bool tagged_proper(const Document& doc, Span span);

// True when a rule name is so weak that it stands only where the recognizer also found a name over
// some of its words: a plain capitalized phrase whose words the tagger does not all read as proper
// nouns ("Benefit Payments", "Sushi Lover").
bool needs_recognizer_support(const Document& doc, const Mention& rule_mention);

// True when a recognized name written all in lower case ("india", "san francisco") is, capitalized,
// a lexicon name of the same class: the two sources agree where the writer used no capitals.
bool known_lower_case_name(const Gazetteer& gazetteer, const Tokenizer& tokenizer, const Mention& recognized);

}  // namespace newsgraph
