// JSON Lines corpora: one article per line, {"id","title","url","published","text"}
// or "html" instead of "text". A bad line is reported and skipped.
#pragma once

#include "core/document.hpp"
#include "core/error.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace newsgraph {

// Calls `emit` for every good line of `contents`; malformed lines, wrong
// types and missing text go to `diagnostics` as errors naming "path:line".
void read_json_lines(std::string_view contents, const std::string& path, const std::function<void(Document&&)>& emit,
                     const DiagnosticSink& diagnostics);

}  // namespace newsgraph
