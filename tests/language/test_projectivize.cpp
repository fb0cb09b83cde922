// Pseudo-projective lifting: lifted trees are projective, labels record the
// lift, and deprojectivizing restores the original non-projective trees.
#include <catch2/catch.hpp>

#include "language/projectivize.hpp"
#include "tests/language/toy_treebank.hpp"

using namespace newsgraph;

namespace {

std::vector<TreebankWord> sentence(const std::vector<std::pair<int, std::string>>& arcs) {
    std::vector<TreebankWord> words;
    for (const auto& [head, deprel] : arcs) {
        TreebankWord w;
        w.form = std::string("w").append(std::to_string(words.size() + 1));
        w.head = head;
        w.deprel = deprel;
        words.push_back(w);
    }
    return words;
}

}  // namespace

TEST_CASE("lifting a non-projective arc and putting it back", "[language]") {
    // A hearing is scheduled on the issue today: "on the issue" hangs off "hearing" across "is scheduled".
    std::vector<TreebankWord> words =
        sentence({{2, "det"}, {4, "nsubj"}, {4, "aux"}, {0, "root"}, {7, "case"}, {7, "det"}, {2, "nmod"}, {4, "obl"}});
    const std::vector<TreebankWord> original = words;
    REQUIRE_FALSE(is_projective(heads_of(words)));
    CHECK(projectivize(words) == 1);
    CHECK(is_projective(heads_of(words)));
    CHECK(words[6].head == 4);
    CHECK(words[6].deprel == "nmod||nsubj");
    deprojectivize(words);
    for (std::size_t i = 0; i < words.size(); ++i) {
        CHECK(words[i].head == original[i].head);
        CHECK(words[i].deprel == original[i].deprel);
    }
}

TEST_CASE("a word lifted twice keeps its first head label and comes back", "[language]") {
    // 1 <- 5 crosses the arcs of 2 and 3, whose heads are outside: 1 is lifted over two levels.
    std::vector<TreebankWord> words = sentence({{5, "obj"}, {0, "root"}, {2, "xcomp"}, {3, "ccomp"}, {4, "advcl"}});
    const std::vector<TreebankWord> original = words;
    REQUIRE_FALSE(is_projective(heads_of(words)));
    CHECK(projectivize(words) >= 2);
    CHECK(is_projective(heads_of(words)));
    CHECK(words[0].deprel == "obj||advcl");
    deprojectivize(words);
    for (std::size_t i = 0; i < words.size(); ++i) {
        CHECK(words[i].head == original[i].head);
        CHECK(words[i].deprel == original[i].deprel);
    }
}

TEST_CASE("projective trees are left alone; random trees become projective and stay trees", "[language]") {
    std::uint64_t seed = 19;
    for (int i = 0; i < 200; ++i) {
        std::vector<TreebankWord> projective = test::words_with_heads(test::random_tree(1 + i % 15, seed, true));
        std::vector<TreebankWord> copy = projective;
        CHECK(projectivize(copy) == 0);
        deprojectivize(copy);
        CHECK(heads_of(copy) == heads_of(projective));

        std::vector<TreebankWord> words = test::words_with_heads(test::random_tree(2 + i % 15, seed, false));
        projectivize(words);
        CHECK(is_projective(heads_of(words)));
        deprojectivize(words);
        std::vector<int> heads = heads_of(words);
        int roots = 0;
        for (std::size_t d = 1; d < heads.size(); ++d) {
            roots += heads[d] == 0;
            int word = static_cast<int>(d);
            for (std::size_t steps = 0; word != 0; word = heads[word]) REQUIRE(++steps <= heads.size());
            CHECK(words[d - 1].deprel.find(kLiftMarker) == std::string::npos);
        }
        CHECK(roots == 1);
    }
}
