// Input discovery, reading and text normalization.
#include "readers/reader.hpp"

#include "core/text.hpp"
#include "readers/html.hpp"
#include "readers/jsonl.hpp"
#include "readers/markdown.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace newsgraph {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(const std::string& path) {
    std::string extension = fs::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// Files a directory walk leaves out: hidden files and a folder's own documentation.
bool is_folder_note(const fs::path& path) {
    std::string name = path.filename().string();
    if (name.empty() || name[0] == '.') return true;
    std::string stem = path.stem().string();
    std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return stem == "README" || stem == "LICENSE" || stem == "CHANGELOG" || stem == "NOTICE";
}

bool has_known_extension(const fs::path& path) {
    static const std::vector<std::string> known{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson"};
    std::string extension = lower_extension(path.string());
    return std::find(known.begin(), known.end(), extension) != known.end();
}

std::string read_bytes(const std::string& path) {
    if (path == "-") {
        std::ostringstream contents;
        contents << std::cin.rdbuf();
        return contents.str();
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw Error(path, "is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, fs::exists(path, ec) ? "cannot open file (permission denied?)" : "no such file");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw Error(path, "read error");
    return bytes;
}

// The first line is a headline when it stands alone and does not end like a sentence.
std::string headline_of(const std::string& text) {
    auto end = text.find("\n\n");
    if (end == std::string::npos || end > 300) return {};
    std::string line = text.substr(0, end);
    if (line.find('\n') != std::string::npos || line.empty()) return {};
    char last = line.back();
    if (last == '.' || last == ':' || last == ';') return {};
    return line;
}

}  // namespace

InputKind input_kind(const std::string& path) {
    std::string extension = lower_extension(path);
    if (extension == ".md" || extension == ".markdown") return InputKind::Markdown;
    if (extension == ".html" || extension == ".htm") return InputKind::Html;
    if (extension == ".jsonl" || extension == ".ndjson") return InputKind::JsonLines;
    return InputKind::Text;
}

std::string document_id_for(const std::string& path) {
    if (path == "-") return "stdin";
    return fs::path(path).stem().string();
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (path == "-" || !fs::is_directory(path, ec)) {
            if (path != "-" && !fs::exists(path, ec)) throw Error(path, "no such file or directory");
            out.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
        if (ec) throw Error(path, "cannot list directory: " + ec.message());
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) throw Error(path, "cannot list directory: " + ec.message());
            if (it->is_regular_file(ec) && has_known_extension(it->path()) && !is_folder_note(it->path()))
                found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

std::string normalize_input_text(std::string bytes, const std::string& path, const DiagnosticSink& diagnostics) {
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
        throw Error(path, "UTF-16 text is not supported; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
    if (bytes.find('\0') != std::string::npos) throw Error(path, "binary content (NUL bytes), not a text article");
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
    std::string text;
    text.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            text += '\n';
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        } else {
            text += bytes[i];
        }
    }
    if (std::size_t replaced = repair_utf8(text); replaced && diagnostics)
        diagnostics({Severity::Warning, path, std::to_string(replaced) + " invalid UTF-8 sequence(s) replaced with U+FFFD"});
    return text;
}

std::optional<InputKind> input_kind_from_name(const std::string& name) {
    if (name == "text") return InputKind::Text;
    if (name == "markdown") return InputKind::Markdown;
    if (name == "html") return InputKind::Html;
    if (name == "jsonl") return InputKind::JsonLines;
    return std::nullopt;
}

void read_input(const std::string& path, const std::function<void(Document&&)>& emit, const DiagnosticSink& diagnostics,
                InputKind stdin_kind) {
    InputKind kind = path == "-" ? stdin_kind : input_kind(path);
    std::string text = normalize_input_text(read_bytes(path), path, diagnostics);
    if (squeeze_spaces(text).empty()) throw Error(path, "empty input: no article text");
    if (kind == InputKind::JsonLines) return read_json_lines(text, path, emit, diagnostics);
    Document doc;
    doc.id = document_id_for(path);
    doc.meta.source_path = path;
    if (kind == InputKind::Html) {
        HtmlArticle article = read_html_article(text, path);
        text = std::move(article.text);
        doc.meta = std::move(article.meta);
        doc.meta.source_path = path;
    } else if (kind == InputKind::Markdown) {
        text = markdown_to_text(text);
        if (squeeze_spaces(text).empty()) throw Error(path, "empty input: no article text");
    }
    if (doc.meta.title.empty()) doc.meta.title = headline_of(text);
    doc.text = std::move(text);
    emit(std::move(doc));
}

}  // namespace newsgraph
