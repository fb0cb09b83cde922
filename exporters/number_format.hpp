// Fixed, locale-free number formatting shared by every writer, so the same
// value reads the same in GraphML, RDF/XML, JSON-LD and N-Triples.
#pragma once

#include <string>

namespace newsgraph {

// Shortest fixed-point form that reads back as `value` ("0.95", "1", "1500000000000"),
// valid as xsd:decimal and as a GraphML double. Throws Error for NaN and infinities.
std::string format_decimal(double value);

// Appends format_decimal(value) to `out` without a temporary string.
void append_decimal(std::string& out, double value);

}  // namespace newsgraph
