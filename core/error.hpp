// The two kinds of failure: a fatal Error naming the file and the problem, and
// per-document diagnostics sent to a sink so a corpus run can go on.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>

namespace newsgraph {

// Fatal for the operation at hand; what() reads "FILE: MESSAGE" when a file is known.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message), message_(message) {}
    Error(const std::string& file, const std::string& message)
        : std::runtime_error(file.empty() ? message : file + ": " + message), file_(file), message_(message) {}
    const std::string& file() const { return file_; }
    // The problem without the file name.
    const std::string& message() const { return message_; }

private:
    std::string file_;
    std::string message_;
};

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Warning;
    std::string file;     // input it concerns ("path" or "path:line"); may be empty
    std::string message;  // the problem, without the file name

    // "file: message", or the message alone when no file is known.
    std::string text() const { return file.empty() ? message : file + ": " + message; }
};

// Receives diagnostics; replace it to silence or collect them.
using DiagnosticSink = std::function<void(const Diagnostic&)>;

}  // namespace newsgraph
