// Fuzz target: plain text (BOM, line endings, invalid UTF-8 repair), read as `newsgraph build` reads a .txt file.
// A refusal (Error) is fine; anything else thrown, a crash, or a document
// with invalid UTF-8 is a finding.
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    newsgraph::fuzz::read_as_file({reinterpret_cast<const char*>(data), size}, ".txt");
    return 0;
}
