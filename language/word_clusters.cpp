#include "language/word_clusters.hpp"

#include <algorithm>
#include <fstream>
#include <mutex>
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
    Table table;
    std::vector<std::uint32_t> packed;
    std::vector<std::uint16_t> coarse;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty()) continue;
        std::string where = path + ":" + std::to_string(number);
        std::istringstream fields(line);
        std::string word, fine, mid, coarse_id, extra;
        if (!std::getline(fields, word, '\t') || !std::getline(fields, fine, '\t') ||
            !std::getline(fields, mid, '\t') || !std::getline(fields, coarse_id, '\t') || std::getline(fields, extra))
            throw Error(where, "expected four tab-separated fields: word, fine, mid and coarse cluster");
        if (word.empty()) throw Error(where, "empty word");
        table.keys.push_back(hash_lower(word));
        packed.push_back(parse_id(fine, where) | static_cast<std::uint32_t>(parse_id(mid, where)) << 16);
        coarse.push_back(parse_id(coarse_id, where));
    }
    table.packed = ModelArray<std::uint32_t>(std::move(packed));
    table.coarse = ModelArray<std::uint16_t>(std::move(coarse));
    WordClusters clusters;
    if (!table.keys.empty()) clusters.table_ = share(std::move(table));
    return clusters;
}

void WordClusters::write(ModelWriter& out) const {
    static const Table kEmpty;
    const Table& table = table_ ? *table_ : kEmpty;
    if (out.prepared()) {
        out.put_u64(digest_of(table));
        out.put_aligned(table.packed.span());
        out.put_aligned(table.coarse.span());
        table.index.write_prepared(out);
        return;
    }
    if (table.keys.size() != table.packed.size())
        throw Error("word clusters read from a prepared image cannot be written as a model file");
    out.put_array(table.keys);
    out.put_array(table.packed.span());
    out.put_array(table.coarse.span());
}

WordClusters WordClusters::read_prepared(ModelReader& in) {
    Table table;
    table.digest = in.get_u64();
    table.packed = ModelArray<std::uint32_t>::view_of(in.get_aligned<std::uint32_t>());
    table.coarse = ModelArray<std::uint16_t>::view_of(in.get_aligned<std::uint16_t>());
    table.index = HashIndex::read_prepared(in);
    if (table.coarse.size() != table.packed.size() || table.index.capacity() < table.packed.size())
        in.fail("word-cluster tables of different lengths");
    WordClusters clusters;
    if (!table.packed.empty()) clusters.table_ = share(std::move(table));
    return clusters;
}

WordClusters WordClusters::read(ModelReader& in) {
    if (in.prepared()) return read_prepared(in);
    Table table;
    table.keys = in.get_array<std::uint64_t>();
    table.packed = ModelArray<std::uint32_t>(in.get_array<std::uint32_t>());
    table.coarse = ModelArray<std::uint16_t>(in.get_array<std::uint16_t>());
    if (table.packed.size() != table.keys.size() || table.coarse.size() != table.keys.size())
        in.fail("word-cluster arrays of different lengths");
    WordClusters clusters;
    if (!table.keys.empty()) clusters.table_ = share(std::move(table));
    return clusters;
}

std::uint64_t WordClusters::digest_of(const Table& table) {
    if (table.keys.empty()) return table.digest;
    // word by word (the keys are hashes already): FNV-1a over 64-bit values, never 0
    std::uint64_t digest = 14695981039346656037ull;
    auto mix = [&](std::uint64_t value) { digest = (digest ^ value) * 1099511628211ull; };
    for (std::size_t i = 0; i < table.keys.size(); ++i) {
        mix(table.keys[i]);
        mix(table.packed[i] | static_cast<std::uint64_t>(table.coarse[i]) << 32);
    }
    return digest | 1u;
}

std::shared_ptr<const WordClusters::Table> WordClusters::share(Table&& table) {
    // The tagger, parser and recognizer are trained with one table: loading them keeps one copy, not three.
    static std::mutex mutex;
    static std::vector<std::weak_ptr<const Table>> loaded;
    std::lock_guard lock(mutex);
    for (const std::weak_ptr<const Table>& weak : loaded) {
        std::shared_ptr<const Table> known = weak.lock();
        if (!known || known->packed.size() != table.packed.size()) continue;
        // (prepared tables hold no hashes: the digests of the tables they were made from stand for them)
        if (table.keys.empty() ? known->digest == table.digest
                               : known->keys == table.keys && std::ranges::equal(known->packed, table.packed) &&
                                     std::ranges::equal(known->coarse, table.coarse))
            return known;
    }
    std::erase_if(loaded, [](const std::weak_ptr<const Table>& weak) { return weak.expired(); });
    if (!table.keys.empty()) {
        std::vector<std::uint32_t> positions(table.keys.size());
        std::iota(positions.begin(), positions.end(), 0u);
        table.index = HashIndex(table.keys, positions);
    }
    auto shared = std::make_shared<const Table>(std::move(table));
    loaded.push_back(shared);
    return shared;
}

ClusterIds WordClusters::of(std::string_view form) const {
    if (!table_) return {};
    std::uint32_t at = table_->index.find(hash_lower(form));
    if (at == HashIndex::kAbsent) return {};
    return {static_cast<std::uint16_t>(table_->packed[at] & 0xFFFF),
            static_cast<std::uint16_t>(table_->packed[at] >> 16), table_->coarse[at]};
}

std::uint32_t WordClusters::rank(std::string_view form) const {
    return table_ ? table_->index.find(hash_lower(form)) : HashIndex::kAbsent;
}

}  // namespace newsgraph
