// Internal to the quote component: the attributor shared by quote_attribution.cpp (the words next to a
// quote), quote_tree_rules.cpp (the parse and the sentences around it) and quote_speakers.cpp (resolution).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "extractors/position_relations.hpp"
#include "extractors/quote_attribution.hpp"
#include "extractors/quote_finder.hpp"
#include "extractors/speech_clause.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/title_holders.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph::quote_detail {

inline constexpr std::size_t kAfterWindow = 12;       // tokens after a quote searched for "he said"
inline constexpr std::size_t kBeforeWindow = 30;      // tokens before a quote searched for "X said:"
inline constexpr std::size_t kAppositionTokens = 14;  // "Khaled Al-Maeena, editor at large at the Saudi Gazette, said"
inline constexpr std::size_t kLeadWords = 4;          // "team member Rodaba Noori told", "Professor Eastman said"
inline constexpr std::size_t kRoleWords = 6;          // "UN refugee agency chief"

enum class Gender { Unknown, Male, Female };

// What the sentence before a quote says about a pronoun speaker.
enum class Introduced { None, Person, Unclear };

enum class CandidateKind { None, Entity, Pronoun, Role };

// What the words next to a quote say about its speaker, before resolution.
struct Candidate {
    CandidateKind kind = CandidateKind::None;
    std::size_t entity = 0;
    std::string pronoun;
    std::size_t role_first = 0, role_end = 0;  // token range of a role phrase
    std::size_t first = 0, end = 0;            // token range of the attribution
    std::string rule;
    double confidence = 0.0;  // when set, the confidence of a speaker found from the context
};

// Speaker pronouns, honorifics and the words between a speaker and the speech verb: lexicons/word_lists.tsv.
inline bool is_pronoun(const std::string& w) { return has(word_list("speaker pronoun"), w); }
inline bool is_honorific(const std::string& w) { return has(word_list("honorific"), w); }
inline bool is_adverb(const std::string& w) { return has(word_list("speech adverb"), w); }
// The gender word `w` marks by the word lists `male` and `female`.
inline Gender gender_of(const std::string& w, std::string_view male, std::string_view female) {
    if (has(word_list(male), w)) return Gender::Male;
    return has(word_list(female), w) ? Gender::Female : Gender::Unknown;
}
inline bool is_boundary(const std::string& w) { return w == "." || w == "?" || w == "!" || w == ";"; }
// Punctuation between a quote and its attribution: commas, dashes, closing marks.
inline bool is_skippable(const std::string& w) {
    return w == "," || w == "-" || w == "\u2014" || w == "\u2013" || w == "\"" || w == "\u201D" || w == "'" ||
           w == "\u2019";
}
// Verbs whose object is the listener, not the speaker ("told Reuters").
inline bool is_listener_verb(const std::string& w) { return has(word_list("listener verb"), w); }
inline bool is_dash(const std::string& w) { return w == "-" || w == "\u2014" || w == "\u2013"; }
inline bool is_speaker_class(EntityClass cls) { return cls == EntityClass::Person || cls == EntityClass::Organization; }

// Attributes the quotes of one document, in text order; one object per call of attribute_quotes.
class Attributor {
public:
    Attributor(const Document& doc, const std::vector<FoundQuote>& quotes, const std::set<std::string>& verbs,
               const std::vector<Position>& positions, const TitleLexicon& titles, std::vector<scan::Token> tokens);
    std::vector<Attribution> run();

private:
    const Document& doc_;
    const std::vector<FoundQuote>& quotes_;
    const std::set<std::string>& verbs_;
    const std::vector<Position>& positions_;
    const TitleLexicon& titles_;
    scan::Paragraphs paragraphs_;
    std::vector<scan::Token> tokens_;
    std::vector<std::string> words_;
    std::vector<scan::Placed> placed_;
    std::vector<std::pair<std::size_t, std::size_t>> quote_tokens_;
    std::map<std::size_t, Gender> gender_;
    std::vector<std::size_t> speakers_;  // resolved speakers, in order
    std::unique_ptr<TitleHolders> holders_;

    std::size_t paragraph_of_token(std::size_t t) const { return paragraphs_.of(tokens_[t].span.begin); }

    // True when token t stands inside a quotation.
    bool in_quote(std::size_t t) const;
    // True when the mention owns what follows it ("Serem's coach", "Mr Mahmood's daughter").
    bool owns_next(const scan::Placed& p) const;
    // Speech verb at token t, possibly two words ("pointed out", "according to").
    std::size_t verb_at(std::size_t t) const;
    // Genders of people from the honorific next to their names ("Ms. Lopez").
    void find_genders();
    // The mention starting at token t, past an honorific or "the"; null when none.
    const scan::Placed* mention_at(std::size_t t) const;
    // Words from t up to punctuation that end in a title ("UN chief"): their end token, or t when not a role.
    std::size_t role_phrase_end(std::size_t t, std::size_t limit) const;
    // Words ending right before t that end in a title: their first token, or t when not a role.
    std::size_t role_phrase_begin(std::size_t t, std::size_t floor) const;
    // "...," he said / X said / said X / according to X / says UN chief.
    Candidate after_quote(std::size_t qi) const;
    // X said: "..." / X told Y that "..." / According to X, "..."
    Candidate before_quote(std::size_t qi) const;
    // True when the clause's verb or subject stands inside a quotation.
    bool clause_in_quote(const SpeechClause& clause) const;
    // The person (else organization) named in tokens [first, end), or null.
    const scan::Placed* named_in(std::size_t first, std::size_t end) const;
    // A candidate from a speaker phrase of the parse: a pronoun, a person or organization named in it, or a title.
    Candidate candidate_of(const SpeechClause& clause) const;
    // Makes `c` the organization a definite `noun` at byte `at` stands for ("the company", "the authority"), if
    // any, with `rule` added to its rule and a pronoun's confidence.
    void refer_to_organization(Candidate& c, std::size_t at, const std::string& noun, std::string_view rule) const;
    // The speaker the parse gives: the subject of the speech verb whose clause holds or neighbours the quote.
    Candidate from_tree(std::size_t qi) const;
    // When nothing next to the quote names a speaker: the sentences around it (quote_tree_rules.cpp).
    Candidate from_context(std::size_t qi, const std::vector<Attribution>& done) const;
    // Words of the quote's paragraph before it; true when there are none.
    bool opens_paragraph(std::size_t qi) const;
    // "Rathbun stated," / "X called the ruling "dangerous":" ending the paragraph before a quoted paragraph.
    Candidate introduced(std::size_t qi) const;
    // A quote inside a sentence ("Smith called the plan 'a dangerous gamble'"): the sentence's subject, a person.
    Candidate partial(std::size_t qi) const;
    // A quote opening its sentence after "Heald noted ..." in the same paragraph: the one who was reported.
    Candidate previous_sentence(std::size_t qi) const;
    // A paragraph that is only a quote, after a paragraph that ends with an attributed quote: the same voice.
    Candidate paragraph_continuation(std::size_t qi, const std::vector<Attribution>& done) const;
    // True when quote i follows quote i-1 in the same paragraph with only its attribution between
    // (no other person or organization named outside that attribution, no new paragraph).
    bool continues(std::size_t i, const Attribution& previous) const;
    // "the charity's Ms. Okafor": when two people share the name, the one holding a position in the organization
    // the possessive refers to; else the candidate's own entity.
    std::size_t namesake_by_organization(const Candidate& c) const;
    std::size_t namesake_by_organization(const scan::Placed& m) const;
    // True when `person` holds a position in `organization` ("said X, Head of EC3": EC3 does not interrupt X).
    bool employs(std::size_t organization, std::size_t person) const;
    // True when `pronoun` can stand for the entity (class, and gender when known).
    bool compatible(std::size_t entity, const std::string& pronoun) const;
    // The person the sentence before quote qi introduces it with: its parse subject, else its first person;
    // Unclear when another person the pronoun can stand for comes before that subject.
    Introduced introducing_person(std::size_t qi, const std::string& pronoun, std::size_t& entity) const;
    // introducing_person for one sentence before the quote; `reported`: a sentence after it reported speech.
    Introduced introducing_sentence(std::size_t qi, const Sentence& previous, const std::string& pronoun, bool reported,
                                    std::size_t& entity) const;
    // For a sentence of another paragraph than quote qi's that reports no speech ("Shabnam Bibi, a mother of
    // four, watched as ..."), from token `first`: its subject (or the one person it names) when that fits the
    // pronoun, is new there, is named again after the quote in its paragraph and another person spoke last;
    // Unclear when such a person or the last speaker could be meant; None when the last speaker is the only one
    // the pronoun fits (or no one spoke before).
    Introduced acting_subject(std::size_t qi, const Sentence& previous, std::size_t first, const std::string& pronoun,
                              std::size_t& entity) const;
    // True when `sentence` opens with a pronoun of `pronoun`'s gender and names no person outside quotes.
    bool opens_with_pronoun_alone(const Sentence& sentence, const std::string& pronoun) const;
    // True when the pronoun's own sentence names, before it and outside quotes, a compatible person other than
    // `entity` ("Thomas' sister pleaded with him, but he replied"): the pronoun is ambiguous.
    bool rivalled(std::size_t qi, const Candidate& c, std::size_t entity) const;
    // The person a speaker pronoun stands for: the one who introduced the quote, else the last compatible speaker.
    bool resolve_pronoun(std::size_t qi, const std::string& pronoun, std::size_t& entity) const;
    // The one person holding the role of a candidate, by position or by a title the article gave.
    bool resolve_role(const Candidate& c, std::size_t& entity) const;
    // The one person whose position (in the organization the role names, if any) fits the role's title.
    bool resolve_position(const Candidate& c, std::size_t& entity) const;
    // The attribution of quote qi from its candidate; records the speaker for later pronouns.
    Attribution resolve(std::size_t qi, const Candidate& c);
};

}  // namespace newsgraph::quote_detail
