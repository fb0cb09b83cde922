// An output file that appears under its final name only when complete:
// written to a temporary file beside it, fsynced, then renamed into place.
#pragma once

#include <memory>
#include <ostream>
#include <string>

namespace newsgraph {

// A path that names an existing non-regular file (a device such as /dev/full, a
// FIFO) or lies under /dev/ or /proc/ is written in place instead; a symlink is
// followed and its target replaced. Not copyable.
class AtomicFile {
public:
    // Creates the temporary file; throws Error naming `path` when it cannot.
    explicit AtomicFile(std::string path);
    // Removes the temporary file unless commit() succeeded.
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ostream& stream();
    // Flushes, checks every write, fsyncs and renames into place; throws Error naming the path.
    void commit();

private:
    class Buffer;
    void fail(const std::string& what, int error);
    std::string path_;
    std::string temp_;    // empty when writing in place
    std::string target_;  // the file the rename replaces (path_ with symlinks resolved)
    int fd_ = -1;
    int slot_ = -1;  // temp_file_registry slot, so a signal handler can remove the temporary file
    std::unique_ptr<Buffer> buffer_;
    std::unique_ptr<std::ostream> stream_;
    bool committed_ = false;
};

}  // namespace newsgraph
