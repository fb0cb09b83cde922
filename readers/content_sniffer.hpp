// Recognizes bytes that are not a UTF-8 article (UTF-16/32, images, archives,
// other binary data) from the start of a file, to refuse it with a clear reason.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

// Why `head` (the first bytes of an input) cannot be read as UTF-8 text, or
// nullopt when it can. The reason is a complete message: "UTF-16 text ...".
std::optional<std::string> non_text_reason(std::string_view head);

}  // namespace newsgraph
