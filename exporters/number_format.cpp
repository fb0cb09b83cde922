// Number formatting through std::to_chars: no locale, no exponent, round-trip exact.
#include "exporters/number_format.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "core/error.hpp"

namespace newsgraph {

void append_decimal(std::string& out, double value) {
    if (!std::isfinite(value)) throw Error("cannot write a non-finite number as a decimal");
    if (value == 0.0) {  // also folds -0
        out += '0';
        return;
    }
    // A double's fixed form needs at most ~330 characters (denormals).
    std::array<char, 400> buffer;
    auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
    if (result.ec != std::errc()) throw Error("cannot format number");
    out.append(buffer.data(), result.ptr);
}

std::string format_decimal(double value) {
    std::string out;
    append_decimal(out, value);
    return out;
}

}  // namespace newsgraph
