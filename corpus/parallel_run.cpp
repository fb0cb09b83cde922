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

}  // namespace

void process_in_parallel(const std::vector<std::string>& files, const std::vector<std::uintmax_t>& sizes,
                         const Pipeline& pipeline, const CorpusOptions& options, std::size_t threads, Merger& merger) {
    const std::size_t window = threads * 32;
    std::mutex mutex;
    // One condition per kind of waiter, so a change wakes only the thread it concerns.
    std::condition_variable space;  // the reader waits for room in the window
    std::condition_variable work;   // workers wait for a document to extract
    std::condition_variable ready;  // the merger waits for the next item in order
    std::deque<Item> items;
    std::vector<Document> merged;  // documents already merged, freed by a worker rather than by the merger
    bool reading_done = false;

    auto read_all = [&] {
        name_this_thread("ng-read");
        read_items(files, sizes, options, [&](Item&& item) {
            std::unique_lock lock(mutex);
            space.wait(lock, [&] { return items.size() < window; });
            item.ready = !item.doc;
            items.push_back(std::move(item));
            if (!items.back().ready)
                work.notify_one();
            else if (items.size() == 1)
                ready.notify_one();  // the merger waits only for the front item
        });
        std::lock_guard lock(mutex);
        reading_done = true;
        work.notify_all();
        ready.notify_one();
    };

    auto unclaimed = [&]() -> Item* {
        for (Item& item : items)
            if (!item.claimed && item.doc) return &item;  // `doc` of a claimed item belongs to its worker
        return nullptr;
    };
    auto worker = [&] {
        name_this_thread("ng-extract");
        std::vector<Document> garbage;
        for (;;) {
            Item* item = nullptr;
            {
                std::unique_lock lock(mutex);
                work.wait(lock, [&] { return unclaimed() || reading_done; });
                item = unclaimed();
                garbage.swap(merged);
                if (!item) return;  // reading is done and every document is taken
                item->claimed = true;
            }
            garbage.clear();
            // deque::push_back keeps references valid, and the merger pops only ready items.
            extract_item(*item, pipeline, options);
            std::lock_guard lock(mutex);
            item->ready = true;
            if (item == &items.front()) ready.notify_one();  // the merger waits only for the front item
        }
    };
    // Workers first, then the reader: when the system refuses threads, the run
    // goes on with the workers it got, and fails before any work with none.
    std::vector<std::thread> pool;
    try {
        for (std::size_t i = 0; i < threads; ++i) pool.emplace_back(worker);
    } catch (const std::system_error&) {
        if (pool.empty()) throw;
    }
    std::thread reader;
    try {
        reader = std::thread(read_all);
    } catch (const std::system_error&) {
        {
            std::lock_guard lock(mutex);
            reading_done = true;
        }
        work.notify_all();
        for (auto& thread : pool) thread.join();
        throw;
    }

    // The merger takes every ready item at the front at once, and wakes the
    // reader only when the window is half empty: fewer wake-ups on both sides.
    std::vector<Item> batch;
    std::vector<Document> done;  // documents merged, handed to the workers to free
    for (;;) {
        {
            std::unique_lock lock(mutex);
            std::move(done.begin(), done.end(), std::back_inserter(merged));
            done.clear();
            ready.wait(lock,
                       [&] { return (!items.empty() && items.front().ready) || (reading_done && items.empty()); });
            if (items.empty()) break;
            const std::size_t before = items.size();
            while (!items.empty() && items.front().ready) {
                batch.push_back(std::move(items.front()));
                items.pop_front();
            }
            if (before > window / 2 && items.size() <= window / 2) space.notify_one();
        }
        for (Item& item : batch) {
            merger.merge(item);
            if (item.doc) done.push_back(std::move(*item.doc));
        }
        batch.clear();
    }
    reader.join();
    for (auto& thread : pool) thread.join();
}

}  // namespace newsgraph
