// Turns input files into Documents: picks the reader by extension, expands
// directories, and normalizes text (BOM, line endings, invalid UTF-8).
#pragma once

#include "core/document.hpp"
#include "core/error.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph {

enum class InputKind { Text, Markdown, Html, JsonLines };

// Kind of input a path holds, judged by its extension: .md/.markdown, .html/.htm,
// .jsonl/.ndjson; anything else is plain text.
InputKind input_kind(const std::string& path);

// Expands directories (recursively, sorted, keeping files with a known
// extension but not hidden files or README/LICENSE/CHANGELOG/NOTICE) and keeps
// files and "-" as given. Throws Error for a path that
// does not exist or cannot be listed.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths);

// Reads one input into documents, calling `emit` for each. Problems that
// leave usable text (invalid UTF-8 replaced) go to `diagnostics`; an input
// that cannot be read at all throws Error naming the file. Standard input
// ("-") is read as `stdin_kind`.
void read_input(const std::string& path, const std::function<void(Document&&)>& emit, const DiagnosticSink& diagnostics,
                InputKind stdin_kind = InputKind::Text);

// Input kind named on the command line ("text", "markdown", "html", "jsonl").
std::optional<InputKind> input_kind_from_name(const std::string& name);

// Normalizes raw bytes into article text: drops a UTF-8 BOM, turns CRLF and
// lone CR into LF, replaces invalid UTF-8 (reported to `diagnostics`), and
// rejects binary content (NUL bytes) and UTF-16 with Error.
std::string normalize_input_text(std::string bytes, const std::string& path, const DiagnosticSink& diagnostics);

// Document id for a path: its file name without extension.
std::string document_id_for(const std::string& path);

}  // namespace newsgraph
