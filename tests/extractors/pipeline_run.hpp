// Runs the whole pipeline with the built-in models (tagger, parser and recognizer) over a short hand-written
// article, for tests of what the extractors make of real parses.
#pragma once

#include <string>
#include <utility>

#include "extractors/registry.hpp"
#include "language/language_models.hpp"

namespace newsgraph::testing {

// The article `text` (document id `id`) after every pipeline component.
inline Document run_pipeline(std::string text, std::string id = "test") {
    static const Pipeline pipeline = default_pipeline(LanguageModels::shared(""));
    Document doc;
    doc.id = std::move(id);
    doc.text = std::move(text);
    pipeline.run(doc);
    return doc;
}

}  // namespace newsgraph::testing
