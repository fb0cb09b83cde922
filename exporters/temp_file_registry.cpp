// Fixed-size, lock-free table: the signal handler may only use async-signal-safe calls.
#include "exporters/temp_file_registry.hpp"

#include <atomic>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace newsgraph {

namespace {

constexpr int kSlots = 64;
constexpr std::size_t kPathBytes = 4096;

struct Slot {
    std::atomic<bool> used{false};
    std::atomic<bool> ready{false};
    char path[kPathBytes];
};

Slot slots[kSlots];
std::atomic<bool> terminating{false};

void on_signal(int signal_number) {
    terminating.store(true);
    for (Slot& slot : slots)
        if (slot.ready.load()) ::unlink(slot.path);
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

}  // namespace

int remember_temp_file(const char* path) {
    if (std::strlen(path) >= kPathBytes) return -1;
    for (int i = 0; i < kSlots; ++i) {
        bool expected = false;
        if (!slots[i].used.compare_exchange_strong(expected, true)) continue;
        std::strcpy(slots[i].path, path);
        slots[i].ready.store(true);
        // Outputs are written on several threads: a file created while a signal
        // handler runs on another thread may have been missed by it. Either the
        // handler sees `ready` or this sees `terminating` (both sequentially
        // consistent), so the file is removed by one of the two; this thread
        // then waits for the process to end.
        if (terminating.load()) {
            ::unlink(slots[i].path);
            for (;;) ::pause();
        }
        return i;
    }
    return -1;
}

void forget_temp_file(int slot) {
    if (slot < 0 || slot >= kSlots) return;
    slots[slot].ready.store(false);
    slots[slot].used.store(false);
}

void remove_temp_files_on_signals() {
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) std::signal(signal_number, on_signal);
}

}  // namespace newsgraph
