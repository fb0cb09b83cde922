// Pipeline component that makes events the text names with common nouns, read from the parse: a noun phrase
// headed by an event noun ("a press briefing", "overnight raids", "the Senate hearing") or a bare definite one
// ("the trial") when the article names no event by that noun.
#pragma once

#include <string>
#include <vector>

#include "core/extractor.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

// Event mentions for noun phrases whose head is a word of the `event noun` list with a content modifier before
// it, and for "the NOUN" of the `definite event noun` list (one entity per noun and article, and only when no
// other event of the article has the noun in its name). A phrase whose head another mention covers (a threat
// or goal of the taxonomy: "the strike") keeps that mention. Before it looks for phrases, run() rewrites the
// sentences' parse with repair_gerund_events: the components after it (quotes, relations, the parse's relations)
// read the noun, the components before it read the parser's verb.
class NounEventExtractor : public Extractor {
public:
    std::string_view name() const override { return "noun-events"; }
    std::vector<Annotation> needs() const override { return {Annotation::Parse, Annotation::Mentions}; }
    std::vector<Annotation> provides() const override { return {Annotation::Mentions, Annotation::Parse}; }
    void run(Document& doc) const override;
};

// One event phrase of a sentence: words [first, head]; `bare` when it is "the NOUN" with no modifier.
struct NounEvent {
    std::size_t first = 0;
    std::size_t head = 0;
    bool bare = false;
    std::string noun;  // the head's list word: its lemma, or its lower-case form ("talks")
};

// Reads again an event noun in "-ing" that the parser took for a verb on the noun before it ("told a press
// briefing", "testified at a Senate hearing"): it becomes the noun phrase's head (tag NN, its form as lemma), the
// noun its compound. Unlike DependencyTree's repairs, which a tree keeps to itself, this changes `sentence`.
void repair_gerund_events(Sentence& sentence, const WordSet& event_nouns);

// The event phrases of one parsed sentence, in word order (pure: no look at the document's mentions).
std::vector<NounEvent> find_noun_events(const Sentence& sentence, const WordSet& event_nouns,
                                        const WordSet& definite_nouns);

}  // namespace newsgraph
