// A libxml2 xmlTextWriter bound to a std::ostream, with every call checked:
// the XML writers stream through it and never escape text themselves.
#pragma once

#include <ostream>
#include <string_view>

typedef struct _xmlTextWriter xmlTextWriter;

namespace newsgraph {

// Not copyable; one per output document. Every method throws Error when
// libxml2 or the stream reports a failure.
class XmlStream {
public:
    explicit XmlStream(std::ostream& out);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    // Writes the XML declaration (UTF-8).
    void start_document();
    void start(std::string_view name);
    // Attribute value is escaped by libxml2; characters XML forbids are removed first.
    void attribute(std::string_view name, std::string_view value);
    // Text content, escaped by libxml2; characters XML forbids are removed first.
    void text(std::string_view value);
    void end();
    // Closes open elements and flushes everything to the stream.
    void end_document();

private:
    void check(int status, std::string_view what);
    xmlTextWriter* writer_ = nullptr;
    void (*saved_handler_)(void*, const char*, ...) = nullptr;  // libxml2's (thread-local) error handler, restored on destruction
    void* saved_context_ = nullptr;
    std::ostream& out_;
};

}  // namespace newsgraph
