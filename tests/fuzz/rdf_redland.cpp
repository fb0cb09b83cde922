// Fuzz target: the Redland-parsed inputs of `newsgraph merge` (N-Triples,
// Turtle, RDF/XML, N-Quads; the first byte picks one) and the importer that
// rebuilds a graph from their triples. A refusal (Error) is fine; anything
// else thrown or a crash is a finding.
#include <array>

#include "core/error.hpp"
#include "graph/rdf_import.hpp"
#include "readers/rdf_input.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace newsgraph;
    if (size == 0) return 0;
    static constexpr std::array<const char*, 4> kExtensions{".nt", ".ttl", ".rdf", ".nq"};
    const char* extension = kExtensions[data[0] % kExtensions.size()];
    const std::string path = fuzz::scratch_file({reinterpret_cast<const char*>(data) + 1, size - 1}, extension);
    RdfGraphImporter importer{vocab::Namespaces{}};
    try {
        read_rdf_file(path, [&](const Term& s, const Term& p, const Term& o) { importer.triple(s, p, o); });
    } catch (const Error&) {
    }
    KnowledgeGraph graph;
    importer.flush_into(graph);
    return 0;
}
