// Fixed-size, lock-free table: the signal handler may only use async-signal-safe calls.
#include "exporters/temp_file_registry.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/syscall.h>
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
    bool directory = false;
    char path[kPathBytes];
};

Slot slots[kSlots];
std::atomic<bool> terminating{false};
std::atomic<int> creating{0};  // threads between mkstemp and remembering the file

// Removes the files in `path`, then the directory, with async-signal-safe calls only.
void remove_directory(const char* path) {
    int fd = ::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        alignas(8) char buffer[4096];
        long bytes;
        while ((bytes = ::syscall(SYS_getdents64, fd, buffer, sizeof buffer)) > 0) {
            for (long at = 0; at < bytes;) {
                const auto* entry = reinterpret_cast<const struct dirent64*>(buffer + at);
                at += entry->d_reclen;
                if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
                    ::unlinkat(fd, entry->d_name, 0);
            }
        }
        ::close(fd);
    }
    ::rmdir(path);
}

void remove_all_remembered() {
    terminating.store(true);
    // Outputs are written on several threads: wait until no other thread holds a
    // file it has created but not yet remembered (they block these signals
    // meanwhile, so this is never one of them).
    while (creating.load() > 0) {
    }
    for (Slot& slot : slots)
        if (slot.ready.load() && !slot.directory) ::unlink(slot.path);
    for (Slot& slot : slots)
        if (slot.ready.load() && slot.directory) remove_directory(slot.path);
}

void on_signal(int signal_number) {
    remove_all_remembered();
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

int remember(const char* path, bool directory) {
    for (int i = 0; i < kSlots; ++i) {
        bool expected = false;
        if (!slots[i].used.compare_exchange_strong(expected, true)) continue;
        slots[i].directory = directory;
        std::strcpy(slots[i].path, path);
        slots[i].ready.store(true);
        return i;
    }
    return -1;
}

}  // namespace

namespace {

// Runs `create` (mkstemp or mkdtemp on `path_template`) with the signals blocked and remembers what it made.
template <typename Create>
int create_remembered(char* path_template, bool directory, int& slot, Create create) {
    slot = -1;
    sigset_t blocked, previous;
    sigemptyset(&blocked);
    for (int signal_number : kSignals) sigaddset(&blocked, signal_number);
    pthread_sigmask(SIG_BLOCK, &blocked, &previous);
    creating.fetch_add(1);
    int result = -1;
    int error = 0;
    if (!terminating.load()) {
        result = create(path_template);
        error = errno;
        if (result >= 0 && std::strlen(path_template) < kPathBytes) slot = remember(path_template, directory);
    }
    creating.fetch_sub(1);
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (result < 0 && terminating.load())
        for (;;) ::pause();  // a signal is ending the process: create nothing more
    errno = error;
    return result;
}

}  // namespace

int create_temp_file(char* path_template, int& slot) {
    return create_remembered(path_template, false, slot, [](char* path) { return ::mkstemp(path); });
}

bool create_temp_directory(char* path_template, int& slot) {
    return create_remembered(path_template, true, slot, [](char* path) { return ::mkdtemp(path) ? 0 : -1; }) == 0;
}

void forget_temp_file(int slot) {
    if (slot < 0 || slot >= kSlots) return;
    slots[slot].ready.store(false);
    slots[slot].used.store(false);
}

void remove_temp_files_now() { remove_all_remembered(); }

void remove_temp_files_on_signals() {
    for (int signal_number : kSignals) std::signal(signal_number, on_signal);
}

}  // namespace newsgraph
