// Shared pieces of the libFuzzer targets.
#include "tests/fuzz/fuzz_support.hpp"

#include <libxml/parser.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"
#include "core/vocabulary.hpp"
#include "exporters/exporter.hpp"
#include "extractors/registry.hpp"
#include "graph/graph_builder.hpp"
#include "graph/rdf_import.hpp"
#include "readers/rdf_input.hpp"
#include "readers/reader.hpp"

namespace newsgraph::fuzz {

namespace {

// Scratch files of this process, removed when it exits.
std::set<std::string>& scratch_paths() {
    static std::set<std::string> paths;
    return paths;
}

void remove_scratch_files() {
    std::error_code ignored;
    for (const std::string& path : scratch_paths()) std::filesystem::remove(path, ignored);
}

const Pipeline& pipeline() {
    static const Pipeline instance = default_pipeline();
    return instance;
}

void check_xml(const std::string& xml, std::string_view what) {
    static bool initialised = (xmlInitParser(), true);
    (void)initialised;
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (!context) fail("cannot allocate an XML parser");
    xmlDocPtr doc = xmlCtxtReadMemory(context, xml.data(), static_cast<int>(xml.size()), "export.xml", nullptr,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    bool well_formed = doc && context->wellFormed;
    std::string message = context->lastError.message ? context->lastError.message : "";
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(context);
    if (!well_formed) fail(what, message + "\n" + xml);
}

// Triples `newsgraph merge` reads back from `text` written as `extension`.
std::size_t triples_read_back(const std::string& text, std::string_view extension) {
    std::string path = scratch_file(text, extension);
    std::size_t count = 0;
    try {
        read_rdf_file(path, [&](const Term&, const Term&, const Term&) { ++count; });
    } catch (const Error& error) {
        fail("export not readable by merge", std::string(extension) + ": " + error.what() + "\n" + text);
    }
    return count;
}

}  // namespace

void fail(std::string_view what, std::string_view detail) {
    std::cerr << "fuzz check failed: " << what << "\n" << detail.substr(0, 4000) << "\n";
    std::abort();
}

std::string scratch_file(std::string_view bytes, std::string_view extension) {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("newsgraph-fuzz-" + std::to_string(::getpid()) + std::string(extension));
    if (scratch_paths().empty()) std::atexit(remove_scratch_files);
    scratch_paths().insert(path.string());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) fail("cannot write a scratch file", path.string());
    return path.string();
}

void check_utf8(std::string_view text, std::string_view what) {
    std::string copy(text);
    if (repair_utf8(copy) != 0) fail("invalid UTF-8", what);
}

void read_as_file(std::string_view bytes, std::string_view extension) {
    const std::string path = scratch_file(bytes, extension);
    try {
        read_input(
            path,
            [](Document&& doc) {
                check_utf8(doc.text, "text");
                check_utf8(doc.meta.title, "title");
                check_utf8(doc.meta.date, "date");
                check_utf8(doc.meta.url, "url");
                if (doc.id.empty()) fail("document without an id");
            },
            [](const Diagnostic&) {});
    } catch (const Error&) {
    }
}

void import_as_file(std::string_view bytes, std::string_view extension) {
    const std::string path = scratch_file(bytes, extension);
    RdfGraphImporter importer{vocab::Namespaces{}};
    try {
        read_rdf_file(path, [&](const Term& s, const Term& p, const Term& o) { importer.triple(s, p, o); });
    } catch (const Error&) {
    }
    KnowledgeGraph graph;
    importer.flush_into(graph);
}

void check_document(const Document& doc) {
    const std::size_t size = doc.text.size();
    check_utf8(doc.text, "document text");
    std::size_t previous_end = 0;
    for (const Sentence& sentence : doc.sentences) {
        if (sentence.span.begin > sentence.span.end || sentence.span.end > size) fail("sentence outside the text");
        if (sentence.span.begin < previous_end) fail("sentences overlap or go backwards");
        previous_end = sentence.span.end;
        for (const Span& token : sentence.tokens)
            if (!sentence.span.contains(token) || token.begin > token.end) fail("token outside its sentence");
    }
    for (const Mention& mention : doc.mentions) {
        if (mention.span.begin > mention.span.end || mention.span.end > size) fail("mention outside the text");
        if (mention.entity >= static_cast<int>(doc.entities.size())) fail("mention of a missing entity");
        check_utf8(mention.name, "mention name");
    }
    for (const Entity& entity : doc.entities) {
        check_utf8(entity.name, "entity name");
        for (std::size_t index : entity.mentions)
            if (index >= doc.mentions.size()) fail("entity with a missing mention");
    }
    for (const Relation& relation : doc.relations) {
        if (relation.subject >= doc.entities.size() || relation.object >= doc.entities.size())
            fail("relation between missing entities");
        if (relation.evidence.span.end > size || relation.evidence.span.begin > relation.evidence.span.end)
            fail("evidence outside the text");
        check_utf8(relation.evidence.sentence, "evidence sentence");
    }
}

void run_pipeline(Document& doc) { pipeline().run(doc); }

KnowledgeGraph graph_of_text(std::string text) {
    KnowledgeGraph graph;
    Document doc;
    doc.id = "fuzz";
    doc.meta.source_path = "fuzz.txt";
    try {
        doc.text = normalize_input_text(std::move(text), doc.meta.source_path, nullptr);
    } catch (const Error&) {
        return graph;  // binary or UTF-16 input: the reader refuses it
    }
    run_pipeline(doc);
    check_document(doc);
    add_fragment(graph, prepare_fragment(doc, vocab::Namespaces{}));
    return graph;
}

void check_exports(const KnowledgeGraph& graph) {
    const std::vector<std::pair<Format, std::string_view>> written{
        {Format::GraphML, ".graphml"}, {Format::Gexf, ".gexf"}, {Format::RdfXml, ".rdf"}, {Format::JsonLd, ".jsonld"},
        {Format::NTriples, ".nt"},     {Format::NQuads, ".nq"}, {Format::Turtle, ".ttl"},
    };
    std::size_t expected_triples = 0;
    std::string first_rdf;
    for (const auto& [format, extension] : written) {
        std::ostringstream out;
        try {
            write_graph(format, graph, ExportOptions{}, out);
        } catch (const Error& error) {
            fail("writer refused a graph", std::string(extension) + ": " + error.what());
        }
        const std::string text = out.str();
        check_utf8(text, extension);
        if (format == Format::GraphML || format == Format::Gexf) {
            check_xml(text, extension);
            continue;
        }
        if (format == Format::RdfXml) check_xml(text, extension);
        std::size_t triples = triples_read_back(text, extension);
        if (first_rdf.empty()) {
            first_rdf = extension;
            expected_triples = triples;
        } else if (triples != expected_triples) {
            fail("RDF formats disagree on the number of triples", first_rdf + ": " + std::to_string(expected_triples) +
                                                                      ", " + std::string(extension) + ": " +
                                                                      std::to_string(triples) + "\n" + text);
        }
    }
}

}  // namespace newsgraph::fuzz
