// Sparse weight rows: short and long sparse rows and dense rows all add
// exactly the weights they were built from, before and after a save and load.
#include <map>

#include "core/error.hpp"
#include "language/sparse_weights.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

// Three features over 40 classes: 2 weights (a short row), 8 (a longer sparse row) and
// 12 (a dense row: a quarter of the classes or more).
struct Rows {
    std::vector<std::uint64_t> keys{0x1111000000000005ull, 0x2222000000000005ull, 0x3333000000000015ull};
    std::map<std::uint64_t, std::vector<std::pair<std::uint16_t, std::int16_t>>> weights;
    Rows() {
        weights[keys[0]] = {{3, 7}, {39, -2}};
        for (std::uint16_t c = 0; c < 8; ++c) weights[keys[1]].push_back({static_cast<std::uint16_t>(c * 5), c - 3});
        for (std::uint16_t c = 0; c < 12; ++c)
            weights[keys[2]].push_back({static_cast<std::uint16_t>(c * 3 + 1), 100 * c - 550});
    }
    SparseWeights build() const {
        std::vector<std::uint32_t> starts{0};
        std::vector<std::uint16_t> classes;
        std::vector<std::int16_t> values;
        for (std::uint64_t key : keys) {
            for (auto [c, v] : weights.at(key)) {
                classes.push_back(c);
                values.push_back(v);
            }
            starts.push_back(static_cast<std::uint32_t>(classes.size()));
        }
        return SparseWeights(keys, starts, classes, values, 0.5f);
    }
    // The scores of `features`, summed here entry by entry.
    std::vector<std::int32_t> expected(const std::vector<std::uint64_t>& features) const {
        std::vector<std::int32_t> scores(40, 0);
        for (std::uint64_t key : features)
            if (weights.count(key))
                for (auto [c, v] : weights.at(key)) scores[c] += v;
        return scores;
    }
};

std::vector<std::int32_t> scores_of(const SparseWeights& weights, const std::vector<std::uint64_t>& features) {
    std::vector<std::int32_t> scores(40, 0);
    weights.add_scores(features.data(), features.size(), scores.data());
    return scores;
}

}  // namespace

TEST_CASE("sparse and dense weight rows add the weights they were built from", "[language]") {
    Rows rows;
    SparseWeights weights = rows.build();
    CHECK(weights.class_bound() == 40);
    CHECK(weights.entry_count() == 22);
    std::vector<std::uint64_t> features{rows.keys[2], 0x4444000000000005ull, rows.keys[0], rows.keys[1], rows.keys[2]};
    CHECK(scores_of(weights, features) == rows.expected(features));
    CHECK(scores_of(weights, {0x4444000000000005ull}) == std::vector<std::int32_t>(40, 0));

    ModelWriter out("test", 1);
    weights.write(out);
    std::string bytes = out.finish();
    ModelReader in(bytes, "w.bin", "test", 1);
    SparseWeights loaded = SparseWeights::read(in);
    CHECK(scores_of(loaded, features) == rows.expected(features));
}

TEST_CASE("a prepared image's weight tables score as the weights they were built from", "[language]") {
    Rows rows;
    ModelWriter out("test", 1, ModelLayout::Prepared);
    rows.build().write(out);
    const std::string bytes = out.finish();  // outlives the views read from it
    ModelReader in(bytes, "w.bin", "test", 1);
    REQUIRE(in.prepared());
    SparseWeights prepared = SparseWeights::read(in);
    in.expect_end();
    std::vector<std::uint64_t> features{rows.keys[2], 0x4444000000000005ull, rows.keys[0], rows.keys[1], rows.keys[2]};
    CHECK(scores_of(prepared, features) == rows.expected(features));
    CHECK(prepared.feature_count() == 3);
    CHECK(prepared.class_bound() == 40);
    // read in place, they cannot become a model file again
    ModelWriter portable("test", 1);
    CHECK_THROWS_AS(prepared.write(portable), Error);
}
