#include "language/word_clusters.hpp"

#include <fstream>
#include <numeric>
#include <sstream>

#include "core/error.hpp"
#include "language/tagger_features.hpp"

namespace newsgraph {

namespace {

std::uint16_t parse_id(const std::string& field, const std::string& where) {
    std::size_t used = 0;
    unsigned long value = 0;
    try {
        value = std::stoul(field, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != field.size() || value >= ClusterIds::kUnknown)
        throw Error(where, "cluster id '" + field + "' is not a number below 65535");
    return static_cast<std::uint16_t>(value);
}

}  // namespace

WordClusters WordClusters::read_table(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw Error(path, "cannot read the word-cluster table");
    WordClusters table;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty()) continue;
        std::string where = path + ":" + std::to_string(number);
        std::istringstream fields(line);
        std::string word, fine, mid, coarse, extra;
        if (!std::getline(fields, word, '\t') || !std::getline(fields, fine, '\t') ||
            !std::getline(fields, mid, '\t') || !std::getline(fields, coarse, '\t') || std::getline(fields, extra))
            throw Error(where, "expected four tab-separated fields: word, fine, mid and coarse cluster");
        if (word.empty()) throw Error(where, "empty word");
        table.keys_.push_back(hash_lower(word));
        table.packed_.push_back(parse_id(fine, where) | static_cast<std::uint32_t>(parse_id(mid, where)) << 16);
        table.coarse_.push_back(parse_id(coarse, where));
    }
    table.build_index();
    return table;
}

void WordClusters::write(ModelWriter& out) const {
    out.put_array(keys_);
    out.put_array(packed_);
    out.put_array(coarse_);
}

WordClusters WordClusters::read(ModelReader& in) {
    WordClusters table;
    table.keys_ = in.get_array<std::uint64_t>();
    table.packed_ = in.get_array<std::uint32_t>();
    table.coarse_ = in.get_array<std::uint16_t>();
    if (table.packed_.size() != table.keys_.size() || table.coarse_.size() != table.keys_.size())
        in.fail("word-cluster arrays of different lengths");
    table.build_index();
    return table;
}

void WordClusters::build_index() {
    std::vector<std::uint32_t> positions(keys_.size());
    std::iota(positions.begin(), positions.end(), 0u);
    index_ = HashIndex(keys_, positions);
}

ClusterIds WordClusters::of(std::string_view form) const {
    std::uint32_t at = index_.find(hash_lower(form));
    if (at == HashIndex::kAbsent) return {};
    return {static_cast<std::uint16_t>(packed_[at] & 0xFFFF), static_cast<std::uint16_t>(packed_[at] >> 16),
            coarse_[at]};
}

}  // namespace newsgraph
