// Temporary output files still being written, removed if the process is
// interrupted (SIGINT, SIGTERM, SIGHUP) so an interrupted run leaves no partial
// file behind; the final outputs are only ever replaced by rename.
#pragma once

namespace newsgraph {

// Remembers `path` until forget_temp_file(); returns a slot, or -1 when full.
int remember_temp_file(const char* path);
// Forgets the file in `slot` (after it was renamed into place or removed).
void forget_temp_file(int slot);
// Installs handlers that unlink every remembered file, then die of the same signal.
void remove_temp_files_on_signals();

}  // namespace newsgraph
