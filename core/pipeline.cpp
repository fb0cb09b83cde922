// Pipeline construction check and execution.
#include "core/pipeline.hpp"

#include <algorithm>
#include <string>

#include "core/error.hpp"

namespace newsgraph {

Pipeline::Pipeline(std::vector<std::unique_ptr<Extractor>> components) : components_(std::move(components)) {
    std::vector<Annotation> available;
    for (const auto& component : components_) {
        for (Annotation need : component->needs()) {
            if (std::find(available.begin(), available.end(), need) == available.end())
                throw Error("pipeline: component '" + std::string(component->name()) + "' needs " +
                            std::string(annotation_name(need)) + ", which no earlier component provides");
        }
        for (Annotation provided : component->provides()) available.push_back(provided);
    }
}

void Pipeline::run(Document& doc) const {
    for (const auto& component : components_) component->run(doc);
}

void Pipeline::run(Document& doc, const std::function<void(Document&)>& after_each) const {
    for (const auto& component : components_) {
        component->run(doc);
        after_each(doc);
    }
}

}  // namespace newsgraph
