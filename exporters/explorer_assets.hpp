// The HTML explorer's template and JavaScript library, compiled into the
// binary from exporters/explorer/ (see cmake/embed_explorer.cmake).
#pragma once

#include <string_view>

namespace newsgraph {

// Bytes of the embedded file `name` ("explorer.html", "cytoscape.min.js"); empty when it was not available at build
// time.
std::string_view explorer_asset(std::string_view name);

}  // namespace newsgraph
