// Shared scanning helpers for the rule-based quote and relation components:
// a light word tokenizer over byte spans, cue-phrase matching, mention lookup
// and paragraph numbering. Pure functions, no state.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"

namespace newsgraph::scan {

// One word or punctuation mark; `low` is the folded form used for matching.
struct Token {
    Span span;
    std::string low;
    bool word = false;
};

// Words (letters, digits, inner hyphens, apostrophes and abbreviation dots) and single punctuation marks in `range`.
std::vector<Token> tokenize(std::string_view text, Span range);

// A cue phrase split into lower-case words; "*" stands for up to `kWildcardWords` words.
std::vector<std::string> split_cue(std::string_view cue);
inline constexpr std::size_t kWildcardWords = 4;

// Number of tokens the cue covers when it starts at tokens[at], or 0 when it does not match there.
std::size_t match_cue(const std::vector<Token>& tokens, std::size_t at, const std::vector<std::string>& cue);

// Indices of mentions that lie inside `range` and are resolved to an entity, ordered by position.
std::vector<std::size_t> resolved_mentions_in(const Document& doc, Span range);

// The document's mentions ordered by where they begin, built once so that each sentence finds its mentions
// without looking at all of them. Valid while doc.mentions is not changed.
class MentionsByBegin {
public:
    explicit MentionsByBegin(const Document& doc);
    const Document& doc() const { return doc_; }
    // Same as resolved_mentions_in(doc, range).
    std::vector<std::size_t> resolved_in(Span range) const;

private:
    const Document& doc_;
    std::vector<std::size_t> order_;
};

// Index of the first token that starts at or after byte `offset`.
std::size_t token_at_or_after(const std::vector<Token>& tokens, std::size_t offset);

// Paragraph number (0-based, blank-line separated) of every byte offset, computed once per document.
class Paragraphs {
public:
    explicit Paragraphs(std::string_view text);
    // Paragraph holding byte `offset`.
    std::size_t of(std::size_t offset) const;

private:
    std::vector<std::size_t> starts_;
};

// The class names a pattern file uses ("Person", or "Actor" for Person, Organization and Event).
std::vector<EntityClass> parse_classes(std::string_view list);

// True when `cls` is one of `classes`.
bool class_in(EntityClass cls, const std::vector<EntityClass>& classes);

// Evidence for a relation found in `span` of `doc`.
Evidence make_evidence(const Document& doc, Span span, double confidence, std::string_view extractor,
                       std::string_view rule);

// The sentence span holding byte `offset`, or the empty span [offset, offset) when no sentence holds it.
Span sentence_span_at(const Document& doc, std::size_t offset);

// True when the document already holds an identical relation (same ends, predicate and role).
bool has_relation(const Document& doc, const Relation& relation);

// Every name form of an entity, folded: name and aliases, plus their dotless forms ("U.N." -> "un").
std::vector<std::string> folded_names(const Entity& entity);

// Initials of the capitalised words of a name ("United Nations" -> "un"), empty for one-word names.
std::string acronym_of(std::string_view name);

// A resolved mention located on a token list: tokens [first, end) cover it.
struct Placed {
    std::size_t mention = 0;
    std::size_t entity = 0;
    EntityClass cls = EntityClass::Person;
    std::size_t first = 0;
    std::size_t end = 0;
};

// The resolved mentions inside `range`, placed on `tokens` (a tokenization of a range holding it), in order.
std::vector<Placed> place_mentions(const Document& doc, const std::vector<Token>& tokens, Span range);
std::vector<Placed> place_mentions(const MentionsByBegin& mentions, const std::vector<Token>& tokens, Span range);

// One sentence as the sentence-by-sentence finders read it.
struct ScannedSentence {
    std::vector<Token> tokens;
    std::vector<std::string> words;  // tokens[i].low
    std::vector<Placed> placed;      // the resolved mentions inside the sentence, placed on `tokens`
};

// Every sentence of a document tokenized and placed once, shared by the finders of one component
// (each would otherwise tokenize every sentence again). Valid while the document's text, sentences,
// mentions and entity classes do not change.
class ScannedSentences : public DocumentCache {
public:
    explicit ScannedSentences(const Document& doc);
    // The scan of doc.sentences[index].
    const ScannedSentence& operator[](std::size_t index) const { return sentences_[index]; }
    // True when `doc` holds the text, sentences, mentions and entity classes these scans were made from.
    bool fit(const Document& doc) const { return fingerprint_ == fingerprint(doc); }

private:
    static std::size_t fingerprint(const Document& doc);
    std::vector<ScannedSentence> sentences_;
    std::size_t fingerprint_ = 0;
};

// tokenize(doc.text, {0, doc.text.size()}), joined from the sentences' scans (and the text between sentences)
// when every sentence edge has a space on one side, so that no token of the whole text could cross it.
std::vector<Token> document_tokens(const Document& doc, const ScannedSentences& scans);

// The scans kept in doc.cache when they still fit the document, else new ones, kept there for the next user.
// The last user drops them (doc.cache.reset()).
std::shared_ptr<const ScannedSentences> shared_scans(Document& doc);

// The placed mention that starts exactly at token `at`, or nullptr.
const Placed* starting_at(const std::vector<Placed>& placed, std::size_t at);

// The placed mention that ends exactly before token `end`, or nullptr.
const Placed* ending_at(const std::vector<Placed>& placed, std::size_t end);

// Entity of class `cls` named `folded_phrase` (a name or alias the text uses, else the acronym of exactly
// one entity's name); entities.size() when none is, or when the phrase names an entity of another class.
std::size_t entity_named(const Document& doc, std::string_view folded_phrase, EntityClass cls);

// The same lookup, indexed once per document: many lookups over a document with
// thousands of entities stay cheap. Valid while the document's entities do not change.
class EntityNameIndex {
public:
    explicit EntityNameIndex(const Document& doc);
    // Same answer as entity_named(doc, folded_phrase, cls).
    std::size_t find(std::string_view folded_phrase, EntityClass cls) const;

private:
    std::size_t none_;
    std::vector<EntityClass> classes_;
    std::unordered_map<std::string, std::size_t> by_name_;                   // first entity using the name
    std::map<std::pair<EntityClass, std::string>, std::size_t> by_acronym_;  // none_ when several share it
};

// True for a quotation mark written as a token of its own (straight or curly, double or single).
bool is_quote_mark(std::string_view word);

// True for a word that carries a possessive ending ("UNODC's").
bool ends_with_possessive(const std::string& word);

// True for a noun by which news text refers back to a named organization ("the company", "the charity").
bool is_organization_noun(const std::string& word);

// True for a word that, after a comma, joins a clause of its own ("..., and the Gates Foundation pledged").
bool is_clause_coordinator(const std::string& word);

// The organization whose name holds `noun` (may be empty) last mentioned before byte `offset`, else the one last
// mentioned (for an empty `noun`, "its", in the sentence of `offset` or the one before); entities.size() when none.
std::size_t organization_before(const Document& doc, std::size_t offset, const std::string& noun);

}  // namespace newsgraph::scan
