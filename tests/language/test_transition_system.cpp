// The arc-hybrid system: the static oracle rebuilds gold trees, the dynamic
// oracle's costs match an exhaustive search, and no action sequence builds
// an invalid tree.
#include <catch2/catch.hpp>
#include <map>

#include "core/error.hpp"
#include "language/projectivize.hpp"
#include "language/transition_system.hpp"
#include "tests/language/toy_treebank.hpp"

using namespace newsgraph;

namespace {

GoldTree gold_of(const std::vector<int>& heads, int labels) {
    GoldTree gold{heads, std::vector<int>(heads.size(), -1)};
    for (std::size_t d = 1; d < heads.size(); ++d) gold.label[d] = static_cast<int>(d) % labels;
    return gold;
}

// Runs the static oracle to the end; returns the heads built (entry 0 unused).
std::vector<int> run_static_oracle(const TransitionSystem& system, const GoldTree& gold, bool& labels_ok) {
    ParseState state;
    state.reset(static_cast<int>(gold.head.size()) - 1);
    std::vector<int> costs;
    labels_ok = true;
    while (!state.terminal()) {
        int action = system.static_oracle(state, gold);
        REQUIRE(system.applicable(state, action));
        system.costs(state, gold, costs);
        CHECK(costs[action] == 0);
        system.perform(state, action);
    }
    for (std::size_t d = 1; d < gold.head.size(); ++d) labels_ok = labels_ok && state.label[d] == gold.label[d];
    return state.head;
}

// The most gold arcs still reachable from `state`, by exhaustive search (memoized on stack and buffer).
int best_future(const TransitionSystem& system, const ParseState& state, const GoldTree& gold,
                std::map<std::pair<std::vector<int>, int>, int>& memo) {
    if (state.terminal()) return 0;
    auto key = std::make_pair(state.stack, state.next);
    if (auto found = memo.find(key); found != memo.end()) return found->second;
    int best = -1;
    for (int a = 0; a < system.action_count(); ++a) {
        if (!system.applicable(state, a)) continue;
        ParseState after = state;
        system.perform(after, a);
        int gained = 0;
        for (std::size_t d = 1; d < gold.head.size(); ++d)
            if (state.head[d] < 0 && after.head[d] >= 0)
                gained = after.head[d] == gold.head[d] && after.label[d] == gold.label[d];
        best = std::max(best, gained + best_future(system, after, gold, memo));
    }
    return memo[key] = best;
}

// Checks every applicable action's cost against the search along a random walk.
void check_costs_on_walk(const TransitionSystem& system, const GoldTree& gold, std::uint64_t& seed) {
    ParseState state;
    state.reset(static_cast<int>(gold.head.size()) - 1);
    std::map<std::pair<std::vector<int>, int>, int> memo;
    std::vector<int> costs;
    while (!state.terminal()) {
        system.costs(state, gold, costs);
        int here = best_future(system, state, gold, memo);
        std::vector<int> applicable;
        for (int a = 0; a < system.action_count(); ++a) {
            CHECK((costs[a] >= 0) == system.applicable(state, a));
            if (!system.applicable(state, a)) continue;
            applicable.push_back(a);
            ParseState after = state;
            system.perform(after, a);
            int gained = 0;
            for (std::size_t d = 1; d < gold.head.size(); ++d)
                if (state.head[d] < 0 && after.head[d] >= 0)
                    gained = after.head[d] == gold.head[d] && after.label[d] == gold.label[d];
            CHECK(costs[a] == here - gained - best_future(system, after, gold, memo));
        }
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        system.perform(state, applicable[(seed >> 33) % applicable.size()]);
    }
}

// Whether heads (1..n) form one tree with a single root.
bool valid_tree(const std::vector<int>& heads) {
    int roots = 0;
    for (std::size_t d = 1; d < heads.size(); ++d) {
        if (heads[d] < 0 || heads[d] >= static_cast<int>(heads.size())) return false;
        roots += heads[d] == 0;
        int word = static_cast<int>(d);
        for (std::size_t steps = 0; word != 0; word = heads[word])
            if (++steps > heads.size()) return false;
    }
    return roots == 1;
}

}  // namespace

TEST_CASE("the static oracle rebuilds hand-built and generated projective trees", "[language]") {
    ArcHybrid system(3);
    std::vector<std::vector<int>> trees = {
        {-1, 0},                    // one word
        {-1, 2, 0, 2},              // the cat sat: 1 <- 2 -> 3
        {-1, 2, 3, 0, 3, 6, 4, 3},  // a chain and a right branch
        {-1, 0, 1, 2, 3, 4},        // right-branching chain
        {-1, 5, 5, 5, 5, 0},        // flat, head last
    };
    std::uint64_t seed = 7;
    for (int i = 0; i < 300; ++i) trees.push_back(test::random_tree(1 + i % 25, seed, true));
    for (const auto& heads : trees) {
        REQUIRE(is_projective(heads));
        bool labels_ok = false;
        CHECK(run_static_oracle(system, gold_of(heads, 3), labels_ok) == heads);
        CHECK(labels_ok);
    }
}

TEST_CASE("projectivized non-projective trees are rebuilt exactly by the static oracle", "[language]") {
    std::uint64_t seed = 11;
    int lifted = 0;
    for (int i = 0; i < 300; ++i) {
        std::vector<TreebankWord> words = test::words_with_heads(test::random_tree(3 + i % 20, seed, false));
        lifted += projectivize(words) > 0;
        std::vector<int> heads = heads_of(words);
        REQUIRE(is_projective(heads));
        ArcHybrid system(3);
        bool labels_ok = false;
        CHECK(run_static_oracle(system, gold_of(heads, 3), labels_ok) == heads);
    }
    CHECK(lifted > 100);  // the generator does make non-projective trees
}

TEST_CASE("the dynamic oracle's costs on a small example", "[language]") {
    // the cat sat: det(cat, the) = label 0, root(sat) = label 1 ... here heads 1 <- 2 -> 3, 2 root.
    ArcHybrid system(2);
    GoldTree gold{{-1, 2, 0, 2}, {-1, 0, 1, 0}};
    ParseState state;
    state.reset(3);
    std::vector<int> costs;
    system.costs(state, gold, costs);
    CHECK(costs == std::vector<int>{0, -1, -1, -1, -1});  // only shift applies
    system.perform(state, 0);                             // stack [0, 1], buffer [2, 3]
    system.costs(state, gold, costs);
    // shift loses 1 <- 2 and the root arc of 2; left-arc with label 0 is gold, with label 1 a wrong label;
    // right-arc onto the root is not allowed while the buffer has words.
    CHECK(costs == std::vector<int>{2, 0, 1, -1, -1});
    system.perform(state, 1);  // 1 <- 2
    system.perform(state, 0);  // stack [0, 2], buffer [3]
    system.costs(state, gold, costs);
    // left-arc makes 2 a dependent of 3: loses the root arc and 2 -> 3.
    CHECK(costs == std::vector<int>{0, 2, 2, -1, -1});
}

TEST_CASE("dynamic oracle costs on projective trees equal what an exhaustive search loses", "[language]") {
    ArcHybrid system(2);
    std::uint64_t seed = 3;
    for (int i = 0; i < 60; ++i) {
        std::vector<int> heads = test::random_tree(2 + i % 6, seed, true);
        check_costs_on_walk(system, gold_of(heads, 2), seed);
    }
}

TEST_CASE("no sequence of applicable actions builds an invalid tree", "[language]") {
    ArcHybrid system(2);
    std::uint64_t seed = 5;
    for (int i = 0; i < 500; ++i) {
        ParseState state;
        state.reset(1 + i % 30);
        std::size_t steps = 0;
        while (!state.terminal()) {
            std::vector<int> applicable;
            for (int a = 0; a < system.action_count(); ++a)
                if (system.applicable(state, a)) applicable.push_back(a);
            REQUIRE(!applicable.empty());
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            system.perform(state, applicable[(seed >> 33) % applicable.size()]);
            REQUIRE(++steps <= 2u * static_cast<std::size_t>(state.n));
        }
        CHECK(valid_tree(state.head));
    }
    CHECK_THROWS_AS(make_transition_system("no-such-system", 2), Error);
}
