// `newsgraph parse`: CoNLL-U from raw input (our tokenizer, sentence splitter,
// tagger and parser), or from a .conllu input re-tagged and re-parsed on its own words.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/error.hpp"
#include "language/language_models.hpp"
#include "language/parse_evaluation.hpp"
#include "readers/read_options.hpp"

namespace newsgraph {

// The sentences of one read document as CoNLL-U, tagged and parsed, sent ids "ID-1", "ID-2"...
std::vector<TreebankSentence> parse_document(const Document& doc, const LanguageModels& models);

// Re-tags and re-parses every sentence of a CoNLL-U file, keeping its words, sentences and comments.
std::vector<TreebankSentence> reparse_conllu(const std::string& path, const LanguageModels& models);

// Writes the CoNLL-U of every input (files, directories, "-") to `out`. An input that cannot be
// read goes to `diagnostics` as an error and is skipped; returns the number of such inputs.
std::size_t write_parses(const std::vector<std::string>& inputs, const LanguageModels& models, const ReadOptions& read,
                         std::ostream& out, const DiagnosticSink& diagnostics);

// Runs `newsgraph parse ARGS...`; returns the exit status. Throws UsageError or Error.
int run_parse(const std::vector<std::string>& args);
// Runs `newsgraph evaluate-parse GOLD PRED`; returns the exit status.
int run_evaluate_parse(const std::vector<std::string>& args);

// Prints the evaluation as the CoNLL 2018 scorer does: precision, recall, F1 and aligned accuracy per metric.
void print_parse_evaluation(const ParseEvaluation& evaluation, std::ostream& out);

}  // namespace newsgraph
