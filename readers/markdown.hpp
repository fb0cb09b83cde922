// Markdown to plain article text through cmark: markup and raw HTML are
// dropped, backslash escapes resolved, block structure kept as blank lines.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// Plain text of a Markdown document; paragraphs and headings end with a blank line.
std::string markdown_to_text(std::string_view markdown);

}  // namespace newsgraph
