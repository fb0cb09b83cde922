// Human-readable listing of what the pipeline found in one document
// (`newsgraph inspect`): entities, quotes and relations with their rules.
#pragma once

#include <ostream>

#include "core/document.hpp"

namespace newsgraph {

void print_document(const Document& doc, std::ostream& out);

}  // namespace newsgraph
