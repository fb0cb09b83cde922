// Byte-order marks, NUL patterns and a few well-known file signatures.
#include "readers/content_sniffer.hpp"

#include <algorithm>

namespace newsgraph {

namespace {

constexpr const char* kConvert = "; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)";

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Files people mistake for articles, by their first bytes.
std::optional<std::string> known_binary(std::string_view head) {
    struct Signature {
        std::string_view magic;
        const char* what;
    };
    static const Signature kSignatures[] = {
        {"\x89PNG\r\n\x1A\n", "a PNG image"},
        {"\xFF\xD8\xFF", "a JPEG image"},
        {"GIF87a", "a GIF image"},
        {"GIF89a", "a GIF image"},
        {"%PDF-", "a PDF document"},
        {"PK\x03\x04", "a ZIP archive (or .docx/.odt)"},
        {"\x1F\x8B", "a gzip archive"},
        {"\x7F"
         "ELF",
         "an executable"},
    };
    for (const Signature& signature : kSignatures)
        if (starts_with(head, signature.magic)) return std::string(signature.what);
    if (starts_with(head, "RIFF") && head.size() >= 12 && head.substr(8, 4) == "WEBP")
        return std::string("a WebP image");
    return std::nullopt;
}

// UTF-16 without a byte order mark: ASCII text leaves a NUL in nearly every
// other byte, all on the same side.
std::optional<std::string> bomless_utf16(std::string_view head) {
    std::size_t pairs = std::min<std::size_t>(head.size(), 4096) / 2;
    if (pairs < 2) return std::nullopt;
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < pairs; ++i) {
        even += head[2 * i] == '\0';
        odd += head[2 * i + 1] == '\0';
    }
    if (odd * 10 >= pairs * 7 && even * 10 < pairs)
        return "UTF-16 (little-endian) text without a byte order mark" + std::string(kConvert);
    if (even * 10 >= pairs * 7 && odd * 10 < pairs)
        return "UTF-16 (big-endian) text without a byte order mark" + std::string(kConvert);
    return std::nullopt;
}

}  // namespace

std::optional<std::string> non_text_reason(std::string_view head) {
    if (starts_with(head, std::string_view("\xFF\xFE\0\0", 4)) ||
        starts_with(head, std::string_view("\0\0\xFE\xFF", 4)))
        return std::string("UTF-32 text is not supported; convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)");
    if (starts_with(head, "\xFF\xFE") || starts_with(head, "\xFE\xFF"))
        return "UTF-16 text is not supported" + std::string(kConvert);
    if (auto binary = known_binary(head)) return "binary content (" + *binary + "), not a text article";
    if (head.find('\0') == std::string_view::npos) return std::nullopt;
    if (auto utf16 = bomless_utf16(head)) return utf16;
    return std::string("binary content (NUL bytes), not a text article");
}

}  // namespace newsgraph
