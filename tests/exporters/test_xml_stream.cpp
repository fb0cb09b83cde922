// Tests for exporters/xml_stream: raw markup around values libxml2 escapes reads
// byte for byte as the same elements written one call at a time.
#include <sstream>
#include <string>
#include <vector>

#include "exporters/xml_stream.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

// Values that need every kind of escape, a forbidden control, invalid UTF-8 and
// non-ASCII text; then every ASCII byte and a non-ASCII one inside plain text, in
// the first and in a later eight-byte word (the escaping fast path scans by words).
std::vector<std::string> nasty_values() {
    std::vector<std::string> values = {"plain",
                                       "a<b>c&d\"e'f",
                                       "tab\there\nnl\rcr",
                                       "Ant\xC3\xB3nio \xE2\x80\x9Cq\xE2\x80\x9D",
                                       "x]]>y",
                                       "bell\x07 and \xFF bad",
                                       ""};
    std::vector<std::string> bytes;
    for (int byte = 1; byte < 0x80; ++byte) bytes.emplace_back(1, static_cast<char>(byte));
    bytes.emplace_back("\xC3\xA9");
    for (const std::string& byte : bytes) {
        for (std::string value : {"ab", "abcdefghijklmnop"}) {
            value += byte;
            value += "qrstuvwxyz";
            values.push_back(value);
        }
    }
    return values;
}
const std::vector<std::string> kNasty = nasty_values();

// <root><item key="v">v</item>...</root>, element by element.
std::string structured() {
    std::ostringstream out;
    XmlStream xml(out);
    xml.start_document();
    xml.start("root");
    xml.attribute("id", "r");
    for (const std::string& value : kNasty) {
        xml.start("item");
        xml.attribute("key", value);
        xml.text(value);
        xml.end();
    }
    xml.start("last");
    xml.end();
    xml.end_document();
    return out.str();
}

// The same document with the items written as raw markup.
std::string raw() {
    std::ostringstream out;
    XmlStream xml(out);
    xml.start_document();
    xml.start("root");
    xml.attribute("id", "r");
    for (const std::string& value : kNasty) {
        xml.raw("  <item key=\"");
        xml.raw_attribute(value);
        xml.raw("\">");
        xml.raw_text(value);
        xml.raw("</item>\n");
    }
    xml.start("last");
    xml.end();
    xml.end_document();
    return out.str();
}

}  // namespace

TEST_CASE("raw markup with libxml2-escaped values matches structured output", "[exporters]") {
    std::string expected = structured();
    CHECK(raw() == expected);
    CHECK(expected.find("a&lt;b&gt;c&amp;d&quot;e'f") != std::string::npos);
    CHECK(expected.find("tab&#9;here&#10;nl&#13;cr") != std::string::npos);  // attribute form
    CHECK(expected.find("bell and \xEF\xBF\xBD bad") != std::string::npos);  // cleaned before escaping
}

TEST_CASE("escaped forms and numbers in raw markup", "[exporters]") {
    std::ostringstream out;
    XmlStream xml(out);
    CHECK(xml.escape_text("a & \"b\"\n") == "a &amp; &quot;b&quot;\n");
    CHECK(xml.escape_attribute("a & \"b\"\n") == "a &amp; &quot;b&quot;&#10;");
    xml.start_document();
    xml.start("root");
    xml.raw("  <n v=\"");
    xml.raw_decimal(0.25);
    xml.raw("\" i=\"");
    xml.raw_integer(-12);
    xml.raw("\"/>\n");
    xml.end_document();
    CHECK(out.str() == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root>\n  <n v=\"0.25\" i=\"-12\"/>\n</root>\n");
}
