// The progress line a corpus run shows on a terminal: inputs done / total,
// MB/s, time left and errors so far, redrawn in place on stderr.
#pragma once

#include <chrono>
#include <ostream>

#include "corpus/corpus_build.hpp"

namespace newsgraph {

// Not thread-safe; build_corpus calls it from one thread.
class ProgressLine {
public:
    explicit ProgressLine(std::ostream& out) : out_(out), start_(std::chrono::steady_clock::now()) {}
    // Redraws the line at most a few times a second, and always for the last input.
    void update(const Progress& progress);
    // Ends the line so later messages start on a fresh one.
    void finish();

private:
    std::ostream& out_;
    std::chrono::steady_clock::time_point start_, last_draw_{};
    bool drawn_ = false;
};

}  // namespace newsgraph
