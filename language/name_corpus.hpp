// Training and evaluation data of the recognizer: sentences with gold name
// spans read from GUM's CoNLL-U entity annotation (MISC Entity=) and from
// Universal NER's IOB2 files, and IOB2 output of predicted spans.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace newsgraph {

// One sentence with its gold names.
struct NameExample {
    std::string document;  // "# newdoc id" in force, "" when none
    std::string sentence_id;
    std::vector<Word> words;  // forms (GUM: also gold UPOS and heads, which the runtime replaces)
    std::vector<NameSpan> names;
    bool lowered = false;  // a lower-cased copy made for training, not text as written
};

// The GUM entity types the recognizer learns, in tag order.
const std::vector<std::string>& gum_name_types();

// Reads a GUM CoNLL-U file: every sentence with its named mentions. A mention is named when its head
// word (the one whose head lies outside it) is a PROPN (for a person, a singular one). The name is the
// run around that head, inside the mention, of PROPN words and capitalized adjectives, nouns and verbs
// ("United States"), numbers after them, and (but in a person's name) the connectors of
// lexicons/name_connectors.tsv between them ("University of Chicago"); a person's name loses the titles
// of lexicons/titles.tsv before it ("President Obama"). Of nested names the outermost is kept; types
// outside gum_name_types() are skipped. A malformed line or Entity bracket throws "FILE:LINE: what".
std::vector<NameExample> read_gum_names(std::istream& in, const std::string& file_name);
std::vector<NameExample> read_gum_names_file(const std::string& path);

// Reads a Universal NER IOB2 file (id, form, tag, two annotator columns; "#" comments); PER, ORG and
// LOC become person, organization and place, other types their lower-case names. An I- tag that continues no
// span of its type starts one. A malformed line throws Error "FILE:LINE: what is wrong".
std::vector<NameExample> read_iob2_names(std::istream& in, const std::string& file_name);
std::vector<NameExample> read_iob2_names_file(const std::string& path);

// Appends a lower-cased copy of every `every`-th example (names as in the original), so the recognizer
// learns names in text written without capitals.
void add_lowercased_copies(std::vector<NameExample>& examples, std::size_t every);

// Writes sentences in the IOB2 layout of Universal NER with `spans[i]` as the tags of examples[i]
// (person, organization, place as PER, ORG, LOC; other types upper-cased: EVENT).
void write_iob2_names(std::ostream& out, const std::vector<NameExample>& examples,
                      const std::vector<std::vector<NameSpan>>& spans);

}  // namespace newsgraph
