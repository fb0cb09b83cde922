// A libxml2 xmlTextWriter bound to a std::ostream, with every call checked:
// the XML writers stream through it and never escape text themselves.
#pragma once

#include <charconv>
#include <ostream>
#include <string>
#include <string_view>

typedef struct _xmlTextWriter xmlTextWriter;
typedef struct _xmlDoc xmlDoc;
typedef struct _xmlBuffer xmlBuffer;

namespace newsgraph {

// Not copyable; one per output document. Every method throws Error when
// libxml2 or the stream reports a failure.
//
// Elements written many times (nodes, edges, triples) may be written as raw
// markup instead of element by element: the caller supplies the fixed markup
// (names, quotes, indentation) and every value goes through raw_text() or
// raw_attribute(), where libxml2 escapes it exactly as text() and attribute()
// would. Raw markup is collected in blocks and handed to the writer with
// xmlTextWriterWriteRaw; it must consist of whole lines, each indented as the
// writer indents its own elements, so structured and raw output read the same.
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
    // Flushes everything written so far to the stream, leaving the document open:
    // how a fragment of raw markup (never a whole document) is finished.
    void flush();

    // Fixed markup, or a value already escaped by escape_text() / escape_attribute(),
    // written as is. Never unescaped data.
    void raw(std::string_view markup) {
        raw_.append(markup);
        if (raw_.size() >= kRawBlock) flush_raw();
    }
    // A large piece of fixed markup or a finished fragment, handed to the writer
    // without collecting it first.
    void raw_block(std::string_view markup);
    // Text content inside raw markup: cleaned and escaped by libxml2 as text() does.
    void raw_text(std::string_view value);
    // An attribute value inside raw markup (between its quotes): cleaned and escaped
    // by libxml2 as attribute() does.
    void raw_attribute(std::string_view value);
    // Numbers inside raw markup. Their formatted forms hold only digits, '-' and '.',
    // which XML never escapes, so they go straight into the markup.
    void raw_decimal(double value);  // as format_decimal
    template <typename Integer>
    void raw_integer(Integer value) {
        char digits[24];
        const char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        raw(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    }
    // The escaped forms raw_text() and raw_attribute() write, for values written many times.
    std::string escape_text(std::string_view value);
    std::string escape_attribute(std::string_view value);

private:
    // Raw markup reaches the writer in blocks of about this size.
    static constexpr std::size_t kRawBlock = 1 << 16;
    void check(int status, std::string_view what);
    // Copies `value` into clean_ as valid UTF-8 free of characters XML forbids.
    const std::string& cleaned(std::string_view value);
    void append_text(std::string& out, std::string_view value);
    void append_attribute(std::string& out, std::string_view value);
    // Hands the collected raw markup to the writer; called before every structured call.
    void flush_raw();
    // Hands `markup` to the writer as raw output.
    void write_raw(std::string_view markup);
    xmlTextWriter* writer_ = nullptr;
    xmlDoc* escaping_doc_ = nullptr;         // declares UTF-8, as the writer's own document does after start_document
    xmlBuffer* attribute_buffer_ = nullptr;  // libxml2 escapes attribute values into it
    void (*saved_handler_)(void*, const char*,
                           ...) = nullptr;  // libxml2's (thread-local) error handler, restored on destruction
    void* saved_context_ = nullptr;
    std::ostream& out_;
    std::string raw_;              // raw markup not yet handed to the writer
    std::string clean_;            // scratch for cleaned values
    bool start_tag_open_ = false;  // the last structured call opened an element that has no content yet
};

}  // namespace newsgraph
