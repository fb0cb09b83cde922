// Who speaks, read from the dependency parse of one sentence: the speech verb
// that introduces a quotation and its subject ("X said", "said X", "X told
// reporters:", "according to X"), or the subject of the sentence's main verb.
#pragma once

#include <set>
#include <string>

#include "core/document.hpp"

namespace newsgraph {

// A speaker phrase the parse gives for a quotation.
struct SpeechClause {
    bool found = false;
    Span verb;              // the speech verb, or "according to"
    Span subject;           // the speaker phrase: its head word with the name and title words before it
    Span name;              // a name attached to the subject's head ("coach Nabil Maaloul"), or empty
    bool apposed = false;   // that name is an apposition (the subject is that person)
    Span body;              // a definite noun the subject's head speaks for ("a spokesman for the agency"), or empty
    std::string head_word;  // the head word, lower case
    bool pronoun = false;   // the head is a pronoun
    bool governs = false;   // the verb's clausal complement holds the quote (not merely next to it)
    std::string rule;       // "quote/tree-subject", "quote/tree-according-to" or "quote/tree-sentence-subject"
};

// The speech clause of the quotation `quote` (outer span) in sentence `s`: the subject of a speech verb whose
// complement holds the quote, else "according to X", else the subject of the speech verb nearest the quote.
// `verbs`: speech verb forms, lower case. Not found when the sentence has no parse, or is too long to search.
SpeechClause speech_clause(const Sentence& s, Span quote, const std::set<std::string>& verbs);

// The subject of the main verb of `s`, when it stands outside `exclude` (a quote inside the sentence).
SpeechClause sentence_subject(const Sentence& s, Span exclude);

// The subject of the main verb of `s` when `quote` is a phrase inside its clause, not a clause of its own
// ("Smith called the plan 'a dangerous gamble'"; not "in the words of X, 'Gloria spent ...'").
SpeechClause partial_quote_subject(const Sentence& s, Span quote);

// The subject of the speech verb of `s` nearest its end ("Rathbun stated," before a quoted paragraph).
SpeechClause last_speech_subject(const Sentence& s, const std::set<std::string>& verbs);

}  // namespace newsgraph
