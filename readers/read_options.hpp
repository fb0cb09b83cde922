// Limits and strictness shared by every reader, so one pathological input
// cannot exhaust memory and a strict run refuses what a lenient run repairs.
#pragma once

#include <cstdint>

namespace newsgraph {

enum class InputKind { Text, Markdown, Html, JsonLines };

// Default --max-document-size: far above any real article, far below the memory of a small machine.
inline constexpr std::uintmax_t kDefaultMaxDocumentSize = 64ull << 20;

struct ReadOptions {
    // Bytes one article may take: a whole file, or one line of a JSON Lines
    // file. A larger one is reported as an error and skipped without being read.
    std::uintmax_t max_document_size = kDefaultMaxDocumentSize;
    // Repairs that would otherwise be warnings (invalid UTF-8 replaced, control
    // characters removed, a duplicate JSON Lines id) become errors: the file,
    // or the JSON line, is refused.
    bool strict = false;
    InputKind stdin_kind = InputKind::Text;  // how "-" is read
};

}  // namespace newsgraph
