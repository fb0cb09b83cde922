// Shared pieces of the libFuzzer targets: fuzz bytes as an input file, the
// default pipeline, and the checks that an export is still parseable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "exporters/format.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph::fuzz {

// Stops the run so libFuzzer records the input; `what` says which check failed.
[[noreturn]] void fail(std::string_view what, std::string_view detail = {});

// Writes `bytes` to this process's scratch file ending in `extension` (".md")
// and returns its path; the file is removed at exit.
std::string scratch_file(std::string_view bytes, std::string_view extension);

// Fails unless `text` is valid UTF-8; `what` names the field checked.
void check_utf8(std::string_view text, std::string_view what);

// Reads `bytes` as `newsgraph build` reads a file ending in `extension`: a
// refusal (Error) is fine; anything else thrown, or a document with invalid
// UTF-8 or no id, is a finding.
void read_as_file(std::string_view bytes, std::string_view extension);

// Reads `bytes` as `newsgraph merge` reads an RDF file ending in `extension`
// and rebuilds a graph from its triples: a refusal (Error) is fine; anything
// else thrown is a finding.
void import_as_file(std::string_view bytes, std::string_view extension);

// Fails unless every annotation of `doc` points inside its text and at
// entities that exist (sentences, tokens, mentions, relations).
void check_document(const Document& doc);

// Runs the default pipeline (built once) over `doc`.
void run_pipeline(Document& doc);

// The graph `newsgraph build` makes of one article with this text.
KnowledgeGraph graph_of_text(std::string text);

// Writes `graph` in every text format and fails unless each output parses:
// XML with libxml2, JSON with RapidJSON, and every RDF format read back by
// `newsgraph merge`'s reader, all giving the same number of triples.
void check_exports(const KnowledgeGraph& graph);

}  // namespace newsgraph::fuzz
