// Fuzz target: the extractors end to end (sentences, entities, resolution,
// quotes, relations) on article text as the text reader hands it over, then
// into the graph. Every annotation must point inside the text and at
// entities that exist.
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    newsgraph::fuzz::graph_of_text({reinterpret_cast<const char*>(data), size});
    return 0;
}
