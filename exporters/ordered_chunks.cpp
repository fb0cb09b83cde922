// Ordered parallel formatting: a window of slots indexed by chunk number modulo
// its size; workers fill slots, the calling thread empties them in order.
#include "exporters/ordered_chunks.hpp"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace newsgraph {

namespace {

struct Slot {
    std::string text;
    bool ready = false;
    std::exception_ptr failure;
};

}  // namespace

void write_chunks_in_order(std::size_t count, std::size_t threads,
                           const std::function<void(std::size_t chunk, std::string& text)>& format,
                           const std::function<void(std::string& text)>& write) {
    std::string text;
    if (threads <= 1 || count <= 1) {
        for (std::size_t chunk = 0; chunk < count; ++chunk) {
            text.clear();
            format(chunk, text);
            write(text);
        }
        return;
    }

    const std::size_t window = threads * 2;  // enough to keep every worker busy while one chunk is written
    std::vector<Slot> slots(window);
    std::mutex mutex;
    std::condition_variable chunk_ready, slot_free;
    std::size_t next = 0;     // the next chunk a worker takes
    std::size_t written = 0;  // chunks written so far: chunk k may start once k < written + window
    bool stop = false;        // a chunk failed: start no more

    auto worker = [&] {
        std::string buffer;
        for (;;) {
            std::size_t chunk;
            {
                std::unique_lock lock(mutex);
                slot_free.wait(lock, [&] { return stop || next >= count || next < written + window; });
                if (stop || next >= count) return;
                chunk = next++;
            }
            buffer.clear();
            std::exception_ptr failure;
            try {
                format(chunk, buffer);
            } catch (...) {
                failure = std::current_exception();
            }
            std::lock_guard lock(mutex);
            Slot& slot = slots[chunk % window];
            slot.text.swap(buffer);  // the worker keeps the slot's old buffer and its capacity
            slot.failure = failure;
            slot.ready = true;
            if (failure) stop = true;
            chunk_ready.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);

    std::exception_ptr failure;
    for (std::size_t chunk = 0; chunk < count && !failure; ++chunk) {
        {
            std::unique_lock lock(mutex);
            Slot& slot = slots[chunk % window];
            chunk_ready.wait(lock, [&] { return slot.ready; });
            slot.ready = false;
            failure = slot.failure;
            text.swap(slot.text);
            ++written;
            slot_free.notify_all();
        }
        if (failure) break;
        try {
            write(text);
        } catch (...) {
            failure = std::current_exception();
        }
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
        slot_free.notify_all();
    }
    for (auto& thread : pool) thread.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace newsgraph
