// SERVICE detection by a small SPARQL lexer, and the watchdog thread.
#include "query/query_limits.hpp"

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

namespace newsgraph {

namespace {

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '?' || c == '$' || c == '-' ||
           (static_cast<unsigned char>(c) & 0x80);
}

// Index just past the string literal that opens at `i` ('...', "...", '''...''' or """...""").
std::size_t skip_string(std::string_view text, std::size_t i) {
    char quote = text[i];
    bool triple = text.substr(i, 3) == std::string(3, quote);
    std::size_t at = i + (triple ? 3 : 1);
    for (; at < text.size(); ++at) {
        if (text[at] == '\\') {
            ++at;
        } else if (text[at] == quote && (!triple || text.substr(at, 3) == std::string(3, quote))) {
            return at + (triple ? 3 : 1);
        }
    }
    return text.size();
}

// Index just past the IRI that opens at `i`, or `i` + 1 when '<' is an operator.
std::size_t skip_iri(std::string_view text, std::size_t i) {
    for (std::size_t at = i + 1; at < text.size(); ++at) {
        char c = text[at];
        if (c == '>') return at + 1;
        if (std::isspace(static_cast<unsigned char>(c)) || c == '<' || c == '"' || c == '{' || c == '}') break;
    }
    return i + 1;
}

// Bytes of resident memory, from /proc/self/statm; 0 when unknown.
std::uintmax_t resident_bytes() {
    std::ifstream statm("/proc/self/statm");
    std::uintmax_t pages = 0, resident = 0;
    if (!(statm >> pages >> resident)) return 0;
    return resident * static_cast<std::uintmax_t>(::sysconf(_SC_PAGESIZE));
}

[[noreturn]] void stop_query(const std::string& message) {
    std::cout.flush();
    std::string line = "newsgraph: error: " + message + "\n";
    [[maybe_unused]] auto written = ::write(STDERR_FILENO, line.data(), line.size());
    ::_exit(1);
}

}  // namespace

bool uses_service(std::string_view sparql) {
    for (std::size_t i = 0; i < sparql.size();) {
        char c = sparql[i];
        if (c == '#') {
            std::size_t end = sparql.find('\n', i);
            i = end == std::string_view::npos ? sparql.size() : end;
        } else if (c == '"' || c == '\'') {
            i = skip_string(sparql, i);
        } else if (c == '<') {
            i = skip_iri(sparql, i);
        } else if (is_name_char(c)) {
            std::size_t end = i;
            while (end < sparql.size() && is_name_char(sparql[end])) ++end;
            std::string word(sparql.substr(i, end - i));
            for (char& letter : word) letter = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
            if (word == "SERVICE") return true;
            i = end;
        } else {
            ++i;
        }
    }
    return false;
}

QueryWatchdog::QueryWatchdog(const QueryLimits& limits) : limits_(limits) {
    if (limits_.timeout_seconds <= 0 && limits_.max_memory == 0) return;
    baseline_ = resident_bytes();
    auto deadline = std::chrono::steady_clock::time_point::max();
    if (limits_.timeout_seconds > 0)
        deadline = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                          std::chrono::duration<double>(limits_.timeout_seconds));
    thread_ = std::thread([this, deadline] { watch(deadline); });
}

QueryWatchdog::~QueryWatchdog() {
    if (!thread_.joinable()) return;
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    stop_.notify_one();
    thread_.join();
}

void QueryWatchdog::watch(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    for (;;) {
        if (stop_.wait_for(lock, std::chrono::milliseconds(50), [this] { return stopping_; })) return;
        if (std::chrono::steady_clock::now() >= deadline) {
            char seconds[32];
            std::snprintf(seconds, sizeof seconds, "%g", limits_.timeout_seconds);
            stop_query(std::string("the query ran longer than --timeout ") + seconds + " s; stopped, no result");
        }
        if (limits_.max_memory && resident_bytes() > baseline_ + limits_.max_memory)
            stop_query("the query needed more than --max-memory (" + std::to_string(limits_.max_memory >> 20) +
                       " MiB beyond the loaded graph); stopped, no result");
    }
}

}  // namespace newsgraph
