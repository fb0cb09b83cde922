// The goal and threat taxonomy: every SDG target reachable by its number, codes
// and hierarchy, ordinary words left alone, and lexicon errors naming file and line.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "core/concepts.hpp"
#include "core/error.hpp"
#include "core/resources.hpp"
#include "tests/extractors/entity_test_support.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using namespace newsgraph::test;

TEST_CASE("every SDG goal and all 169 targets are reachable by their number", "[taxonomy]") {
    std::size_t goals = 0, targets = 0;
    for (const Concept& item : concepts().all()) {
        if (item.scheme != "sdg") continue;
        const std::string& code = item.codes.front();
        bool target = !item.parent.empty();
        (target ? targets : goals)++;
        CHECK(item.exact_match == "http://metadata.un.org/sdg/" + code);
        std::string text = target ? "Ministers discussed progress on target " + code + " this week."
                                  : "Ministers discussed progress on SDG " + code + " this week.";
        auto doc = analyse(text);
        INFO(text);
        const Entity* found = entity(doc, EntityClass::Goal, item.name);
        CHECK(found);
        if (found) CHECK(concepts().by_name(EntityClass::Goal, found->name)->exact_match == item.exact_match);
    }
    CHECK(goals == 17);
    CHECK(targets == 169);
}

TEST_CASE("numbers in the forms news uses, and the curated phrases", "[taxonomy]") {
    auto doc = analyse(
        "The fund backs SDG16.4 and SDG target 5.2. It follows Sustainable Development Goal 13 and Goal 2. "
        "Donors praised birth registration and the return of stolen assets.");
    CHECK(entity(doc, EntityClass::Goal, "SDG target 16.4"));
    CHECK(entity(doc, EntityClass::Goal, "SDG target 5.2"));
    CHECK(entity(doc, EntityClass::Goal, "SDG 13: Climate Action"));
    CHECK(entity(doc, EntityClass::Goal, "SDG 2: Zero Hunger"));
    CHECK(entity(doc, EntityClass::Goal, "SDG target 16.9"));
    CHECK(count(doc, EntityClass::Goal) == 5);  // "return of stolen assets" is 16.4 again
}

TEST_CASE("goals and targets in sports and plain English are not SDGs", "[taxonomy][traps]") {
    auto doc = analyse(
        "The striker scored the winning goal and his second goal of the season. The club met its target "
        "of 16 points, and the target date is 4 May.");
    CHECK(count(doc, EntityClass::Goal) == 0);
}

TEST_CASE("a phrase of a goal and a threat stays a threat", "[taxonomy]") {
    auto doc = analyse("The ministry vowed to curb illicit financial flows and organized crime.");
    CHECK(entity(doc, EntityClass::Threat, "tax evasion"));
    CHECK(entity(doc, EntityClass::Threat, "organized crime"));
    CHECK(count(doc, EntityClass::Goal) == 0);
}

TEST_CASE("threats carry ICCS codes and sit in one hierarchy", "[taxonomy]") {
    const Concepts& all = concepts();
    const Concept* ransomware = all.by_name(EntityClass::Threat, "ransomware");
    REQUIRE(ransomware);
    CHECK(ransomware->codes == std::vector<std::string>{"0903", "0205"});
    CHECK(ransomware->cyber);
    REQUIRE(all.parent(*ransomware));
    CHECK(all.parent(*ransomware)->name == "cybercrime");
    const Concept* section = all.by_key("iccs09");
    REQUIRE(section);
    CHECK(all.within(*ransomware, *section));
    CHECK_FALSE(all.within(*section, *ransomware));
    // every crime threat has an ICCS code; every other threat sits in the non-crime branch
    std::set<std::string> sections, others;
    for (const Concept& item : all.all()) {
        if (item.cls != EntityClass::Threat) continue;
        INFO(item.key);
        CHECK(!item.codes.empty());
        const std::string& code = item.codes.front();
        if (item.key.rfind("iccs", 0) == 0 && code.size() == 2) sections.insert(code);
        if (item.key.rfind("iccs", 0) == 0 && code.size() == 4 && code[3] == '9') others.insert(code.substr(0, 2));
        if (item.scheme == "branch") CHECK(all.within(item, *all.by_key("nc")));
    }
    // ICCS's 11 sections, each closed by its "other acts" division (0109, 0219, ... 1109)
    CHECK(sections.size() == 11);
    CHECK(others == sections);
}

TEST_CASE("codes in questions", "[taxonomy]") {
    CHECK(normalize_code("ICCS 0204") == "0204");
    CHECK(normalize_code("SDG target 16.4") == "16.4");
    CHECK(normalize_code("16.a") == "16.a");
    CHECK(normalize_code("nc2") == "NC2");
    CHECK(normalize_code("cybercrime").empty());
    auto ten = concepts().by_code("ICCS 10");
    REQUIRE(ten.size() == 1);
    CHECK(ten[0]->name == "Acts against the natural environment");
    auto goal = concepts().by_code("SDG 10");
    REQUIRE(goal.size() == 1);
    CHECK(goal[0]->name == "SDG 10: Reduced Inequalities");
    CHECK(concepts().by_code("16.4").front()->exact_match == "http://metadata.un.org/sdg/16.4");
}

namespace {

// A copy of the embedded resources with one file replaced, used as the resource directory.
struct PatchedResources {
    std::filesystem::path dir;
    PatchedResources(std::string_view path, const std::string& text) {
        dir = std::filesystem::temp_directory_path() / ("newsgraph-taxonomy-" + std::to_string(::getpid()));
        for (const Resource& r : embedded_resources()) {
            std::filesystem::create_directories((dir / r.path).parent_path());
            std::ofstream(dir / r.path, std::ios::binary) << r.data;
        }
        std::ofstream(dir / path, std::ios::binary) << text;
        set_resource_directory(dir.string());
    }
    ~PatchedResources() {
        set_resource_directory("");
        std::filesystem::remove_all(dir);
    }
};

std::string load_error(std::string_view path, const std::string& text) {
    PatchedResources patched(path, text);
    try {
        Concepts loaded;
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("lexicon format errors name the file and the line", "[taxonomy][errors]") {
    std::string threats = resource("lexicons/threats.tsv");
    CHECK_THAT(load_error("lexicons/threats.tsv", "# comment\nmystery\tmystery\t\t9999\n"),
               Catch::Contains("lexicons/threats.tsv:2") && Catch::Contains("unknown threat code 9999"));
    CHECK_THAT(load_error("lexicons/threats.tsv", "# comment\n\nplague\tplague\tplagues\n"),
               Catch::Contains("lexicons/threats.tsv:3") && Catch::Contains("expected 4 tab-separated cells"));
    CHECK_THAT(load_error("lexicons/threats.tsv", threats + "plague\tplague\t\tNC2\tno_such_key\n"),
               Catch::Contains("lexicons/threats.tsv:") && Catch::Contains("unknown parent key no_such_key"));
    CHECK_THAT(load_error("lexicons/sdg_phrases.tsv", "16.99\t\tsome phrase\n"),
               Catch::Contains("lexicons/sdg_phrases.tsv:1") && Catch::Contains("no SDG goal or target 16.99"));
    CHECK_THAT(load_error("lexicons/iccs.tsv", "123\tNot a code\t\n"), Catch::Contains("lexicons/iccs.tsv:1"));
    CHECK_THAT(load_error("patterns/sdg_numbers.tsv", "goal\tSDG\n"), Catch::Contains("patterns/sdg_numbers.tsv:1"));
}
