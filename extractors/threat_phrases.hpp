// Pipeline component that makes threat and goal phrases from the parse: a noun phrase headed by a taxonomy
// term or a general head word ("knife crime", "serious youth violence") becomes a mention of its own.
#pragma once

#include "core/extractor.hpp"

namespace newsgraph {

// Threat (or Goal) mentions for lower-case noun phrases whose head noun is a threat term of the taxonomy or a
// head word of lexicons/phrase_heads.tsv and which have at least one content modifier (compound or amod,
// lexicons/phrase_modifiers.tsv lists the ones that do not count). A phrase that is itself a taxonomy term, or
// that overlaps a mention other than the lexicon term it ends with, is left to the lexicon.
class ThreatPhraseExtractor : public Extractor {
public:
    std::string_view name() const override { return "phrases"; }
    std::vector<Annotation> needs() const override { return {Annotation::Parse, Annotation::Mentions}; }
    std::vector<Annotation> provides() const override { return {Annotation::Mentions}; }
    void run(Document& doc) const override;
};

// One phrase found in a sentence's words: words [first, head], its name and class.
struct ThreatPhrase {
    std::size_t first = 0;
    std::size_t head = 0;
    std::string name;  // the modifiers as written (lower case) and the head's lemma: "knife crime"
    EntityClass cls = EntityClass::Threat;
};

// The phrases of one parsed sentence, in word order (pure: no look at the document's mentions).
std::vector<ThreatPhrase> find_threat_phrases(const Sentence& sentence);

}  // namespace newsgraph
