// HTML article extraction over libxml2's tolerant HTML parser.
#include "readers/html.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstring>
#include <memory>

#include "core/error.hpp"
#include "core/json_depth.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

bool named(const xmlNode* node, const char* name) {
    return node->type == XML_ELEMENT_NODE && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

std::string content(const xmlNode* node) {
    xmlChar* value = xmlNodeGetContent(node);
    if (!value) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

// Elements whose text is never article prose.
bool is_boilerplate(const xmlNode* node) {
    static const char* const kSkipped[] = {"script", "style",  "noscript", "nav",    "header", "footer",   "aside",
                                           "form",   "iframe", "svg",      "button", "select", "template", "figure"};
    for (const char* name : kSkipped)
        if (named(node, name)) return true;
    std::string role = attribute(node, "role");
    return role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary";
}

bool is_block(const xmlNode* node) {
    static const char* const kBlocks[] = {"p",  "div",   "section", "h1",         "h2", "h3",  "h4",
                                          "h5", "h6",    "li",      "blockquote", "tr", "pre", "ul",
                                          "ol", "table", "article", "main",       "dd", "dt"};
    for (const char* name : kBlocks)
        if (named(node, name)) return true;
    return false;
}

void end_paragraph(std::string& out) {
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    if (!out.empty()) out += "\n\n";
}

// Depth-first text collection with an explicit stack (pages can nest deeply).
void collect_text(const xmlNode* root, std::string& out) {
    struct Frame {
        const xmlNode* node;
        bool leaving;
    };
    std::vector<Frame> stack{{root, false}};
    while (!stack.empty()) {
        Frame frame = stack.back();
        stack.pop_back();
        const xmlNode* node = frame.node;
        if (frame.leaving) {
            end_paragraph(out);
            continue;
        }
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            std::string text = squeeze_spaces(reinterpret_cast<const char*>(node->content));
            if (text.empty()) continue;
            if (!out.empty() && out.back() != '\n' && out.back() != ' ') {
                unsigned char first = static_cast<unsigned char>(node->content[0]);
                if (std::isspace(first)) out += ' ';
            }
            out += text;
            unsigned char last = static_cast<unsigned char>(
                node->content[std::strlen(reinterpret_cast<const char*>(node->content)) - 1]);
            if (std::isspace(last)) out += ' ';
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || is_boilerplate(node)) continue;
        if (named(node, "br")) {
            out += '\n';
            continue;
        }
        bool block = is_block(node);
        if (block) {
            end_paragraph(out);
            stack.push_back({node, true});
        }
        std::vector<const xmlNode*> children;
        for (const xmlNode* child = node->children; child; child = child->next) children.push_back(child);
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
    }
}

// First element named `name` in document order (explicit stack, no recursion).
const xmlNode* find_first(const xmlNode* root, const char* name) {
    std::vector<const xmlNode*> stack{root};
    while (!stack.empty()) {
        const xmlNode* node = stack.back();
        stack.pop_back();
        if (named(node, name)) return node;
        std::vector<const xmlNode*> children;
        for (const xmlNode* child = node->children; child; child = child->next) children.push_back(child);
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    }
    return nullptr;
}

// Every element of the page, in document order.
std::vector<const xmlNode*> all_elements(const xmlNode* root) {
    std::vector<const xmlNode*> out, stack{root};
    while (!stack.empty()) {
        const xmlNode* node = stack.back();
        stack.pop_back();
        if (node->type == XML_ELEMENT_NODE) out.push_back(node);
        std::vector<const xmlNode*> children;
        for (const xmlNode* child = node->children; child; child = child->next) children.push_back(child);
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    }
    return out;
}

void set_if_empty(std::string& field, const std::string& value) {
    if (field.empty()) field = squeeze_spaces(value);
}

// NewsArticle (or Article) data from <script type="application/ld+json">; a
// block that does not parse is ignored, one nested too deeply refuses the page.
void read_json_ld(const xmlNode* script, const std::string& path, DocumentMeta& meta) {
    std::string json = content(script);
    try {
        check_json_depth(json);
    } catch (const Error& error) {
        throw Error(path, "embedded JSON-LD (<script> at line " + std::to_string(xmlGetLineNo(script)) +
                              "): " + error.message() + "; the page is not read");
    }
    rapidjson::Document data;
    if (data.Parse(json.c_str()).HasParseError()) return;
    std::vector<const rapidjson::Value*> candidates{&data};
    if (data.IsArray())
        for (const auto& item : data.GetArray()) candidates.push_back(&item);
    if (data.IsObject() && data.HasMember("@graph") && data["@graph"].IsArray())
        for (const auto& item : data["@graph"].GetArray()) candidates.push_back(&item);
    for (const rapidjson::Value* item : candidates) {
        if (!item->IsObject() || !item->HasMember("@type") || !(*item)["@type"].IsString()) continue;
        std::string type = (*item)["@type"].GetString();
        if (type.find("Article") == std::string::npos && type != "Report") continue;
        auto field = [&](const char* name) -> std::string {
            auto member = item->FindMember(name);
            return member != item->MemberEnd() && member->value.IsString() ? member->value.GetString() : "";
        };
        set_if_empty(meta.title, field("headline"));
        set_if_empty(meta.date, field("datePublished"));
        set_if_empty(meta.url, field("url"));
        set_if_empty(meta.language, field("inLanguage"));
    }
}

void read_metadata(const xmlNode* root, const std::string& path, DocumentMeta& meta) {
    std::string title_element;
    for (const xmlNode* node : all_elements(root)) {
        if (named(node, "meta")) {
            std::string key = attribute(node, "property");
            if (key.empty()) key = attribute(node, "name");
            std::string value = attribute(node, "content");
            if (key == "og:title" || key == "twitter:title") set_if_empty(meta.title, value);
            if (key == "article:published_time" || key == "date" || key == "pubdate" || key == "dc.date")
                set_if_empty(meta.date, value);
            if (key == "og:url") set_if_empty(meta.url, value);
        } else if (named(node, "link") && attribute(node, "rel") == "canonical") {
            set_if_empty(meta.url, attribute(node, "href"));
        } else if (named(node, "time") && !attribute(node, "datetime").empty()) {
            set_if_empty(meta.date, attribute(node, "datetime"));
        } else if (named(node, "script") && attribute(node, "type") == "application/ld+json") {
            read_json_ld(node, path, meta);
        } else if (named(node, "title") && title_element.empty()) {
            title_element = content(node);
        } else if (named(node, "html")) {
            std::string language = attribute(node, "lang");
            if (!language.empty()) meta.language = language;
        }
    }
    set_if_empty(meta.title, title_element);
}

// Where the DOCTYPE's internal subset ("[ <!ENTITY ...> ]") lies in `html`, as
// [begin, end) with the brackets, or {npos, npos}. libxml2's HTML parser does not
// read it, and would leave its tail ("]>") in the text; its entities never apply.
std::pair<std::size_t, std::size_t> internal_subset(std::string_view html) {
    constexpr auto npos = std::string_view::npos;
    std::size_t doctype = 0;
    while (doctype < html.size() && std::isspace(static_cast<unsigned char>(html[doctype]))) ++doctype;
    if (html.substr(doctype, 3) == "\xEF\xBB\xBF") doctype += 3;  // a byte order mark
    std::string head(html.substr(doctype, 9));
    for (char& c : head) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (head != "<!DOCTYPE") return {npos, npos};
    std::size_t open = html.find_first_of("[>", doctype);
    if (open == npos || html[open] != '[') return {npos, npos};
    char quote = 0;
    for (std::size_t i = open + 1; i < html.size(); ++i) {
        char c = html[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == ']') {
            return {open, i + 1};
        }
    }
    return {npos, npos};
}

}  // namespace

HtmlArticle read_html_article(std::string_view html, const std::string& path) {
    if (html.size() > static_cast<std::size_t>(INT_MAX)) throw Error(path, "HTML page over 2 GiB; not read");
    std::string without_subset;
    if (auto [begin, end] = internal_subset(html); begin != std::string_view::npos) {
        // Dropped, newlines kept so that line numbers in messages still match the file.
        std::string_view subset = html.substr(begin, end - begin);
        without_subset.append(html.substr(0, begin));
        without_subset.append(static_cast<std::size_t>(std::count(subset.begin(), subset.end(), '\n')), '\n');
        without_subset.append(html.substr(end));
        html = without_subset;
    }
    // No network, no external DTD or entities (the HTML parser never loads
    // them), and libxml2's default limits: nesting depth 256, text nodes 10 MB.
    int options =
        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS;
    std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> context(htmlNewParserCtxt(), &htmlFreeParserCtxt);
    if (!context) throw Error(path, "out of memory for the HTML parser");
    XmlDoc doc(
        htmlCtxtReadMemory(context.get(), html.data(), static_cast<int>(html.size()), path.c_str(), "UTF-8", options),
        &xmlFreeDoc);
    // A parser that stopped (too deep, too large) read only part of the page: refuse it rather than keep a fragment.
    if (context->disableSAX && context->lastError.message) {
        std::string reason = squeeze_spaces(context->lastError.message);
        if (reason.find("Excessive depth") != std::string::npos) reason = "elements nested more than 256 levels deep";
        throw Error(path, "HTML parser stopped at line " + std::to_string(context->lastError.line) + ": " + reason +
                              "; the page is not read");
    }
    if (!doc || !xmlDocGetRootElement(doc.get())) throw Error(path, "not a readable HTML page");
    const xmlNode* root = xmlDocGetRootElement(doc.get());

    HtmlArticle article;
    article.meta.language = "en";
    read_metadata(root, path, article.meta);
    const xmlNode* body = find_first(root, "article");
    if (!body) body = find_first(root, "main");
    if (!body) body = find_first(root, "body");
    if (!body) body = root;
    std::string text;
    collect_text(body, text);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    if (text.empty()) throw Error(path, "HTML page holds no article text");
    // The headline leads the text when the body does not already start with it.
    if (!article.meta.title.empty() && text.rfind(article.meta.title, 0) != 0)
        text = article.meta.title + "\n\n" + text;
    article.text = std::move(text);
    return article;
}

}  // namespace newsgraph
