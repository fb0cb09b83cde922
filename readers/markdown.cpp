// Walks cmark's tree and keeps only the words a reader sees.
#include "readers/markdown.hpp"

#include <cmark.h>

#include <memory>

namespace newsgraph {

namespace {

bool is_block_end(cmark_node_type type) {
    switch (type) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_THEMATIC_BREAK:
            return true;
        default:
            return false;
    }
}

void end_block(std::string& out) {
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    if (!out.empty()) out += "\n\n";
}

}  // namespace

std::string markdown_to_text(std::string_view markdown) {
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
        cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT), &cmark_node_free);
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root.get()), &cmark_iter_free);
    std::string out;
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_EXIT) {
            if (is_block_end(type)) end_block(out);
            continue;
        }
        switch (type) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                out += cmark_node_get_literal(node);
                break;
            case CMARK_NODE_CODE_BLOCK:
                out += cmark_node_get_literal(node);
                end_block(out);
                break;
            case CMARK_NODE_SOFTBREAK:
                out += ' ';
                break;
            case CMARK_NODE_LINEBREAK:
                out += '\n';
                break;
            default:  // raw HTML (inline or block), images' URLs and the like carry no article text
                break;
        }
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

}  // namespace newsgraph
