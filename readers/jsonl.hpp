// JSON Lines corpora: one article per line, {"id","title","url","published","text"}
// or "html" instead of "text". A bad line is reported and skipped.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/error.hpp"
#include "readers/read_options.hpp"

namespace newsgraph {

// Calls `emit` for every good line of `contents`; malformed lines, wrong
// types, missing text, lines over options.max_document_size (and, when
// options.strict, repaired text and duplicate ids) go to `diagnostics` as
// errors naming "path:line".
void read_json_lines(std::string_view contents, const std::string& path, const std::function<void(Document&&)>& emit,
                     const DiagnosticSink& diagnostics, const ReadOptions& options = {});

// The same for the file `path` ("-" is standard input), read a block at a
// time: memory holds one line, never the whole file. Throws Error when the
// file cannot be opened, is binary or UTF-16, or holds no line at all.
void read_json_lines_file(const std::string& path, const std::function<void(Document&&)>& emit,
                          const DiagnosticSink& diagnostics, const ReadOptions& options = {});

}  // namespace newsgraph
