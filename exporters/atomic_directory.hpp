// An output directory replaced as a unit: its files are written into a
// temporary sibling directory that is swapped into place only when complete.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Readers of the final directory see either the previous set of files or the
// new one, never a mix: on failure, on a signal (the temporary directory is
// removed) or with several writers at once (each swap is atomic). Only a
// directory holding nothing but `owned` files (or nothing) is replaced, so a
// user's other files are never deleted. Not copyable.
class AtomicDirectory {
public:
    // Creates the temporary directory beside `path`; throws Error naming `path` when it cannot.
    AtomicDirectory(std::string path, std::vector<std::string> owned);
    // Removes the temporary directory (and the files in it) unless commit() succeeded.
    ~AtomicDirectory();
    AtomicDirectory(const AtomicDirectory&) = delete;
    AtomicDirectory& operator=(const AtomicDirectory&) = delete;

    // Where to write the files, until commit().
    const std::string& staging() const { return staging_; }
    // Swaps the staging directory into place (atomically with renameat2 RENAME_EXCHANGE,
    // else by moving the old one aside first) and removes the old files; throws Error naming the path.
    void commit();

private:
    void check_replaceable() const;
    std::string path_;
    std::string staging_;
    std::vector<std::string> owned_;  // file names a directory to replace may hold
    int slot_ = -1;                   // temp_file_registry slot, so a signal handler can remove the staging directory
    bool committed_ = false;
};

}  // namespace newsgraph
