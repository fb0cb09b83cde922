// Prepared images of model files (see ModelLayout): the build makes one of each
// shipped model for the program to carry, so that it starts without building
// the scoring tables.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// The prepared image of the model file `bytes` (a tagger, parser or recognizer): the same model with its tables
// laid out for scoring. Throws Error naming `name` when the bytes are not a valid model file.
std::string prepare_model(std::string_view bytes, const std::string& name);

}  // namespace newsgraph
