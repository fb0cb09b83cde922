// Feature extraction on hand-built configurations: each template sees exactly
// the words and labels its atoms name.
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "language/parser_features.hpp"
#include "language/transition_system.hpp"

using namespace newsgraph;

namespace {

std::vector<TreebankWord> words_of(const std::vector<std::string>& forms) {
    std::vector<TreebankWord> words;
    for (const std::string& form : forms) {
        TreebankWord w;
        w.form = form;
        w.lemma = form;
        w.upos = form == "sat" || form == "ran" ? "VERB" : form == "the" ? "DET" : "NOUN";
        w.xpos = w.upos;
        words.push_back(w);
    }
    return words;
}

// Keys of `templates` after shift, left-arc with `label`, shift on `forms`: s0 is word 2 with
// left child word 1, b0 is word 3.
std::vector<std::uint64_t> keys_after_left_arc(const FeatureTemplates& templates, const std::vector<std::string>& forms,
                                               int label) {
    std::vector<TreebankWord> words = words_of(forms);
    ArcHybrid system(4);
    ParseState state;
    state.reset(static_cast<int>(words.size()));
    system.perform(state, 0);
    system.perform(state, 1 + label);
    system.perform(state, 0);
    std::vector<std::uint64_t> keys;
    templates.extract(state, word_codes(words), keys);
    return keys;
}

}  // namespace

TEST_CASE("feature templates read the atoms they name", "[language]") {
    FeatureTemplates templates({"s0.w", "b0.p", "s0l.w", "s0l.l", "d", "s0.vl", "s1.w", "s0.w b0.w"});
    REQUIRE(templates.size() == 8);
    std::vector<std::uint64_t> base = keys_after_left_arc(templates, {"the", "cat", "sat"}, 0);
    REQUIRE(base.size() == 8);
    // Same words up to case: the word atom is lower-cased, so nothing changes.
    CHECK(keys_after_left_arc(templates, {"The", "Cat", "sat"}, 0) == base);

    // Another left child ("a" for "the") changes s0l.w only.
    std::vector<std::uint64_t> other_child = keys_after_left_arc(templates, {"a", "cat", "sat"}, 0);
    for (std::size_t t = 0; t < base.size(); ++t) CHECK((other_child[t] != base[t]) == (t == 2));

    // Another label on that child changes s0l.l only.
    std::vector<std::uint64_t> other_label = keys_after_left_arc(templates, {"the", "cat", "sat"}, 2);
    for (std::size_t t = 0; t < base.size(); ++t) CHECK((other_label[t] != base[t]) == (t == 3));

    // Another b0 ("ran" is a VERB too, so b0.p stays) changes only the pair with b0.w.
    std::vector<std::uint64_t> other_b0 = keys_after_left_arc(templates, {"the", "cat", "ran"}, 0);
    for (std::size_t t = 0; t < base.size(); ++t) CHECK((other_b0[t] != base[t]) == (t == 7));

    // A longer sentence keeps every key here: these atoms do not look past b0.
    CHECK(keys_after_left_arc(templates, {"the", "cat", "sat", "down"}, 0) == base);
    // Templates are told apart even when their atoms have equal values.
    CHECK(base[0] != base[6]);
}

TEST_CASE("the same state gives the same keys; bad templates are errors", "[language]") {
    FeatureTemplates templates(default_parser_templates());
    CHECK(keys_after_left_arc(templates, {"the", "cat", "sat"}, 1) ==
          keys_after_left_arc(templates, {"the", "cat", "sat"}, 1));
    CHECK_THROWS_AS(FeatureTemplates({"s9.w"}), Error);
    CHECK_THROWS_AS(FeatureTemplates({"s0.q"}), Error);
    CHECK_THROWS_AS(FeatureTemplates({"s0.w s0.p b0.w b0.p s1.w"}), Error);
    CHECK_THROWS_WITH(FeatureTemplates({"s0.w bogus"}), Catch::Contains("bogus"));
}

TEST_CASE("tag atoms: p reads the Penn tag, u the universal one", "[language]") {
    FeatureTemplates templates({"s0.u b0.u", "s0.p b0.p"});
    std::vector<TreebankWord> words = words_of({"the", "cat", "sat"});
    ArcHybrid system(4);
    ParseState state;
    state.reset(static_cast<int>(words.size()));
    system.perform(state, 0);
    system.perform(state, 1);
    system.perform(state, 0);
    std::vector<std::uint64_t> base, other;
    templates.extract(state, word_codes(words), base);
    words[2].xpos = "VBN";  // the Penn tag changes, the universal one (VERB) stays
    templates.extract(state, word_codes(words), other);
    CHECK(other[0] == base[0]);
    CHECK(other[1] != base[1]);
}
