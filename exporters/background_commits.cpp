#include "exporters/background_commits.hpp"

#include <exception>

namespace newsgraph {

BackgroundCommits::BackgroundCommits(std::vector<std::optional<Error>>& errors)
    : errors_(errors), thread_([this] { run(); }) {}

BackgroundCommits::~BackgroundCommits() { finish(); }

void BackgroundCommits::add(std::size_t output, std::unique_ptr<AtomicFile> file) {
    std::lock_guard lock(mutex_);
    queue_.emplace_back(output, std::move(file));
    wake_.notify_one();
}

void BackgroundCommits::finish() {
    if (!thread_.joinable()) return;
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
        wake_.notify_one();
    }
    thread_.join();
}

void BackgroundCommits::run() {
    for (;;) {
        std::pair<std::size_t, std::unique_ptr<AtomicFile>> next;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return !queue_.empty() || closing_; });
            if (queue_.empty()) return;
            next = std::move(queue_.front());
            queue_.pop_front();
        }
        try {
            next.second->commit();
        } catch (const Error& error) {
            errors_[next.first] = error;
        } catch (const std::exception& error) {
            errors_[next.first] = Error(error.what());
        }
        next.second.reset();  // closes and, after a failure, removes the temporary file
    }
}

}  // namespace newsgraph
