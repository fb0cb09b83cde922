// xmlTextWriter over an output buffer whose write callback appends to a std::ostream.
#include "exporters/xml_stream.hpp"

#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include <string>

#include "core/error.hpp"
#include "core/text.hpp"
#include "exporters/ascii_scan.hpp"
#include "exporters/number_format.hpp"

namespace newsgraph {

namespace {

int write_callback(void* context, const char* buffer, int length) {
    auto* out = static_cast<std::ostream*>(context);
    out->write(buffer, length);
    return *out ? length : -1;
}

int close_callback(void*) { return 0; }

// libxml2 would print "I/O error" on a failed write; the Error thrown says it instead.
void quiet(void*, const char*, ...) {}

const xmlChar* xml(const std::string& text) { return reinterpret_cast<const xmlChar*>(text.c_str()); }

}  // namespace

XmlStream::XmlStream(std::ostream& out) : out_(out) {
    // libxml2 sets itself up on first use; done here, on the thread that makes the
    // first stream, before any chunk of it is formatted on other threads.
    xmlInitParser();
    saved_handler_ = xmlGenericError;
    saved_context_ = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(nullptr, quiet);
    // libxml2 writes attribute values of a document that declares its encoding in
    // that encoding (UTF-8 here), as the writer does after start_document.
    escaping_doc_ = xmlNewDoc(nullptr);
    attribute_buffer_ = xmlBufferCreate();
    if (!escaping_doc_ || !attribute_buffer_) throw Error("cannot create XML escaping buffer");
    escaping_doc_->encoding = xmlStrdup(reinterpret_cast<const xmlChar*>("UTF-8"));
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(write_callback, close_callback, &out_, nullptr);
    if (!buffer) throw Error("cannot create XML output buffer");
    writer_ = xmlNewTextWriter(buffer);  // owns the buffer from here on
    if (!writer_) {
        xmlOutputBufferClose(buffer);
        throw Error("cannot create XML writer");
    }
    xmlTextWriterSetIndent(writer_, 1);
    xmlTextWriterSetIndentString(writer_, reinterpret_cast<const xmlChar*>("  "));
    raw_.reserve(kRawBlock + kRawBlock / 4);
}

XmlStream::~XmlStream() {
    xmlFreeTextWriter(writer_);
    if (attribute_buffer_) xmlBufferFree(attribute_buffer_);
    if (escaping_doc_) xmlFreeDoc(escaping_doc_);
    xmlSetGenericErrorFunc(saved_context_, saved_handler_);
}

void XmlStream::check(int status, std::string_view what) {
    if (status < 0 || !out_) throw Error("XML writer failed: " + std::string(what));
}

void XmlStream::start_document() {
    flush_raw();
    check(xmlTextWriterStartDocument(writer_, nullptr, "UTF-8", nullptr), "declaration");
}

void XmlStream::start(std::string_view name) {
    flush_raw();
    std::string n(name);
    check(xmlTextWriterStartElement(writer_, xml(n)), n);
    start_tag_open_ = true;
}

void XmlStream::attribute(std::string_view name, std::string_view value) {
    flush_raw();
    std::string n(name);
    check(xmlTextWriterWriteAttribute(writer_, xml(n), xml(cleaned(value))), n);
}

void XmlStream::text(std::string_view value) {
    flush_raw();
    check(xmlTextWriterWriteString(writer_, xml(cleaned(value))), "text");
    start_tag_open_ = false;
}

void XmlStream::end() {
    flush_raw();
    check(xmlTextWriterEndElement(writer_), "end of element");
    start_tag_open_ = false;
}

void XmlStream::end_document() {
    flush_raw();
    check(xmlTextWriterEndDocument(writer_), "end of document");
    check(xmlTextWriterFlush(writer_), "flush");
    out_.flush();
    check(0, "flush");
}

void XmlStream::flush() {
    flush_raw();
    check(xmlTextWriterFlush(writer_), "flush");
    out_.flush();
    check(0, "flush");
}

void XmlStream::raw_block(std::string_view markup) {
    flush_raw();
    if (!markup.empty()) write_raw(markup);
}

void XmlStream::raw_decimal(double value) {
    append_decimal(raw_, value);
    if (raw_.size() >= kRawBlock) flush_raw();
}

void XmlStream::raw_text(std::string_view value) { append_text(raw_, value); }

void XmlStream::raw_attribute(std::string_view value) { append_attribute(raw_, value); }

std::string XmlStream::escape_text(std::string_view value) {
    std::string escaped;
    append_text(escaped, value);
    return escaped;
}

std::string XmlStream::escape_attribute(std::string_view value) {
    std::string escaped;
    append_attribute(escaped, value);
    return escaped;
}

const std::string& XmlStream::cleaned(std::string_view value) {
    clean_.assign(value);
    if (!xml_plain(value)) {
        repair_utf8(clean_);
        clean_ = xml_safe(clean_);
    }
    return clean_;
}

// xmlTextWriterWriteString escapes text content with xmlEncodeSpecialChars.
// Text it would leave unchanged, the common case, is copied without the round trip.
void XmlStream::append_text(std::string& out, std::string_view value) {
    if (xml_verbatim(value)) {
        out.append(value);
        return;
    }
    xmlChar* escaped = xmlEncodeSpecialChars(nullptr, xml(cleaned(value)));
    if (!escaped) throw Error("XML writer failed: text");
    out.append(reinterpret_cast<const char*>(escaped));
    xmlFree(escaped);
}

// xmlTextWriterWriteAttribute escapes with the same serializer, for its UTF-8 document.
void XmlStream::append_attribute(std::string& out, std::string_view value) {
    if (xml_verbatim(value)) {
        out.append(value);
        return;
    }
    xmlBufferEmpty(attribute_buffer_);
    xmlAttrSerializeTxtContent(attribute_buffer_, escaping_doc_, nullptr, xml(cleaned(value)));
    out.append(reinterpret_cast<const char*>(xmlBufferContent(attribute_buffer_)),
               static_cast<std::size_t>(xmlBufferLength(attribute_buffer_)));
}

void XmlStream::flush_raw() {
    if (raw_.empty()) return;
    write_raw(raw_);
    raw_.clear();
}

void XmlStream::write_raw(std::string_view markup) {
    // The writer closes an open start tag with '>' alone; its own child elements begin on a new line.
    if (start_tag_open_) check(xmlTextWriterWriteRaw(writer_, reinterpret_cast<const xmlChar*>("\n")), "markup");
    start_tag_open_ = false;
    const auto* bytes = reinterpret_cast<const xmlChar*>(markup.data());
    if (markup.size() < kRawBlock) {
        check(xmlTextWriterWriteRawLen(writer_, bytes, static_cast<int>(markup.size())), "markup");
    } else {
        // A large block skips the writer's buffer: an empty raw write does the writer's
        // bookkeeping (an open start tag is closed), its output is flushed, then the
        // block goes to the stream as it is. UTF-8 output needs no conversion.
        check(xmlTextWriterWriteRawLen(writer_, bytes, 0), "markup");
        check(xmlTextWriterFlush(writer_), "flush");
        out_.write(markup.data(), static_cast<std::streamsize>(markup.size()));
        check(0, "markup");
    }
    // Raw output turns indentation off until the next element; the raw lines ended
    // as the writer's own elements end, so the next end tag is indented again.
    check(xmlTextWriterSetIndent(writer_, 1), "indent");
}

}  // namespace newsgraph
