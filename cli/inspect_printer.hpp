// Human-readable listing of what the pipeline found in one document
// (`newsgraph inspect`): entities, quotes and relations with their rules, and with --mentions each mention.
#pragma once

#include <ostream>

#include "core/document.hpp"

namespace newsgraph {

// One line per entity, quote and relation; with `mentions`, each entity's mentions after it (text, rule,
// confidence), to see which rule found a name.
void print_document(const Document& doc, std::ostream& out, bool mentions = false);

}  // namespace newsgraph
