// The one place where built-in pipeline components are registered.
#pragma once

#include "core/pipeline.hpp"

namespace newsgraph {

// The default pipeline, in order: sentence splitting, entity mentions,
// resolution, quotes, relations.
Pipeline default_pipeline();

}  // namespace newsgraph
