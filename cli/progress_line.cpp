// Progress line formatting.
#include "cli/progress_line.hpp"

#include <cstdio>

namespace newsgraph {

void ProgressLine::update(const Progress& p) {
    auto now = std::chrono::steady_clock::now();
    bool last = p.inputs_done == p.inputs_total;
    if (!last && drawn_ && now - last_draw_ < std::chrono::milliseconds(200)) return;
    last_draw_ = now;
    drawn_ = true;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double megabytes = static_cast<double>(p.bytes_done) / 1048576.0;
    double rate = seconds > 0 ? megabytes / seconds : 0.0;
    double left = p.bytes_done > 0
                      ? seconds * static_cast<double>(p.bytes_total - p.bytes_done) / static_cast<double>(p.bytes_done)
                      : 0.0;
    char line[160];
    std::snprintf(line, sizeof line, "\r%zu/%zu inputs  %.1f MB/s  ETA %d:%02d  %zu error(s)   ", p.inputs_done,
                  p.inputs_total, rate, static_cast<int>(left) / 60, static_cast<int>(left) % 60, p.failed);
    out_ << line << std::flush;
}

void ProgressLine::finish() {
    if (drawn_) out_ << '\n';
}

}  // namespace newsgraph
