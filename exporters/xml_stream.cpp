// xmlTextWriter over an output buffer whose write callback appends to a std::ostream.
#include "exporters/xml_stream.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <libxml/xmlwriter.h>

#include <string>

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

// Valid UTF-8 with only characters XML 1.0 allows.
std::string safe(std::string_view text) {
    std::string copy(text);
    repair_utf8(copy);
    return xml_safe(copy);
}

}  // namespace

XmlStream::XmlStream(std::ostream& out) : out_(out) {
    saved_handler_ = xmlGenericError;
    saved_context_ = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(nullptr, quiet);
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(write_callback, close_callback, &out_, nullptr);
    if (!buffer) throw Error("cannot create XML output buffer");
    writer_ = xmlNewTextWriter(buffer);  // owns the buffer from here on
    if (!writer_) {
        xmlOutputBufferClose(buffer);
        throw Error("cannot create XML writer");
    }
    xmlTextWriterSetIndent(writer_, 1);
    xmlTextWriterSetIndentString(writer_, reinterpret_cast<const xmlChar*>("  "));
}

XmlStream::~XmlStream() {
    xmlFreeTextWriter(writer_);
    xmlSetGenericErrorFunc(saved_context_, saved_handler_);
}

void XmlStream::check(int status, std::string_view what) {
    if (status < 0 || !out_) throw Error("XML writer failed: " + std::string(what));
}

void XmlStream::start_document() { check(xmlTextWriterStartDocument(writer_, nullptr, "UTF-8", nullptr), "declaration"); }

void XmlStream::start(std::string_view name) {
    std::string n(name);
    check(xmlTextWriterStartElement(writer_, xml(n)), n);
}

void XmlStream::attribute(std::string_view name, std::string_view value) {
    std::string n(name);
    check(xmlTextWriterWriteAttribute(writer_, xml(n), xml(safe(value))), n);
}

void XmlStream::text(std::string_view value) { check(xmlTextWriterWriteString(writer_, xml(safe(value))), "text"); }

void XmlStream::end() { check(xmlTextWriterEndElement(writer_), "end of element"); }

void XmlStream::end_document() {
    check(xmlTextWriterEndDocument(writer_), "end of document");
    check(xmlTextWriterFlush(writer_), "flush");
    out_.flush();
    check(0, "flush");
}

}  // namespace newsgraph
