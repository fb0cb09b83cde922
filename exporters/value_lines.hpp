// One value of a node or edge as a line of raw markup, the shape both
// property-graph writers share: GraphML `<data key="K">V</data>`, GEXF
// `<attvalue for="K" value="V"/>`. Values are escaped by libxml2 (XmlStream).
#pragma once

#include <string>
#include <string_view>

#include "exporters/xml_stream.hpp"

namespace newsgraph {

struct ValueMarkup {
    std::string_view open;    // the line up to the key
    std::string_view middle;  // between the key and the value
    std::string_view close;   // after the value, to the end of the line
    bool in_attribute;        // the value is an attribute value (else element text)
};

inline void begin_value(XmlStream& xml, const ValueMarkup& markup, std::string_view key) {
    xml.raw(markup.open);
    xml.raw(key);
    xml.raw(markup.middle);
}

// Text escaped here; an empty value writes no line (absence reads the same in every consumer).
inline void text_line(XmlStream& xml, const ValueMarkup& markup, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    begin_value(xml, markup, key);
    if (markup.in_attribute)
        xml.raw_attribute(value);
    else
        xml.raw_text(value);
    xml.raw(markup.close);
}

// Text escaped earlier for the same context (escape_text or escape_attribute): values that repeat.
inline void escaped_line(XmlStream& xml, const ValueMarkup& markup, std::string_view key, const std::string& escaped) {
    if (escaped.empty()) return;
    begin_value(xml, markup, key);
    xml.raw(escaped);
    xml.raw(markup.close);
}

// Numbers need no escaping (see XmlStream::raw_decimal).
inline void decimal_line(XmlStream& xml, const ValueMarkup& markup, std::string_view key, double value) {
    begin_value(xml, markup, key);
    xml.raw_decimal(value);
    xml.raw(markup.close);
}

template <typename Integer>
void integer_line(XmlStream& xml, const ValueMarkup& markup, std::string_view key, Integer value) {
    begin_value(xml, markup, key);
    xml.raw_integer(value);
    xml.raw(markup.close);
}

}  // namespace newsgraph
