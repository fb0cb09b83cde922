// Fuzz target: the Redland-parsed inputs of `newsgraph merge` (N-Triples,
// Turtle, RDF/XML, N-Quads; the first byte picks one) and the importer that
// rebuilds a graph from their triples. A refusal (Error) is fine; anything
// else thrown or a crash is a finding.
#include <array>

#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static constexpr std::array<const char*, 4> kExtensions{".nt", ".ttl", ".rdf", ".nq"};
    newsgraph::fuzz::import_as_file({reinterpret_cast<const char*>(data) + 1, size - 1},
                                    kExtensions[data[0] % kExtensions.size()]);
    return 0;
}
