// JSON Lines reading with RapidJSON, one line at a time.
#include "readers/jsonl.hpp"

#include "core/text.hpp"
#include "readers/html.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <unordered_set>

namespace newsgraph {

namespace {

// The string member `name`, "" when absent; throws when present with another type.
std::string string_member(const rapidjson::Value& object, const char* name) {
    auto member = object.FindMember(name);
    if (member == object.MemberEnd() || member->value.IsNull()) return {};
    if (member->value.IsString()) return {member->value.GetString(), member->value.GetStringLength()};
    if (member->value.IsInt64() && std::string_view(name) == "id") return std::to_string(member->value.GetInt64());
    throw Error(std::string("field \"") + name + "\" must be a string");
}

}  // namespace

void read_json_lines(std::string_view contents, const std::string& path, const std::function<void(Document&&)>& emit,
                     const DiagnosticSink& diagnostics) {
    std::unordered_set<std::string> ids;
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < contents.size();) {
        std::size_t end = contents.find('\n', start);
        if (end == std::string_view::npos) end = contents.size();
        std::string line(contents.substr(start, end - start));
        start = end + 1;
        ++line_number;
        std::string where = path + ":" + std::to_string(line_number);
        if (squeeze_spaces(line).empty()) continue;
        try {
            rapidjson::Document object;
            if (object.Parse(line.c_str()).HasParseError())
                throw Error(std::string("malformed JSON (") + rapidjson::GetParseError_En(object.GetParseError()) +
                            " at column " + std::to_string(object.GetErrorOffset() + 1) + ")");
            if (!object.IsObject()) throw Error("a line must hold one JSON object");
            Document doc;
            doc.id = string_member(object, "id");
            if (doc.id.empty()) doc.id = path.substr(path.find_last_of('/') + 1) + "-" + std::to_string(line_number);
            if (!ids.insert(doc.id).second && diagnostics)
                diagnostics({Severity::Warning, where, "duplicate id \"" + doc.id + "\"; the article is kept under a numbered id"});
            doc.meta.source_path = where;
            doc.meta.title = string_member(object, "title");
            doc.meta.url = string_member(object, "url");
            doc.meta.date = string_member(object, "published");
            std::string text = string_member(object, "text");
            if (text.empty()) {
                std::string html = string_member(object, "html");
                if (html.empty()) throw Error("no \"text\" or \"html\" field");
                HtmlArticle article = read_html_article(html, where);
                text = std::move(article.text);
                if (doc.meta.title.empty()) doc.meta.title = article.meta.title;
                if (doc.meta.date.empty()) doc.meta.date = article.meta.date;
                if (doc.meta.url.empty()) doc.meta.url = article.meta.url;
            } else if (!doc.meta.title.empty() && text.rfind(doc.meta.title, 0) != 0) {
                text = doc.meta.title + "\n\n" + text;  // the headline leads, as in a page
            }
            if (repair_utf8(text) && diagnostics)
                diagnostics({Severity::Warning, where, "invalid UTF-8 replaced with U+FFFD"});
            if (squeeze_spaces(text).empty()) throw Error("empty article text");
            doc.text = std::move(text);
            emit(std::move(doc));
        } catch (const Error& error) {
            if (diagnostics) diagnostics({Severity::Error, where, error.message()});
        }
    }
}

}  // namespace newsgraph
