// Access to the ontology/ data files, embedded or from a directory.
#include "core/resources.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/error.hpp"

namespace newsgraph {

namespace {
std::string& directory_setting() {
    static std::string directory;
    return directory;
}
}  // namespace

void set_resource_directory(const std::string& directory) { directory_setting() = directory; }

const std::string& resource_directory() { return directory_setting(); }

std::string resource(std::string_view path) {
    if (!resource_directory().empty()) {
        std::string full = resource_directory() + "/" + std::string(path);
        std::ifstream in(full, std::ios::binary);
        if (!in) throw Error(full, "cannot read ontology resource");
        std::ostringstream contents;
        contents << in.rdbuf();
        return contents.str();
    }
    const auto& all = embedded_resources();
    auto found = std::find_if(all.begin(), all.end(), [&](const Resource& r) { return r.path == path; });
    if (found == all.end()) throw Error(std::string(path), "no such ontology resource");
    return std::string(found->data);
}

std::vector<TsvRow> numbered_tsv_resource(std::string_view path) { return parse_tsv(resource(path)); }

std::vector<TsvRow> parse_tsv(std::string_view text) {
    std::vector<TsvRow> rows;
    std::istringstream in{std::string(text)};
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        TsvRow row{number, {}};
        std::size_t start = 0;
        for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
            row.fields.push_back(line.substr(start, tab - start));
        row.fields.push_back(line.substr(start));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::vector<std::string>> tsv_resource(std::string_view path) {
    std::vector<std::vector<std::string>> rows;
    for (auto& row : numbered_tsv_resource(path)) rows.push_back(std::move(row.fields));
    return rows;
}

}  // namespace newsgraph
