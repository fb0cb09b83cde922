// Fuzz target: JSON-LD input of `newsgraph merge` (our RapidJSON reader) and
// the importer that rebuilds a graph from its triples. A refusal (Error) is
// fine; anything else thrown or a crash is a finding.
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    newsgraph::fuzz::import_as_file({reinterpret_cast<const char*>(data), size}, ".jsonld");
    return 0;
}
