// Finished output files committed (fsynced and renamed into place) on a thread
// of their own, so that the disk flush of one output overlaps the formatting of
// the next instead of holding up the thread that formatted it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "exporters/atomic_file.hpp"

namespace newsgraph {

class BackgroundCommits {
public:
    // Each file's Error, if its commit fails, goes to errors[output].
    explicit BackgroundCommits(std::vector<std::optional<Error>>& errors);
    // Waits for every commit (see finish).
    ~BackgroundCommits();
    BackgroundCommits(const BackgroundCommits&) = delete;
    BackgroundCommits& operator=(const BackgroundCommits&) = delete;

    // Commits `file` after every file added before it: two outputs naming one
    // path end up as the later one, as when they were committed in turn.
    void add(std::size_t output, std::unique_ptr<AtomicFile> file);
    // Returns once every file added has been committed or has failed.
    void finish();

private:
    void run();
    std::vector<std::optional<Error>>& errors_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::pair<std::size_t, std::unique_ptr<AtomicFile>>> queue_;
    bool closing_ = false;
    std::thread thread_;
};

}  // namespace newsgraph
