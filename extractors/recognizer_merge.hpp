// Pipeline component that joins the learned recognizer's names to the lexicon and rule mentions: a
// recognized name that nothing else found and that reads as a name becomes a mention; where the
// lexicons or the rules found something, they decide unless their evidence is weak.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>

#include "core/extractor.hpp"
#include "extractors/gazetteer.hpp"
#include "extractors/name_cues.hpp"
#include "extractors/name_lexicons.hpp"
#include "extractors/recognized_names.hpp"
#include "language/tokenizer.hpp"

namespace newsgraph {

// The folded tokens of a sentence right before and after a name (up to three each).
struct NameContext {
    std::vector<std::string> before, after;
};

// Runs after the gazetteer and the name rules. By the weight of each source's evidence: a confident recognized name
// replaces weak rule mentions it disagrees with (a longer or shorter span, or a plain name's class); a rule's plain
// capitalized phrase stands only where the recognizer found a name over some of its words; a lexicon name written in
// lower case ("india") is added where the recognizer finds it. A person the rules found only on weak evidence (a plain
// capitalized name, one word before "said") becomes an organization where the recognizer reads the same words as one,
// or the words before say so ("the news agency Tass", "an economist at Merrill Lynch").
class RecognizerMerge : public Extractor {
public:
    RecognizerMerge();
    // Shares `gazetteer` with the other components of the pipeline.
    explicit RecognizerMerge(std::shared_ptr<const Gazetteer> gazetteer);
    std::string_view name() const override { return "recognizer"; }
    std::vector<Annotation> needs() const override { return {Annotation::Names, Annotation::Mentions}; }
    std::vector<Annotation> provides() const override { return {Annotation::Mentions}; }
    void run(Document& doc) const override;
    // The titles and describing words it strips from the front of a person's name.
    NameTrimming trimming() const { return {lexicons_.titles, *gazetteer_}; }

private:
    // True when `m` is a one-word lexicon name that is also an ordinary English word the tagger read as one
    // ("Nice teachers", "Epic"): it stands only where the recognizer found a name over it.
    bool common_word_name(const Document& doc, const Mention& m) const;
    // True when `m` names an organization that an apposition or a headquarters clause describes as a body
    // ("Shell, a British oil company", "Shell, which is headquartered in London"): it stands without the recognizer.
    bool described_as_body(const Document& doc, const Mention& m) const;
    // True when a confident recognized person has the words of a rule mention found by a head word of another
    // class alone, and they are a given name and that word ("Linda Park", which the rules read as a park): the
    // recognizer read the context.
    bool given_name_before_head(const Document& doc, const Mention& rule_mention, const Mention& recognized) const;
    // True when a confident recognized person has the words of a place the gazetteer found, with a person noun
    // right before them ("the singer Bono", "Irish singer Bono"): the noun says who the name is.
    bool described_person(const Document& doc, const Mention& rule_mention, const Mention& recognized) const;
    // "Actor Orlando Bloom" opening a sentence: a person noun capitalized by its place alone is no part of the
    // recognized name after it, which is a person's; a name that ends as a body's does keeps it.
    void drop_person_noun_opener(const Document& doc, const Sentence& sentence, std::vector<Mention>& names) const;
    // True when a recognized name opens with no given name and ends in a country right after a capitalized word
    // ("Athletics Kenya", "Hitwise UK"; not "Steve Israel", "the Republic of Chad", "North Korea"): read as a person,
    // it is a national body; read as a body, the country is part of its name.
    bool national_body(const Mention& name) const;
    // A plain capitalized name read as a person on its shape alone, listed between two places ("across Albay,
    // Camarines Sur and Masbate"), is a place.
    void places_in_lists(Document& doc) const;
    // The recognizer's names of each sentence, in sentence order.
    std::vector<std::vector<Mention>> recognized(const Document& doc) const;
    // Which mentions of doc.mentions the recognizer's `names` outweigh: weak rule mentions a confident name
    // overlaps (it replaces them; its span joins `replacing`), and the weakest rule names no recognized name overlaps.
    std::vector<bool> outweighed(const Document& doc, const std::vector<std::vector<Mention>>& names,
                                 const std::unordered_set<std::string>& lower_words,
                                 std::vector<Span>& replacing) const;
    // True when a recognized name nothing else found becomes a mention: confident and plausible, or a lexicon
    // name written in lower case (as confident as one that replaces rule mentions); `replacing`: the names that
    // replace rule mentions, which need less confidence.
    bool addable(const Document& doc, const Sentence& sentence, const Mention& name,
                 const std::unordered_set<std::string>& lower_words, const std::vector<Span>& replacing) const;
    // Retypes the weak people of one sentence as above; `names`: the recognizer's names in the sentence, `weak`: the
    // indices of the mentions of people found on weak evidence.
    void retype_weak_people(Document& doc, const Sentence& sentence, const std::vector<Mention>& names,
                            const std::vector<std::size_t>& weak) const;
    // Retypes as an organization each one-word lexicon region ("Amazon"; not a country, state or city) that the
    // recognizer confidently reads as one where no definite article stands before it ("Shares of Amazon rose", not
    // "fires in the Amazon"): a region takes the article, a company does not.
    // People named by the same words as a person mention these steps retyped as an organization become one too.
    static void retype_same_names(Document& doc, const std::vector<bool>& was_person);
    void regions_read_as_companies(Document& doc, const std::vector<std::vector<Mention>>& names) const;
    // Retypes as an organization every bare mention of a lexicon region that is somewhere the subject of what
    // companies do (word list "company verb": "Amazon hired Dave Clark"), not after "the".
    void regions_acting_as_companies(Document& doc) const;
    // True when `m` is a one-word lexicon place that may also name a company: not a country, state or city.
    bool company_region(const Document& doc, const Mention& m) const;
    // Makes such a mention the company, unless "the" stands before it (a region takes the article, a company not).
    void region_as_company(const Document& doc, Mention& m) const;
    // True when a recognized one-word person `name` is more likely a company: it owns a title held in an
    // organization ("Lee Iacocca, Chrysler's chairman") and is no given name, and no person of that name was
    // introduced before it (among doc.mentions or the names `added` so far: "Obama's spokesman" stays a person).
    bool company_owner(const Document& doc, const Sentence& sentence, const Mention& name,
                       const std::vector<Mention>& added) const;
    // A one-word name that owns a title held in an organization anywhere in the article ("Lee Iacocca, Chrysler's
    // chairman") names a company in all its mentions: each one-word person of that name becomes an organization
    // ("Chrysler said", which the rules and the recognizer read as a person), and the owning word itself is one
    // where nothing found it. Not a given name, nor the word of a person named in full ("Barack Obama ... Obama's
    // spokesman"); not a word the article writes in lower case or an ordinary word (`lower_words`).
    void title_owners_as_companies(Document& doc, const std::unordered_set<std::string>& lower_words) const;
    // A one-word name of a well-known company (lexicons/company_names.tsv) is an organization: a person the rules
    // or the recognizer made of it ("Unilever said") becomes one, and a proper noun standing alone that nothing
    // found is one ("Shares of Glencore rose"), unless it follows a locative word ("in Fargo"). Not a given name,
    // a word of a person named in full, or a word the article writes in lower case.
    void known_companies(Document& doc, const std::unordered_set<std::string>& lower_words) const;
    // Makes organizations (with `rule`) of the one-word people whose folded word is one of `words`, and adds one
    // over each span of `unfound` that no mention covers.
    void as_companies(Document& doc, const std::unordered_set<std::string>& words, const std::vector<Span>& unfound,
                      const std::string& rule) const;
    // Capitalized words joined by "&" name one organization ("Marks & Spencer", "Baker & McKenzie", "Procter &
    // Gamble"), not two people: the mentions inside give way to it. Not a known place ("Trinidad & Tobago"), nor
    // where a mention reaches past it; not two given names ("Mary & Leigh"), two ordinary words or words the
    // article writes in lower case (`lower_words`: "Science & Medicine"), nor a credit after a colon ("Video: Ann
    // Cole & Bo Lind").
    void ampersand_names(Document& doc, const std::unordered_set<std::string>& lower_words) const;
    // True when a recognized name nothing else found reads as a name: capitalized words or connectors, no title
    // in a person's name, not a title alone, no ordinary word or word the article writes in lower case alone.
    // `around`: the folded tokens around the name in its sentence (a title may begin inside the name, or end in it).
    bool plausible(const Mention& name, const std::unordered_set<std::string>& lower_words,
                   const NameContext& around) const;

    std::shared_ptr<const Tokenizer> tokenizer_ = Tokenizer::shared();
    std::shared_ptr<const Gazetteer> gazetteer_;  // demonyms ("Iraqi") are the gazetteer's to decide
    std::shared_ptr<const NameCues> cues_ = NameCues::shared();
    NameLexicons lexicons_;  // titles, stripped from the front of a person's name
};

}  // namespace newsgraph
