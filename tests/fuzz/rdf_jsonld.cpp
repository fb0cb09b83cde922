// Fuzz target: JSON-LD input of `newsgraph merge` (our RapidJSON reader) and
// the importer that rebuilds a graph from its triples. A refusal (Error) is
// fine; anything else thrown or a crash is a finding.
#include "core/error.hpp"
#include "graph/rdf_import.hpp"
#include "readers/rdf_input.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace newsgraph;
    const std::string path = fuzz::scratch_file({reinterpret_cast<const char*>(data), size}, ".jsonld");
    RdfGraphImporter importer{vocab::Namespaces{}};
    try {
        read_rdf_file(path, [&](const Term& s, const Term& p, const Term& o) { importer.triple(s, p, o); });
    } catch (const Error&) {
    }
    KnowledgeGraph graph;
    importer.flush_into(graph);
    return 0;
}
