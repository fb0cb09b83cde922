// Staging directory beside the target, swapped into place with renameat2.
#include "exporters/atomic_directory.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/error.hpp"
#include "exporters/temp_file_registry.hpp"

namespace newsgraph {

namespace fs = std::filesystem;

namespace {

// `path` without trailing slashes, so that "out.neo4j/" stages beside it and not inside it.
std::string without_trailing_slashes(std::string path) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    return path;
}

// The process's umask, read without setting it (other threads may be creating files): 022 if unknown.
mode_t current_umask() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
    return 022;
}

}  // namespace

AtomicDirectory::AtomicDirectory(std::string path, std::vector<std::string> owned)
    : path_(without_trailing_slashes(std::move(path))), owned_(std::move(owned)) {
    check_replaceable();
    std::string templ = path_ + ".tmp-XXXXXX";
    if (!create_temp_directory(templ.data(), slot_))
        throw Error(path_, std::string("cannot create a temporary directory beside it: ") + std::strerror(errno));
    staging_ = templ;
    // mkdtemp makes the directory 0700; give it the mode a plain mkdir would have.
    ::chmod(staging_.c_str(), 0777 & ~current_umask());
}

AtomicDirectory::~AtomicDirectory() {
    if (committed_ || staging_.empty()) return;
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
    forget_temp_file(slot_);
}

void AtomicDirectory::check_replaceable() const {
    std::error_code error;
    fs::file_status status = fs::symlink_status(path_, error);
    if (!fs::exists(status)) return;
    if (!fs::is_directory(status)) throw Error(path_, "exists and is not a directory; not replaced");
    for (const fs::directory_entry& entry : fs::directory_iterator(path_, error)) {
        std::string name = entry.path().filename().string();
        bool ours = false;
        for (const std::string& owned : owned_) ours |= name == owned;
        if (!ours) throw Error(path_, "the directory holds other files (" + name + "); not replaced");
    }
    if (error) throw Error(path_, "cannot list directory: " + error.message());
}

void AtomicDirectory::commit() {
    check_replaceable();  // again: the directory may have changed while the files were written
    // No directory yet: a plain rename, which fails if another writer made one meanwhile.
    if (::rename(staging_.c_str(), path_.c_str()) != 0) {
        int error = errno;
        if (error != EEXIST && error != ENOTEMPTY)
            throw Error(path_, std::string("cannot rename into place: ") + std::strerror(error));
        // The swap leaves the previous set under the staging name, removed below.
        if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, path_.c_str(), RENAME_EXCHANGE) != 0) {
            // No atomic exchange on this file system: move the old set aside, then the new one in.
            std::string aside = path_ + ".old-XXXXXX";
            int aside_slot = -1;
            if (!create_temp_directory(aside.data(), aside_slot) || ::rename(path_.c_str(), aside.c_str()) != 0 ||
                ::rename(staging_.c_str(), path_.c_str()) != 0) {
                error = errno;
                forget_temp_file(aside_slot);
                throw Error(path_, std::string("cannot replace the directory: ") + std::strerror(error));
            }
            forget_temp_file(slot_);
            staging_ = aside;
            slot_ = aside_slot;
        }
        std::error_code ignored;
        fs::remove_all(staging_, ignored);
    }
    forget_temp_file(slot_);
    committed_ = true;
}

}  // namespace newsgraph
