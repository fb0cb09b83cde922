// The model files built into the program: every models/*.ngm present at build time.
#pragma once

#include <string_view>
#include <vector>

namespace newsgraph {

// One embedded model file.
struct EmbeddedModel {
    std::string_view name;   // file name, "tagger.ngm"
    std::string_view bytes;  // its contents, in the program's read-only data
};

// The embedded models, sorted by name (empty when models/ held none at build time).
const std::vector<EmbeddedModel>& embedded_models();

}  // namespace newsgraph
