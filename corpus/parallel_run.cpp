// Reader, worker pool and in-order merge of a parallel corpus run.
#include "corpus/parallel_run.hpp"

#include <pthread.h>

#include <condition_variable>
#include <deque>
#include <iterator>
#include <mutex>
#include <system_error>
#include <thread>

namespace newsgraph {

namespace {

// Names the calling thread, so that top -H, perf and debuggers tell readers, workers and the merger apart.
void name_this_thread(const char* name) { pthread_setname_np(pthread_self(), name); }

// The state the reader, the workers and the merger share, and what each of them does.
class ParallelRun {
public:
    ParallelRun(const std::vector<std::string>& files, const std::vector<std::uintmax_t>& sizes,
                const Pipeline& pipeline, const CorpusOptions& options, std::size_t threads)
        : files_(files), sizes_(sizes), pipeline_(pipeline), options_(options), window_(threads * 32) {}

    // The reader: every input into items, waiting for room in the window.
    void read_all() {
        name_this_thread("ng-read");
        read_items(files_, sizes_, options_, [&](Item&& item) {
            std::unique_lock lock(mutex_);
            space_.wait(lock, [&] { return items_.size() < window_; });
            item.ready = !item.doc;
            items_.push_back(std::move(item));
            if (!items_.back().ready)
                work_.notify_one();
            else if (items_.size() == 1)
                ready_.notify_one();  // the merger waits only for the front item
        });
        finish_reading();
    }

    // Tells the workers and the merger that no item will come any more.
    void finish_reading() {
        std::lock_guard lock(mutex_);
        reading_done_ = true;
        work_.notify_all();
        ready_.notify_one();
    }

    // A worker: extracts unclaimed documents until reading is done and every one is taken.
    void work() {
        name_this_thread("ng-extract");
        std::vector<Document> garbage;
        for (;;) {
            Item* item = nullptr;
            {
                std::unique_lock lock(mutex_);
                work_.wait(lock, [&] { return unclaimed() || reading_done_; });
                item = unclaimed();
                garbage.swap(merged_);
                if (!item) return;
                item->claimed = true;
            }
            garbage.clear();
            // deque::push_back keeps references valid, and the merger pops only ready items.
            extract_item(*item, pipeline_, options_);
            std::lock_guard lock(mutex_);
            item->ready = true;
            if (item == &items_.front()) ready_.notify_one();  // the merger waits only for the front item
        }
    }

    // The merger (the calling thread): takes every ready item at the front at once, and wakes
    // the reader only when the window is half empty: fewer wake-ups on both sides.
    void merge_all(Merger& merger) {
        std::vector<Item> batch;
        std::vector<Document> done;  // documents merged, handed to the workers to free
        for (;;) {
            {
                std::unique_lock lock(mutex_);
                std::move(done.begin(), done.end(), std::back_inserter(merged_));
                done.clear();
                ready_.wait(lock, [&] {
                    return (!items_.empty() && items_.front().ready) || (reading_done_ && items_.empty());
                });
                if (items_.empty()) return;
                const std::size_t before = items_.size();
                while (!items_.empty() && items_.front().ready) {
                    batch.push_back(std::move(items_.front()));
                    items_.pop_front();
                }
                if (before > window_ / 2 && items_.size() <= window_ / 2) space_.notify_one();
            }
            for (Item& item : batch) {
                merger.merge(item);
                if (item.doc) done.push_back(std::move(*item.doc));
            }
            batch.clear();
        }
    }

private:
    // The first document no worker has claimed (`doc` of a claimed item belongs to its worker).
    Item* unclaimed() {
        for (Item& item : items_)
            if (!item.claimed && item.doc) return &item;
        return nullptr;
    }

    const std::vector<std::string>& files_;
    const std::vector<std::uintmax_t>& sizes_;
    const Pipeline& pipeline_;
    const CorpusOptions& options_;
    const std::size_t window_;  // most items in flight
    std::mutex mutex_;
    // One condition per kind of waiter, so a change wakes only the thread it concerns.
    std::condition_variable space_;  // the reader waits for room in the window
    std::condition_variable work_;   // workers wait for a document to extract
    std::condition_variable ready_;  // the merger waits for the next item in order
    std::deque<Item> items_;
    std::vector<Document> merged_;  // documents already merged, freed by a worker rather than by the merger
    bool reading_done_ = false;
};

}  // namespace

void process_in_parallel(const std::vector<std::string>& files, const std::vector<std::uintmax_t>& sizes,
                         const Pipeline& pipeline, const CorpusOptions& options, std::size_t threads, Merger& merger) {
    ParallelRun run(files, sizes, pipeline, options, threads);
    // Workers first, then the reader: when the system refuses threads, the run
    // goes on with the workers it got, and fails before any work with none.
    std::vector<std::thread> pool;
    try {
        for (std::size_t i = 0; i < threads; ++i) pool.emplace_back([&run] { run.work(); });
    } catch (const std::system_error&) {
        if (pool.empty()) throw;
    }
    std::thread reader;
    try {
        reader = std::thread([&run] { run.read_all(); });
    } catch (const std::system_error&) {
        run.finish_reading();
        for (auto& thread : pool) thread.join();
        throw;
    }
    run.merge_all(merger);
    reader.join();
    for (auto& thread : pool) thread.join();
}

}  // namespace newsgraph
