// Fuzz target: every text exporter on the graph the pipeline makes of fuzz
// text. Each output must parse (libxml2 for XML, and `newsgraph merge`'s
// reader for every RDF format, which must agree on the triple count).
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace newsgraph;
    fuzz::check_exports(fuzz::graph_of_text({reinterpret_cast<const char*>(data), size}));
    return 0;
}
