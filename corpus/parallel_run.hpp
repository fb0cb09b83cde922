// The parallel corpus run: one reader thread, worker threads for extraction,
// and the calling thread merging items strictly in input order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpus/corpus_items.hpp"

namespace newsgraph {

// One reader thread turns inputs into documents (a JSON Lines file gives many),
// `threads` workers extract them, and the calling thread merges them strictly in
// order; at most `window` items are in flight, which bounds memory by the graph,
// not the corpus. A few dozen per worker keep the workers busy while a long
// document holds up the merge.
// Throws std::system_error, before any item is read, when no thread can be started.
void process_in_parallel(const std::vector<std::string>& files, const std::vector<std::uintmax_t>& sizes,
                         const Pipeline& pipeline, const CorpusOptions& options, std::size_t threads, Merger& merger);

}  // namespace newsgraph
