// Turns input files into Documents: picks the reader by extension, expands
// directories, and normalizes text (BOM, line endings, invalid UTF-8, control
// characters), within the limits of ReadOptions.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/error.hpp"
#include "readers/read_options.hpp"

namespace newsgraph {

// Kind of input a path holds, judged by its extension: .md/.markdown, .html/.htm,
// .jsonl/.ndjson; anything else is plain text.
InputKind input_kind(const std::string& path);

// Expands directories (recursively, sorted, keeping files with a known
// extension but not hidden files or README/LICENSE/CHANGELOG/NOTICE) and keeps
// files and "-" as given. Throws Error for a path that does not exist or a
// directory that cannot be listed; a subdirectory that cannot be listed is
// reported to `problems` as an error and left out.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, const DiagnosticSink& problems = {});

// Reads one input into documents, calling `emit` for each. Problems that
// leave usable text (invalid UTF-8 replaced) go to `diagnostics`; an input
// that cannot be read at all (or is larger than options.max_document_size)
// throws Error naming the file.
void read_input(const std::string& path, const std::function<void(Document&&)>& emit, const DiagnosticSink& diagnostics,
                const ReadOptions& options = {});

// Input kind named on the command line ("text", "markdown", "html", "jsonl").
std::optional<InputKind> input_kind_from_name(const std::string& name);

// Normalizes raw bytes into article text: drops a UTF-8 BOM, turns CRLF and
// lone CR into LF, replaces invalid UTF-8 and removes control characters and
// U+FFFE/U+FFFF (each reported to `diagnostics`, or thrown as Error when
// `strict`), and rejects binary content and UTF-16 with Error.
std::string normalize_input_text(std::string bytes, const std::string& path, const DiagnosticSink& diagnostics,
                                 bool strict = false);

// Removes C0 control characters but TAB and LF (FF and VT become LF) and the
// non-characters U+FFFE and U+FFFF from valid UTF-8; returns how many went.
std::size_t remove_control_characters(std::string& text);

// "N bytes, more than --max-document-size (M bytes); skipped": the message for an oversized article.
std::string too_large_message(std::uintmax_t size, std::uintmax_t limit, bool at_least = false);

// Document id for a path: its file name without extension.
std::string document_id_for(const std::string& path);

}  // namespace newsgraph
