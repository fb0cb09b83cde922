// Relations of wire copy on whole pipeline runs with the built-in models: abbreviated titles, a title the parse
// splits from its name, organization names with a plural head word.
#include <algorithm>
#include <string>
#include <vector>

#include "tests/extractors/pipeline_run.hpp"
#include "tests/extractors/relation_lines.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using newsgraph::testing::has;

namespace {

Document run_pipeline(std::string text) { return testing::run_pipeline(std::move(text), "wire"); }

// The relations as "subject predicate object [role]".
std::vector<std::string> relations_of(const Document& doc) {
    return testing::sorted_relation_lines(doc, testing::relation_line_with_role);
}

bool names(const Document& doc, EntityClass cls, const std::string& name) {
    return std::any_of(doc.entities.begin(), doc.entities.end(),
                       [&](const Entity& e) { return e.cls == cls && e.name == name; });
}

}  // namespace

TEST_CASE("an abbreviated public office before a name holds the place's office", "[relations][wire]") {
    auto lines = relations_of(run_pipeline("Texas Gov. Ann Richards signed the bill in Austin."));
    CHECK(has(lines, "Ann Richards holdsPosition Texas [Gov.]"));
    CHECK(has(lines, "Ann Richards leads Texas"));
}

TEST_CASE("a plural head word makes an organization's name", "[relations][wire]") {
    Document doc = run_pipeline("Dr. Anthony Fauci of the National Institutes of Health testified on Monday.");
    CHECK(names(doc, EntityClass::Organization, "National Institutes of Health"));
    CHECK_FALSE(names(doc, EntityClass::Person, "Health"));
    CHECK(has(relations_of(doc), "Anthony Fauci memberOf National Institutes of Health"));
}

TEST_CASE("words between an organization and a title must describe the title", "[relations][wire]") {
    auto lines = relations_of(run_pipeline("The Chicago Tribune reported that Mayor Harold Washington had died."));
    CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& line) {
        return line.rfind("Harold Washington holdsPosition Chicago Tribune", 0) == 0;
    }));
    auto kept = relations_of(run_pipeline("Chrysler Corp.'s new chairman Robert Eaton spoke on Monday."));
    CHECK(has(kept, "Robert Eaton holdsPosition Chrysler Corp. [new chairman]"));
}

TEST_CASE("a ruler's country", "[relations][wire]") {
    auto lines = relations_of(run_pipeline("Manuel Noriega, Panama's military ruler, was indicted in Miami."));
    CHECK(has(lines, "Manuel Noriega holdsPosition Panama [military ruler]"));
}
