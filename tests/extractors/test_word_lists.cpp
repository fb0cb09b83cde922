// The named word lists the extraction rules read (lexicons/word_lists.tsv).
#include "core/error.hpp"
#include "core/resource_formats.hpp"
#include "extractors/word_lists.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

TEST_CASE("every word list a rule may ask for is in the lexicon, and no other", "[word-lists]") {
    const ResourceFormat* format = resource_format("lexicons/word_lists.tsv");
    REQUIRE(format);
    REQUIRE(format->values.size() == 1);
    std::string names(format->values.front().values);
    const WordLists& lists = *WordLists::shared();
    std::size_t count = 0;
    for (std::size_t start = 0; start <= names.size(); ++count) {
        std::size_t bar = std::min(names.find('|', start), names.size());
        std::string name = names.substr(start, bar - start);
        INFO(name);
        CHECK_FALSE(lists.get(name).empty());
        start = bar + 1;
    }
    CHECK(count >= 20);
    CHECK(has(lists.get("speaker pronoun"), "she"));
    CHECK_FALSE(has(lists.get("speaker pronoun"), "said"));
    CHECK(has(word_list("threat verb"), std::string_view("tackle")));
}

TEST_CASE("asking for a list the lexicon lacks names the file", "[word-lists]") {
    try {
        WordLists::shared()->get("no such list");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) == "lexicons/word_lists.tsv: no word list named 'no such list'");
    }
}
