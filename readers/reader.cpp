// Input discovery, reading and text normalization.
#include "readers/reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/text.hpp"
#include "readers/content_sniffer.hpp"
#include "readers/html.hpp"
#include "readers/jsonl.hpp"
#include "readers/markdown.hpp"

namespace newsgraph {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(const std::string& path) { return ascii_lower(fs::path(path).extension().string()); }

// Files a directory walk leaves out: hidden files and a folder's own documentation.
bool is_folder_note(const fs::path& path) {
    std::string name = path.filename().string();
    if (name.empty() || name[0] == '.') return true;
    std::string stem = path.stem().string();
    std::transform(stem.begin(), stem.end(), stem.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return stem == "README" || stem == "LICENSE" || stem == "CHANGELOG" || stem == "NOTICE";
}

// An HTML page newsgraph wrote itself (`-o graph.html`, marked in its <head> by
// exporters/explorer/explorer.html), so an earlier run's output in an input folder is not read as an article.
bool is_newsgraph_page(const fs::path& path) {
    std::string extension = lower_extension(path.string());
    if (extension != ".html" && extension != ".htm") return false;
    std::ifstream in(path, std::ios::binary);
    std::string head(1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head.find("<meta name=\"generator\" content=\"newsgraph\">") != std::string::npos;
}

bool has_known_extension(const fs::path& path) {
    static const std::vector<std::string> known{".txt",  ".text", ".md",    ".markdown",
                                                ".html", ".htm",  ".jsonl", ".ndjson"};
    std::string extension = lower_extension(path.string());
    return std::find(known.begin(), known.end(), extension) != known.end();
}

// An open file descriptor, closed on scope exit.
struct FileHandle {
    int fd = -1;
    ~FileHandle() {
        if (fd > 2) ::close(fd);
    }
};

std::string system_error_text(int error) { return std::error_code(error, std::generic_category()).message(); }

// The bytes of `path` ("-" is standard input), at most `limit` of them: a
// larger regular file is refused from its size before anything is read.
std::string read_bytes(const std::string& path, std::uintmax_t limit) {
    FileHandle file;
    if (path == "-") {
        file.fd = STDIN_FILENO;
    } else {
        file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (file.fd < 0) {
            int error = errno;
            if (error == ENOENT) throw Error(path, "no such file");
            throw Error(path, "cannot open: " + system_error_text(error));
        }
    }
    struct stat info {};
    if (::fstat(file.fd, &info) == 0) {
        if (S_ISDIR(info.st_mode)) throw Error(path, "is a directory");
        if (S_ISREG(info.st_mode) && static_cast<std::uintmax_t>(info.st_size) > limit)
            throw Error(path, too_large_message(static_cast<std::uintmax_t>(info.st_size), limit));
    }
    std::string bytes;
    if (S_ISREG(info.st_mode)) bytes.reserve(static_cast<std::size_t>(info.st_size));
    char buffer[1 << 16];
    for (;;) {
        ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw Error(path, "read error: " + system_error_text(errno));
        if (n == 0) break;
        bytes.append(buffer, static_cast<std::size_t>(n));
        if (bytes.size() > limit) throw Error(path, too_large_message(bytes.size(), limit, true));
    }
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

namespace {

// Files with a known extension under `root`, sorted. A subdirectory that
// cannot be listed is reported to `problems` and left out; `root` itself throws.
std::vector<std::string> walk_directory(const std::string& root, const DiagnosticSink& problems) {
    std::vector<std::string> found;
    std::vector<fs::path> pending{root};
    while (!pending.empty()) {
        fs::path directory = std::move(pending.back());
        pending.pop_back();
        std::error_code ec;
        fs::directory_iterator it(directory, ec);
        for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
            const fs::path& path = it->path();
            std::error_code type_ec;
            if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
                if (path.filename().string().rfind('.', 0) != 0) pending.push_back(path);  // hidden folders stay out
            } else if (it->is_regular_file(type_ec) && has_known_extension(path) && !is_folder_note(path) &&
                       !is_newsgraph_page(path)) {
                found.push_back(path.string());
            }
        }
        if (!ec) continue;
        if (directory == fs::path(root)) throw Error(root, "cannot list directory: " + ec.message());
        if (problems)
            problems({Severity::Error, directory.string(), "cannot list directory: " + ec.message() + "; skipped"});
    }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, const DiagnosticSink& problems) {
    std::vector<std::string> out;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (path == "-" || !fs::is_directory(path, ec)) {
            if (path != "-" && !fs::exists(path, ec)) throw Error(path, "no such file or directory");
            out.push_back(path);
            continue;
        }
        std::vector<std::string> found = walk_directory(path, problems);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

std::string too_large_message(std::uintmax_t size, std::uintmax_t limit, bool at_least) {
    return std::string(at_least ? "more than " : "") + std::to_string(size) + " bytes, over --max-document-size (" +
           std::to_string(limit) + " bytes); skipped";
}

std::size_t remove_control_characters(std::string& text) {
    std::size_t removed = 0, out = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n') {
            if (c == '\f' || c == '\v') {
                text[out++] = '\n';
            } else {
                ++removed;
            }
            continue;
        }
        if (c == 0xEF && i + 2 < text.size() && text[i + 1] == '\xBF' &&
            (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
            ++removed;
            i += 2;
            continue;
        }
        text[out++] = text[i];
    }
    text.resize(out);
    return removed;
}

std::string normalize_input_text(std::string bytes, const std::string& path, const DiagnosticSink& diagnostics,
                                 bool strict) {
    if (auto reason = non_text_reason(std::string_view(bytes).substr(0, 4096))) throw Error(path, *reason);
    if (bytes.find('\0') != std::string::npos) throw Error(path, "binary content (NUL bytes), not a text article");
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
    // CRLF and lone CR become LF in place: the text only shrinks.
    std::size_t out = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            bytes[out++] = '\n';
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        } else {
            bytes[out++] = bytes[i];
        }
    }
    bytes.resize(out);
    auto report = [&](const std::string& problem) {
        if (strict) throw Error(path, problem + " (--strict)");
        if (diagnostics) diagnostics({Severity::Warning, path, problem});
    };
    if (std::size_t replaced = repair_utf8(bytes))
        report(std::to_string(replaced) + " invalid UTF-8 sequence(s) replaced with U+FFFD");
    if (std::size_t removed = remove_control_characters(bytes))
        report(std::to_string(removed) + " control character(s) or U+FFFE/U+FFFF removed");
    return bytes;
}

std::optional<InputKind> input_kind_from_name(const std::string& name) {
    if (name == "text") return InputKind::Text;
    if (name == "markdown") return InputKind::Markdown;
    if (name == "html") return InputKind::Html;
    if (name == "jsonl") return InputKind::JsonLines;
    return std::nullopt;
}

void read_input(const std::string& path, const std::function<void(Document&&)>& emit, const DiagnosticSink& diagnostics,
                const ReadOptions& options) {
    InputKind kind = path == "-" ? options.stdin_kind : input_kind(path);
    if (kind == InputKind::JsonLines) return read_json_lines_file(path, emit, diagnostics, options);
    std::string text =
        normalize_input_text(read_bytes(path, options.max_document_size), path, diagnostics, options.strict);
    if (squeeze_spaces(text).empty()) throw Error(path, "empty input: no article text");
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
