// Temporary output files still being written, removed if the process is
// interrupted (SIGINT, SIGTERM, SIGHUP) so an interrupted run leaves no partial
// file behind; the final outputs are only ever replaced by rename.
#pragma once

namespace newsgraph {

// mkstemp(path_template), remembered until forget_temp_file() in `slot` (-1
// when the table is full). Safe against a signal handled on another thread
// meanwhile: the file is always removed if a signal ends the process.
// Returns the descriptor, or -1 with errno set.
int create_temp_file(char* path_template, int& slot);
// mkdtemp(path_template), remembered like a file: if a signal ends the process,
// the files in it are removed, then the directory. Returns false with errno set.
bool create_temp_directory(char* path_template, int& slot);
// Forgets the file (or directory) in `slot` (after it was renamed into place or removed).
void forget_temp_file(int slot);
// Removes every remembered file and directory now (async-signal-safe), for a process about to end abnormally.
void remove_temp_files_now();
// Installs handlers that remove every remembered file and directory, then die of the same signal.
void remove_temp_files_on_signals();

}  // namespace newsgraph
