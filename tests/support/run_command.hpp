// Runs the newsgraph binary in a shell and captures its exit status and output.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

struct CommandResult {
    int status = -1;
    std::string output;  // stdout and stderr together
};

// Runs `newsgraph ARGS` (ARGS already shell-quoted) with stdin from /dev/null,
// from the source directory when `in_source_dir` (so relative input paths stay relative).
inline CommandResult run_newsgraph(const std::string& args, bool in_source_dir = false) {
    std::string command = std::string(in_source_dir ? "cd '" NEWSGRAPH_SOURCE_DIR "' && " : "") + "'" +
                          NEWSGRAPH_BINARY + "' " + args + " </dev/null 2>&1";
    CommandResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer;
    for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) result.output.append(buffer.data(), n);
    int raw = pclose(pipe);
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return result;
}

// Whole contents of a file ("" when it cannot be read).
inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

// Path of a file in the source tree.
inline std::string source_path(const std::string& relative) {
    return std::string(NEWSGRAPH_SOURCE_DIR) + "/" + relative;
}
