// Many similar elements (nodes, edges) written as raw markup, formatted in
// chunks on several threads when the export options allow it.
#pragma once

#include <algorithm>
#include <string>

#include "exporters/export_options.hpp"
#include "exporters/ordered_chunks.hpp"
#include "exporters/xml_stream.hpp"

namespace newsgraph {

// Writes items 0 .. count-1 into `xml` with `format_item(stream, state, item)`,
// which must write whole raw-markup lines. Items are formatted in chunks of
// options.chunk_size on options.threads threads, each chunk into an XmlStream
// and a `State` of its own (a cache, say), and written in order: the output is
// the same for any thread count.
template <typename State, typename FormatItem>
void write_xml_items(XmlStream& xml, std::size_t count, const ExportOptions& options, FormatItem format_item) {
    const std::size_t chunk = std::max<std::size_t>(options.chunk_size, 1);
    if (options.threads <= 1 || count <= chunk) {
        State state{};
        for (std::size_t item = 0; item < count; ++item) format_item(xml, state, item);
        return;
    }
    write_chunks_in_order((count + chunk - 1) / chunk, options.threads,
                          [&](std::size_t index, std::string& text) {
                              StringOutput out(text);
                              XmlStream fragment(out);
                              State state{};
                              for (std::size_t item = index * chunk; item < std::min(count, (index + 1) * chunk);
                                   ++item)
                                  format_item(fragment, state, item);
                              fragment.flush();
                          },
                          [&](std::string& text) { xml.raw_block(text); });
}

}  // namespace newsgraph
