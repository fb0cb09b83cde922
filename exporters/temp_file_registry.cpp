// Fixed-size, lock-free table: the signal handler may only use async-signal-safe calls.
#include "exporters/temp_file_registry.hpp"

#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace newsgraph {

namespace {

constexpr int kSlots = 64;
constexpr std::size_t kPathBytes = 4096;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

struct Slot {
    std::atomic<bool> used{false};
    std::atomic<bool> ready{false};
    char path[kPathBytes];
};

Slot slots[kSlots];
std::atomic<bool> terminating{false};
std::atomic<int> creating{0};  // threads between mkstemp and remembering the file

void on_signal(int signal_number) {
    terminating.store(true);
    // Outputs are written on several threads: wait until no other thread holds a
    // file it has created but not yet remembered (they block these signals
    // meanwhile, so this is never one of them).
    while (creating.load() > 0) {
    }
    for (Slot& slot : slots)
        if (slot.ready.load()) ::unlink(slot.path);
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

int remember(const char* path) {
    for (int i = 0; i < kSlots; ++i) {
        bool expected = false;
        if (!slots[i].used.compare_exchange_strong(expected, true)) continue;
        std::strcpy(slots[i].path, path);
        slots[i].ready.store(true);
        return i;
    }
    return -1;
}

}  // namespace

int create_temp_file(char* path_template, int& slot) {
    slot = -1;
    sigset_t blocked, previous;
    sigemptyset(&blocked);
    for (int signal_number : kSignals) sigaddset(&blocked, signal_number);
    pthread_sigmask(SIG_BLOCK, &blocked, &previous);
    creating.fetch_add(1);
    int fd = -1;
    int error = 0;
    if (!terminating.load()) {
        fd = ::mkstemp(path_template);
        error = errno;
        if (fd >= 0 && std::strlen(path_template) < kPathBytes) slot = remember(path_template);
    }
    creating.fetch_sub(1);
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (fd < 0 && terminating.load())
        for (;;) ::pause();  // a signal is ending the process: create nothing more
    errno = error;
    return fd;
}

void forget_temp_file(int slot) {
    if (slot < 0 || slot >= kSlots) return;
    slots[slot].ready.store(false);
    slots[slot].used.store(false);
}

void remove_temp_files_on_signals() {
    for (int signal_number : kSignals) std::signal(signal_number, on_signal);
}

}  // namespace newsgraph
