// The closed set of output formats: an enum plus one metadata table.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace newsgraph {

enum class Format { GraphML, JsonLd, RdfXml, NTriples, NQuads, Turtle, Gexf, Svg, Png, Html };

struct FormatInfo {
    Format format;
    std::string_view name;       // --format value
    std::string_view extension;  // without the dot
    std::string_view media_type;
};

inline constexpr std::array<FormatInfo, 10> kFormats{{
    {Format::GraphML, "graphml", "graphml", "application/graphml+xml"},
    {Format::JsonLd, "jsonld", "jsonld", "application/ld+json"},
    {Format::RdfXml, "rdfxml", "rdf", "application/rdf+xml"},
    {Format::NTriples, "ntriples", "nt", "application/n-triples"},
    {Format::NQuads, "nquads", "nq", "application/n-quads"},
    {Format::Turtle, "turtle", "ttl", "text/turtle"},
    {Format::Gexf, "gexf", "gexf", "application/gexf+xml"},
    {Format::Svg, "svg", "svg", "image/svg+xml"},
    {Format::Png, "png", "png", "image/png"},
    {Format::Html, "html", "html", "text/html"},
}};

const FormatInfo& info(Format format);
std::optional<Format> format_from_name(std::string_view name);
// Format for a path by its extension (".graphml", ".jsonld", ".rdf", ".nt"...).
std::optional<Format> format_from_path(std::string_view path);

}  // namespace newsgraph
