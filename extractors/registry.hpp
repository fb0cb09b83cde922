// The one place where built-in pipeline components are registered.
#pragma once

#include <memory>

#include "core/pipeline.hpp"

namespace newsgraph {

struct LanguageModels;

// The default pipeline, in order: sentence splitting, the language annotator (when
// `models` is given), entity mentions, resolution, quotes, relations.
Pipeline default_pipeline(std::shared_ptr<const LanguageModels> models = nullptr);

}  // namespace newsgraph
