// Look-ups in the format table.
#include "exporters/format.hpp"

namespace newsgraph {

const FormatInfo& info(Format format) { return kFormats[static_cast<std::size_t>(format)]; }

std::optional<Format> format_from_name(std::string_view name) {
    for (const auto& row : kFormats)
        if (row.name == name || row.extension == name) return row.format;
    return std::nullopt;
}

std::optional<Format> format_from_path(std::string_view path) {
    auto dot = path.rfind('.');
    auto slash = path.find_last_of('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
    std::string_view extension = path.substr(dot + 1);
    if (extension == "xml" || extension == "owl") return Format::RdfXml;
    if (extension == "json") return Format::JsonLd;
    for (const auto& row : kFormats)
        if (row.extension == extension) return row.format;
    return std::nullopt;
}

}  // namespace newsgraph
