// The declared format of every data file under ontology/ (columns, keys, references between files)
// and the check of a file against it: a bad line is an Error naming the file and line.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// Values of `column` must be keys (first column) of one of `files`; with `separator`, each part of the cell.
struct ColumnReference {
    std::size_t column = 0;
    std::vector<std::string_view> files;
    char separator = '\0';
};

// Values of `column` must be one of `values` ('|'-separated, "" allowed when listed as an empty part).
struct ColumnValues {
    std::size_t column = 0;
    std::string_view values;
};

// How one TSV data file is laid out.
struct ResourceFormat {
    std::string_view path;        // relative to ontology/, e.g. "lexicons/places.tsv"
    std::string_view columns;     // column names, '|'-separated
    std::size_t required = 1;     // columns every line must have; the others are optional
    std::size_t key_columns = 1;  // the first key_columns cells are unique in the file (0: no key)
    std::vector<ColumnReference> references;
    std::vector<ColumnValues> values;
    std::string_view key_space;  // files with the same key space share one set of keys ("" = own)
};

// Every TSV data file of ontology/, sorted by path.
const std::vector<ResourceFormat>& resource_formats();

// The format of `path`, or nullptr when none is declared.
const ResourceFormat* resource_format(std::string_view path);

// Checks `text` as the contents of `path` (named `shown` in messages); `keys_of` gives the keys of a referenced file.
// Throws Error("shown:line", problem) at the first bad line.
using KeysOf = std::function<const std::vector<std::string>&(std::string_view path)>;
void validate_tsv(const ResourceFormat& format, std::string_view text, const std::string& shown, const KeysOf& keys_of);

// Checks every ontology data file of the current resource directory (or the embedded ones): each TSV file
// has a declared format and follows it, and keys shared across files are unique. Throws Error.
void validate_resources();

}  // namespace newsgraph
