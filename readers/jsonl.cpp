// JSON Lines reading with RapidJSON, one line at a time, a block of input at a time.
#include "readers/jsonl.hpp"

#include <fcntl.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <unordered_set>

#include "core/json_depth.hpp"
#include "core/text.hpp"
#include "readers/content_sniffer.hpp"
#include "readers/html.hpp"
#include "readers/reader.hpp"

namespace newsgraph {

namespace {

// Fills a buffer with up to `capacity` bytes; returns 0 at the end of input. Throws Error on a read error.
using BlockSource = std::function<std::size_t(char* buffer, std::size_t capacity)>;

// Splits a block source into lines ended by LF, CRLF or a lone CR. A line
// longer than the limit is not kept: only its length is counted.
class LineReader {
public:
    LineReader(BlockSource source, std::uintmax_t limit) : source_(std::move(source)), limit_(limit) { fill(); }

    // The first bytes of the input, to recognize binary files and UTF-16.
    std::string_view head() const { return {buffer_.data(), end_}; }

    // Reads the next line into `line`; false at the end of input. When the line
    // is longer than the limit, `line` is empty and `length` says how long it was.
    bool next(std::string& line, std::uintmax_t& length) {
        line.clear();
        length = 0;
        bool any = false;
        for (;;) {
            if (pos_ == end_ && !fill()) return any;
            if (skip_lf_) {
                skip_lf_ = false;
                if (buffer_[pos_] == '\n' && ++pos_ == end_) continue;
            }
            any = true;
            const char* start = buffer_.data() + pos_;
            std::size_t available = end_ - pos_, taken = 0;
            while (taken < available && start[taken] != '\n' && start[taken] != '\r') ++taken;
            length += taken;
            if (length <= limit_)
                line.append(start, taken);
            else
                line.clear();
            pos_ += taken;
            if (pos_ < end_) {  // a line end
                skip_lf_ = buffer_[pos_] == '\r';
                ++pos_;
                return true;
            }
        }
    }

private:
    bool fill() {
        pos_ = 0;
        end_ = source_(buffer_.data(), buffer_.size());
        return end_ > 0;
    }

    BlockSource source_;
    std::uintmax_t limit_;
    std::vector<char> buffer_ = std::vector<char>(1 << 16);
    std::size_t pos_ = 0, end_ = 0;
    bool skip_lf_ = false;
};

// The string member `name`, "" when absent; throws when present with another type.
std::string string_member(const rapidjson::Value& object, const char* name) {
    auto member = object.FindMember(name);
    if (member == object.MemberEnd() || member->value.IsNull()) return {};
    if (member->value.IsString()) return {member->value.GetString(), member->value.GetStringLength()};
    if (member->value.IsInt64() && std::string_view(name) == "id") return std::to_string(member->value.GetInt64());
    throw Error(std::string("field \"") + name + "\" must be a string");
}

// Turns one line into a document; throws Error (without the place) for a bad line.
class LineParser {
public:
    LineParser(const std::string& path, const ReadOptions& options, const DiagnosticSink& diagnostics)
        : path_(path), options_(options), diagnostics_(diagnostics) {}

    Document parse(std::string& line, const std::string& where, std::size_t line_number) {
        if (line.find('\0') != std::string::npos) throw Error("binary content (NUL bytes), not JSON");
        if (std::size_t replaced = repair_utf8(line))
            repaired(where, std::to_string(replaced) + " invalid UTF-8 sequence(s) replaced with U+FFFD");
        check_json_depth(line);
        rapidjson::Document object;
        if (object.Parse(line.data(), line.size()).HasParseError())
            throw Error(std::string("malformed JSON (") + rapidjson::GetParseError_En(object.GetParseError()) +
                        " at column " + std::to_string(object.GetErrorOffset() + 1) + ")");
        if (!object.IsObject()) throw Error("a line must hold one JSON object");
        Document doc;
        doc.id = string_member(object, "id");
        if (doc.id.empty()) doc.id = path_.substr(path_.find_last_of('/') + 1) + "-" + std::to_string(line_number);
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
        // JSON escapes can still spell invalid UTF-8 (a lone surrogate such as \udc00).
        std::size_t invalid = repair_utf8(text);
        for (std::string* field : {&doc.id, &doc.meta.title, &doc.meta.url, &doc.meta.date})
            invalid += repair_utf8(*field);
        if (invalid) repaired(where, std::to_string(invalid) + " invalid UTF-8 sequence(s) replaced with U+FFFD");
        std::size_t removed = remove_control_characters(text) + remove_control_characters(doc.meta.title);
        if (removed) repaired(where, std::to_string(removed) + " control character(s) or U+FFFE/U+FFFF removed");
        if (squeeze_spaces(text).empty()) throw Error("empty article text");
        if (!ids_.insert(doc.id).second) {
            std::string problem = "duplicate id \"" + doc.id + "\"";
            if (options_.strict) throw Error(problem + " (--strict)");
            if (diagnostics_)
                diagnostics_({Severity::Warning, where, problem + "; the article is kept under a numbered id"});
        }
        doc.text = std::move(text);
        return doc;
    }

private:
    // A repair that leaves usable text: a warning, or an error for the line under --strict.
    void repaired(const std::string& where, const std::string& problem) {
        if (options_.strict) throw Error(problem + " (--strict)");
        if (diagnostics_) diagnostics_({Severity::Warning, where, problem});
    }

    const std::string& path_;
    const ReadOptions& options_;
    const DiagnosticSink& diagnostics_;
    std::unordered_set<std::string> ids_;
};

void read_lines(LineReader& lines, const std::string& path, const std::function<void(Document&&)>& emit,
                const DiagnosticSink& diagnostics, const ReadOptions& options) {
    if (auto reason = non_text_reason(lines.head().substr(0, 4096))) throw Error(path, *reason);
    LineParser parser(path, options, diagnostics);
    std::string line;
    std::uintmax_t length = 0;
    std::size_t line_number = 0, articles = 0;
    while (lines.next(line, length)) {
        ++line_number;
        if (line_number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        std::string where = path + ":" + std::to_string(line_number);
        if (length > options.max_document_size) {
            ++articles;
            if (diagnostics)
                diagnostics(
                    {Severity::Error, where, "line of " + too_large_message(length, options.max_document_size)});
            continue;
        }
        if (squeeze_spaces(line).empty()) continue;
        ++articles;
        try {
            emit(parser.parse(line, where, line_number));
        } catch (const Error& error) {
            if (diagnostics) diagnostics({Severity::Error, where, error.message()});
        }
    }
    if (articles == 0) throw Error(path, "empty input: no article text");
}

}  // namespace

void read_json_lines(std::string_view contents, const std::string& path, const std::function<void(Document&&)>& emit,
                     const DiagnosticSink& diagnostics, const ReadOptions& options) {
    LineReader lines(
        [&](char* buffer, std::size_t capacity) {
            std::size_t n = contents.copy(buffer, capacity);
            contents.remove_prefix(n);
            return n;
        },
        options.max_document_size);
    read_lines(lines, path, emit, diagnostics, options);
}

void read_json_lines_file(const std::string& path, const std::function<void(Document&&)>& emit,
                          const DiagnosticSink& diagnostics, const ReadOptions& options) {
    int fd = STDIN_FILENO;
    if (path != "-" && (fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC)) < 0) {
        int error = errno;
        throw Error(path, error == ENOENT
                              ? "no such file"
                              : "cannot open: " + std::error_code(error, std::generic_category()).message());
    }
    struct Closer {
        int fd;
        ~Closer() {
            if (fd > 2) ::close(fd);
        }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) throw Error(path, "is a directory");
    LineReader lines(
        [&](char* buffer, std::size_t capacity) -> std::size_t {
            for (;;) {
                ssize_t n = ::read(fd, buffer, capacity);
                if (n >= 0) return static_cast<std::size_t>(n);
                if (errno != EINTR)
                    throw Error(path, "read error: " + std::error_code(errno, std::generic_category()).message());
            }
        },
        options.max_document_size);
    read_lines(lines, path, emit, diagnostics, options);
}

}  // namespace newsgraph
