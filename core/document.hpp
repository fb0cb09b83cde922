// One article as it moves through the pipeline: its text and metadata, and
// every annotation extractors add to it (sentences, mentions, resolved
// entities, relations). Extractors touch nothing else.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/entity_class.hpp"
#include "core/predicate.hpp"
#include "core/span.hpp"

namespace newsgraph {

// Something an upper layer derives from a document and keeps with it for reuse (the extractors keep
// their sentence scans here); core never looks inside.
class DocumentCache {
public:
    virtual ~DocumentCache() = default;
};

// Where an article came from; every field may be empty.
struct DocumentMeta {
    std::string title;
    std::string date;  // ISO 8601 date or date-time as found
    std::string url;
    std::string source_path;      // file the reader took it from ("-" for stdin)
    std::string language = "en";  // BCP-47 tag
};

// One syntactic word of the parse (UD conventions): "don't" is two words, "do" and "n't".
struct Word {
    Span span;         // bytes of Document::text; the words of one multiword token share its span
    std::string form;  // as the tagger and parser saw it (may differ from the text for multiword tokens)
    std::string lemma;
    std::string upos;    // universal part-of-speech tag
    std::string xpos;    // Penn Treebank tag
    int head = -1;       // index into Sentence::words of the head word; -1 for the root
    std::string deprel;  // universal dependency relation
};

// A named-entity span the recognizer found over one sentence's words.
struct NameSpan {
    std::size_t first = 0;    // index into Sentence::words of its first word
    std::size_t end = 0;      // one past its last word
    std::string type;         // GUM entity type: "person", "organization", "place", "event", ...
    double confidence = 0.5;  // the recognizer's confidence in span and type
};

struct Sentence {
    Span span;
    std::vector<Span> tokens;  // words and punctuation, in order
    bool headline = false;     // the first line of an article when it reads as a title
    // The folded form of each token (fold_token), made once by the splitter for every lexicon look-up
    // after it; empty when the sentences were made another way.
    std::vector<std::string> folded{};
    // The parse, when the language annotator ran: words with tags, lemmas and a dependency tree. The noun-events
    // component rewrites it once (an "-ing" event noun read as a verb becomes a noun) for the components after it.
    std::vector<Word> words{};
    // Named-entity spans over `words`, when the name recognizer ran; in order, never overlapping.
    std::vector<NameSpan> names{};
};

// One surface occurrence of a would-be entity, as an extractor found it.
struct Mention {
    Span span;
    EntityClass cls = EntityClass::Person;
    std::string name;  // the name this mention proposes (lexicon canonical form or cleaned surface)
    double confidence = 0.5;
    std::string rule;  // "extractor/rule" that produced it
    std::string key;   // lexicon key when a lexicon matched (same key = same entity)
    int entity = -1;   // index into Document::entities once resolved
};

// An entity within one document after resolution: several mentions, one name.
struct Entity {
    EntityClass cls = EntityClass::Person;
    std::string name;                  // canonical: the fullest form seen
    std::vector<std::string> aliases;  // every other surface form, sorted, unique
    double confidence = 0.5;
    std::vector<std::size_t> mentions;  // indices into Document::mentions
    std::string key;                    // lexicon key, when one matched
    // Class-specific values.
    std::string text;      // Quote: the quoted words
    double value = 0.0;    // Amount: value in units
    std::string currency;  // Amount: ISO 4217 code
    Span span;             // Quote/Amount/Event: where it stands in the text
    std::string date;      // Event: when it happened, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), when the text says
};

// What supports one relation: the sentence and offsets it came from.
struct Evidence {
    std::string document;  // Document::id
    Span span;             // bytes of the supporting text (usually the sentence)
    std::string sentence;  // that text, copied so it survives the document
    double confidence = 0.5;
    std::string extractor;  // component name
    std::string rule;       // rule id inside the component
};

// A typed relation between two entities of the same document.
struct Relation {
    std::size_t subject = 0;  // index into Document::entities
    Predicate predicate = Predicate::CoOccursWith;
    std::size_t object = 0;
    std::string role;  // holdsPosition: the title as written
    Evidence evidence;
};

struct Document {
    std::string id;  // unique within a run; becomes the article IRI
    std::string text;
    DocumentMeta meta;

    std::vector<Sentence> sentences;
    std::vector<Mention> mentions;
    std::vector<Entity> entities;
    std::vector<Relation> relations;

    // Not part of the article: a result the extractors derive once and reuse (the sentences' word
    // scans, which the quote component builds and the relation component reuses instead of
    // tokenizing every sentence again). Its owner checks it still fits before each use.
    std::shared_ptr<const DocumentCache> cache;

    std::string_view view(const Span& span) const { return span.of(text); }
    // Index of the sentence containing byte offset `at`, or sentences.size().
    std::size_t sentence_at(std::size_t at) const;
};

}  // namespace newsgraph
