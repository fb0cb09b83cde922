// Format dispatch and atomic file output.
#include "exporters/exporter.hpp"

#include "core/error.hpp"
#include "exporters/atomic_file.hpp"
#include "exporters/gexf_writer.hpp"
#include "exporters/graphml_writer.hpp"
#include "exporters/graphviz_renderer.hpp"
#include "exporters/html_explorer.hpp"
#include "exporters/jsonld_writer.hpp"
#include "exporters/nquads_writer.hpp"
#include "exporters/ntriples_writer.hpp"
#include "exporters/rdf_mapping.hpp"
#include "exporters/rdfxml_writer.hpp"
#include "exporters/turtle_writer.hpp"

namespace newsgraph {

std::unique_ptr<TripleSink> make_rdf_writer(Format format, std::ostream& out, const vocab::Namespaces& ns) {
    switch (format) {
        case Format::JsonLd:
            return std::make_unique<JsonLdWriter>(out);
        case Format::RdfXml:
            return std::make_unique<RdfXmlWriter>(out);
        case Format::NTriples:
            return std::make_unique<NTriplesWriter>(out);
        case Format::NQuads:
            return std::make_unique<NQuadsWriter>(out, ns.ontology);
        case Format::Turtle:
            return std::make_unique<TurtleWriter>(out);
        default:
            return nullptr;
    }
}

namespace {

// The formats that are not RDF, each with a writer of its own.
void write_non_rdf(Format format, const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) {
    switch (format) {
        case Format::GraphML:
            write_graphml(graph, options, out);
            break;
        case Format::Gexf:
            write_gexf(graph, options, out);
            break;
        case Format::Svg:
        case Format::Png:
            write_picture(graph, {format == Format::Svg ? PictureFormat::Svg : PictureFormat::Png, options.max_nodes},
                          out);
            break;
        case Format::Html:
            write_html_explorer(graph, options.ns, out);
            break;
        default:  // the RDF formats: make_rdf_writer
            throw Error("no writer for " + std::string(info(format).name));
    }
}

}  // namespace

void write_graph(Format format, const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) {
    if (std::unique_ptr<TripleSink> sink = make_rdf_writer(format, out, options.ns))
        emit_triples(graph, options, *sink);
    else
        write_non_rdf(format, graph, options, out);
    out.flush();
    if (!out) throw Error("writing " + std::string(info(format).name) + " failed");
}

std::unique_ptr<AtomicFile> write_graph_uncommitted(Format format, const KnowledgeGraph& graph,
                                                    const ExportOptions& options, const std::string& path) {
    auto file = std::make_unique<AtomicFile>(path);
    try {
        write_graph(format, graph, options, file->stream());
    } catch (const Error& error) {
        if (error.file() == path) throw;
        if (!file->stream())
            file->commit();  // a failed stream: commit refuses it and names the system's reason (disk full)
        throw Error(path, error.what());
    }
    return file;
}

void write_graph_file(Format format, const KnowledgeGraph& graph, const ExportOptions& options,
                      const std::string& path) {
    write_graph_uncommitted(format, graph, options, path)->commit();
}

}  // namespace newsgraph
