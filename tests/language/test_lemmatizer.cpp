// The lemmatizer: rules between forms and lemmas, suffix rules on unseen
// words, exceptions for irregular training words, proper nouns kept, irregular past forms from the lexicon.
#include "language/irregular_verbs.hpp"
#include "language/language_models.hpp"
#include "language/lemmatizer.hpp"
#include "language/lemmatizer_trainer.hpp"
#include "language/word_clusters.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;

TEST_CASE("lemma rules rewrite suffixes, lower-casing when it is shorter", "[language]") {
    LemmaRule rule = lemma_rule_between("running", "run");
    CHECK(rule == LemmaRule{true, 4, ""});
    std::string lemma;
    REQUIRE(apply_lemma_rule(rule, "Gunning", lemma));
    CHECK(lemma == "gun");
    CHECK(lemma_rule_between("The", "the") == LemmaRule{true, 0, ""});
    CHECK(lemma_rule_between("I", "I") == LemmaRule{false, 0, ""});
    CHECK(lemma_rule_between("went", "go") == LemmaRule{true, 4, "go"});
    CHECK_FALSE(apply_lemma_rule(LemmaRule{true, 5, ""}, "abc", lemma));
}

TEST_CASE("learned lemma rules generalize to unseen words", "[language]") {
    const std::uint8_t kPast = 0, kPlural = 1, kProper = 2;
    std::vector<LemmaExample> examples{
        {"walked", kPast, "walk"},   {"jumped", kPast, "jump"},      {"played", kPast, "play"},
        {"went", kPast, "go"},       {"studied", kPast, "study"},    {"carried", kPast, "carry"},
        {"dogs", kPlural, "dog"},    {"cats", kPlural, "cat"},       {"boxes", kPlural, "box"},
        {"foxes", kPlural, "fox"},   {"children", kPlural, "child"}, {"Americans", kProper, "American"},
        {"Paris", kProper, "Paris"}, {"Anna", kProper, "Anna"},      {"Walked", kPast, "walk"}};
    Lemmatizer lemmatizer(learn_lemma_tables(examples, {0, 0, 1}, 6, 2));
    // Seen words, regular and irregular.
    CHECK(lemmatizer.lemma("went", kPast) == "go");
    CHECK(lemmatizer.lemma("Went", kPast) == "go");
    CHECK(lemmatizer.lemma("children", kPlural) == "child");
    CHECK(lemmatizer.lemma("Americans", kProper) == "American");
    // Unseen words: the longest suffix with a rule.
    CHECK(lemmatizer.lemma("kicked", kPast) == "kick");
    CHECK(lemmatizer.lemma("worried", kPast) == "worry");
    CHECK(lemmatizer.lemma("birds", kPlural) == "bird");
    CHECK(lemmatizer.lemma("taxes", kPlural) == "tax");
    CHECK(lemmatizer.lemma("Kicked", kPast) == "kick");
    // Unseen proper nouns keep their form; an unknown tag lower-cases.
    CHECK(lemmatizer.lemma("Berlin", kProper) == "Berlin");
    CHECK(lemmatizer.lemma("Germans", kProper) == "Germans");
    CHECK(lemmatizer.lemma("Xyz", 7) == "xyz");
}

TEST_CASE("of the lemmas an unseen word's suffix rules give, the most frequent word wins", "[language]") {
    const std::uint8_t kPast = 0;
    // "decided": the suffix "ided" drops one letter; "ed" drops two
    std::vector<LemmaExample> examples{{"decided", kPast, "decide"},   {"divided", kPast, "divide"},
                                       {"provided", kPast, "provide"}, {"walked", kPast, "walk"},
                                       {"jumped", kPast, "jump"},      {"played", kPast, "play"},
                                       {"kicked", kPast, "kick"},      {"opened", kPast, "open"}};
    LemmaTables tables = learn_lemma_tables(examples, {0}, 6, 2);
    CHECK(Lemmatizer(tables).lemma("raided", kPast) == "raide");  // the longest suffix alone
    TempDir dir;
    dir.write("vocabulary.tsv", "raid\t1\t1\t1\nbe\t2\t2\t2\n");
    Lemmatizer lemmatizer(tables, WordClusters::read_table(dir.path("vocabulary.tsv")));
    CHECK(lemmatizer.lemma("raided", kPast) == "raid");
    CHECK(lemmatizer.lemma("guided", kPast) == "guide");  // neither is a word it knows: the longest suffix's
}

TEST_CASE("lemma rules never cut a character in two", "[language]") {
    // "'m" -> "be" strips two bytes; on "´m" (three bytes) that would keep half of "´".
    std::string lemma;
    CHECK_FALSE(apply_lemma_rule(lemma_rule_between("'m", "be"), "\xC2\xB4m", lemma));
    // "café" -> "cafè": the common prefix stops before the shared first byte of é and è.
    LemmaRule rule = lemma_rule_between("caf\xC3\xA9", "caf\xC3\xA8");
    CHECK(rule == LemmaRule{true, 2, "\xC3\xA8"});
    REQUIRE(apply_lemma_rule(rule, "th\xC3\xA9", lemma));
    CHECK(lemma == "th\xC3\xA8");
}

TEST_CASE("irregular past forms have their verb's lemma, for past tags only", "[language][wire]") {
    auto irregular = IrregularVerbs::shared();
    REQUIRE(irregular->lemma("slain"));
    CHECK(*irregular->lemma("slain") == "slay");
    CHECK(*irregular->lemma("lain") == "lie");
    CHECK(*irregular->lemma("bitten") == "bite");
    CHECK_FALSE(irregular->lemma("walked"));  // a regular past is the suffix rules' to read
    CHECK(IrregularVerbs::past_tag("VBN"));
    CHECK_FALSE(IrregularVerbs::past_tag("NN"));  // "the ground", "a wound" keep their own lemma

    // through the built-in tagger: the form's lemma, whatever the learned suffix rules would make of it
    auto models = LanguageModels::built_in(false);
    if (!models) {
        WARN("program built without models");
        return;
    }
    std::vector<TreebankWord> words(6);
    const char* forms[] = {"Two", "guards", "were", "slain", "by", "robbers"};
    for (std::size_t i = 0; i < words.size(); ++i) words[i].form = forms[i];
    models->tagger->tag(words);
    INFO(words[3].xpos);
    REQUIRE(IrregularVerbs::past_tag(words[3].xpos));
    CHECK(words[3].lemma == "slay");
    CHECK(words[1].lemma == "guard");
}
