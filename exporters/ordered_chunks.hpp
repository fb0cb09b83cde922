// Formatting a large output on several threads while writing it in order:
// the output is cut into chunks that format independently, workers take the
// next chunk as they free up, and the calling thread writes each chunk as soon
// as it and every chunk before it are ready.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <streambuf>
#include <string>

namespace newsgraph {

// Formats chunks 0 .. count-1 with `format(chunk, text)` on `threads` worker
// threads and passes each text to `write` on the calling thread, in chunk
// order. At most a few chunks per thread wait in memory, so a slow writer
// holds the workers back instead of the texts piling up. With one thread (or
// one chunk) everything runs on the calling thread. When `format` or `write`
// throws, no new chunk is started and the exception of the earliest failing
// chunk is rethrown, the one a serial run would have met first.
void write_chunks_in_order(std::size_t count, std::size_t threads,
                           const std::function<void(std::size_t chunk, std::string& text)>& format,
                           const std::function<void(std::string& text)>& write);

// An output stream appending to a string, which keeps its capacity from chunk
// to chunk (an ostringstream would grow its own buffer by copying each time).
class StringOutput : public std::ostream {
public:
    explicit StringOutput(std::string& text) : std::ostream(&buffer_), buffer_(text) {}

private:
    struct Buffer : std::streambuf {
        explicit Buffer(std::string& text_) : text(text_) {}
        int_type overflow(int_type c) override {
            if (!traits_type::eq_int_type(c, traits_type::eof())) text.push_back(traits_type::to_char_type(c));
            return traits_type::not_eof(c);
        }
        std::streamsize xsputn(const char* data, std::streamsize count) override {
            text.append(data, static_cast<std::size_t>(count));
            return count;
        }
        std::string& text;
    };
    Buffer buffer_;
};

}  // namespace newsgraph
