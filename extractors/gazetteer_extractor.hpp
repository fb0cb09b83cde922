// Pipeline component that marks known organizations, places, threats and
// goals from the lexicons (provides Mentions carrying lexicon keys).
#pragma once

#include <memory>
#include <optional>

#include "core/extractor.hpp"
#include "extractors/gazetteer.hpp"

namespace newsgraph {

// Longest-match lexicon tagger. Demonyms ("Afghan") count as the country only
// when the document also names the country itself.
class GazetteerExtractor : public Extractor {
public:
    // Loads its own gazetteer.
    GazetteerExtractor();
    // Shares `gazetteer` with the other components of the pipeline.
    explicit GazetteerExtractor(std::shared_ptr<const Gazetteer> gazetteer);
    std::string_view name() const override { return "gazetteer"; }
    std::vector<Annotation> needs() const override { return {Annotation::Sentences, Annotation::Tokens}; }
    std::vector<Annotation> provides() const override { return {Annotation::Mentions}; }
    void run(Document& doc) const override;

private:
    // True when a public office ("minister", "president") is one of the three folded tokens from `at`, or a
    // government the token at `at` ("the Kenyan government").
    bool office_follows(const std::vector<std::string>& folded, std::size_t at) const;
    // True when a goal lexicon match at token `at` is the tail of a longer capitalized name.
    bool inside_longer_goal_name(const Document& doc, const Sentence& sentence, std::size_t at,
                                 const GazetteerHit& hit) const;
    // "Greater Manchester": a place mention at token `at` widened over the area word before it.
    static void widen_to_area(const Document& doc, const Sentence& sentence, const std::vector<std::string>& folded,
                              std::size_t at, Mention& place);
    // "Detroit-based", "London-born", "Nato-led": the place or organization a hyphenated word with a lower-case
    // tail begins with.
    std::optional<Mention> name_before_hyphen(const Document& doc, Span token) const;
    // "New York-based", "Hong Kong-led": a place of two or three words, the last of them token i before its
    // hyphen and a lower-case word.
    std::optional<Mention> words_before_hyphen(const Document& doc, const std::vector<Span>& tokens,
                                               std::size_t i) const;
    // "D-Mass.", "R-Texas" after a legislator's name: the state after a party initial and a hyphen.
    std::optional<Mention> place_after_initial(const Document& doc, Span token) const;
    // "Redmond, Washington", "Atlanta, Georgia", "Paris, Texas": a place after a comma says where the one before it
    // lies. A city read after a comma is the state of that name ("Washington State", not the capital); a country
    // is the state when the place before lies in the state's country (Atlanta, not Tbilisi); and a known city of
    // another country than the place after it is another city of that name, kept apart from the known one.
    void settle_comma_pairs(const Document& doc, std::vector<Mention>& found) const;
    // The one state whose canonical name begins with `word` ("Georgia, U.S.", "Washington State"), or nullptr.
    const GazetteerEntry* state_named(std::string_view word) const;
    // The key of the country `entry` lies in (itself for a country); empty when none.
    std::string country_of(const GazetteerEntry* entry) const;

    std::shared_ptr<const Gazetteer> gazetteer_;
};

// Folded form of every token of a sentence (see fold_token): those the splitter made, else computed into `scratch`.
const std::vector<std::string>& folded_tokens(const Document& doc, const Sentence& sentence,
                                              std::vector<std::string>& scratch);

}  // namespace newsgraph
