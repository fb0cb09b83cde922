// Ontology export: parse the Turtle once, sort, stream into a writer.
#include "cli/ontology_command.hpp"

#include <algorithm>
#include <memory>
#include <tuple>
#include <vector>

#include "cli/command_support.hpp"
#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/vocabulary.hpp"
#include "exporters/atomic_file.hpp"
#include "exporters/exporter.hpp"
#include "readers/rdf_input.hpp"

namespace newsgraph {

void write_ontology(Format format, const std::string& path) {
    std::string turtle = resource("newsgraph.ttl");
    AtomicFile file(path);
    if (format == Format::Turtle) {
        file.stream() << turtle;
        file.commit();
        return;
    }
    using Triple = std::tuple<Term, Term, Term>;
    std::vector<Triple> triples;
    read_turtle_text(turtle, "newsgraph.ttl",
                     [&](const Term& s, const Term& p, const Term& o) { triples.emplace_back(s, p, o); });
    auto key = [](const Triple& t) {
        const auto& [s, p, o] = t;
        return std::tie(s.value, p.value, o.value, o.datatype, o.language);
    };
    std::sort(triples.begin(), triples.end(), [&](const Triple& a, const Triple& b) { return key(a) < key(b); });
    std::unique_ptr<TripleSink> writer;
    if (format == Format::RdfXml || format == Format::JsonLd || format == Format::NTriples)
        writer = make_rdf_writer(format, file.stream(), vocab::Namespaces{});
    if (!writer) throw Error("the ontology can be written as Turtle, RDF/XML, JSON-LD or N-Triples");
    const std::pair<const char*, std::string_view> prefixes[] = {
        {"ng", vocab::kOntology}, {"owl", vocab::kOwl},   {"rdf", vocab::kRdf},
        {"rdfs", vocab::kRdfs},   {"xsd", vocab::kXsd},   {"schema", vocab::kSchema},
        {"foaf", vocab::kFoaf},   {"prov", vocab::kProv}, {"dcterms", vocab::kDcterms}};
    for (const auto& [name, iri] : prefixes) writer->prefix(name, iri);
    for (const auto& [s, p, o] : triples) writer->triple(s, p, o);
    writer->finish();
    file.commit();
}

int run_ontology(const std::vector<std::string>& args) {
    std::string output, format_name;
    po::options_description options("Options");
    options.add_options()("output,o", po::value<std::string>(&output)->required(),
                          "output file (.ttl, .rdf, .jsonld, .nt)")("format", po::value<std::string>(&format_name),
                                                                    "turtle, rdfxml, jsonld or ntriples");
    parse(args, options, {});
    Format format = output_formats({output}, format_name).front();
    if (format == Format::GraphML || format == Format::Gexf || format == Format::NQuads)
        throw UsageError("the ontology is written as Turtle, RDF/XML, JSON-LD or N-Triples");
    write_ontology(format, output);
    return kOk;
}

}  // namespace newsgraph
