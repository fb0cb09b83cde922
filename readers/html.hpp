// Article text and metadata from a saved HTML page, through libxml2's HTML
// parser (network access off): title, date and URL from <meta>, <time>,
// <link rel=canonical> and embedded JSON-LD NewsArticle data; the body from
// <article> (or <main>, or <body>) without navigation, scripts, styles and
// other boilerplate.
#pragma once

#include <string>
#include <string_view>

#include "core/document.hpp"

namespace newsgraph {

struct HtmlArticle {
    std::string text;  // paragraphs separated by blank lines; headline first
    DocumentMeta meta;
};

// Parses `html`; `path` names the input in errors. Throws Error when the page holds no text.
HtmlArticle read_html_article(std::string_view html, const std::string& path);

}  // namespace newsgraph
