// Data files from ontology/ (lexicons, patterns, the OWL ontology), compiled
// into the binary; a directory on disk can replace them at run time.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

struct Resource {
    std::string_view path;  // relative to ontology/, e.g. "lexicons/threats.tsv"
    std::string_view data;
};

// The files embedded at build time, sorted by path.
const std::vector<Resource>& embedded_resources();

// Makes resource() read files from `directory` instead of the embedded copies
// (empty string restores the embedded ones). Call before any extractor is built.
void set_resource_directory(const std::string& directory);

// The directory set by set_resource_directory, "" for the embedded files.
const std::string& resource_directory();

// One `T` built from the current resource directory and shared by every caller and thread; built
// again (for later callers) when the directory changes. `T` reads its data in its default constructor.
template <typename T>
std::shared_ptr<const T> shared_from_resources() {
    static std::mutex mutex;
    static std::shared_ptr<const T> instance;
    static std::string built_from;
    std::lock_guard lock(mutex);
    if (!instance || built_from != resource_directory()) {
        instance = std::make_shared<const T>();
        built_from = resource_directory();
    }
    return instance;
}

// Contents of ontology/<path>; throws Error naming the path when it is missing.
std::string resource(std::string_view path);

// Lines of a TSV resource, '#' comment lines and blank lines skipped, split on tabs.
std::vector<std::vector<std::string>> tsv_resource(std::string_view path);

// One row of a TSV resource with its 1-based line number, for messages naming file and line.
struct TsvRow {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

// Like tsv_resource, keeping each row's line number.
std::vector<TsvRow> numbered_tsv_resource(std::string_view path);

// The rows of TSV text: '#' comment lines and blank lines skipped, each row with its 1-based line number.
std::vector<TsvRow> parse_tsv(std::string_view text);

}  // namespace newsgraph
