// Registration of the built-in pipeline components, in pipeline order.
#include "extractors/registry.hpp"

namespace newsgraph {

Pipeline default_pipeline() {
    std::vector<std::unique_ptr<Extractor>> components;
    return Pipeline(std::move(components));
}

}  // namespace newsgraph
