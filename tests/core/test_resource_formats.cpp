// The declared formats of the ontology data files: every shipped file follows its format, and a bad line
// is an error naming the file and line.
#include <set>

#include "core/error.hpp"
#include "core/resource_formats.hpp"
#include "core/resources.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;

namespace {

// The error validate_tsv gives for `text` as `path` (keys of other files: "known" only), or "no error".
std::string problem(std::string_view path, const std::string& text) {
    static const std::vector<std::string> known{"known", "0903"};
    try {
        validate_tsv(
            *resource_format(path), text, std::string(path), [](std::string_view) -> const auto& { return known; });
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("every shipped ontology data file follows its declared format", "[resources][formats]") {
    std::set<std::string> shipped;
    for (const Resource& r : embedded_resources())
        if (r.path.size() > 4 && r.path.substr(r.path.size() - 4) == ".tsv") shipped.emplace(r.path);
    for (const std::string& path : shipped) {
        INFO(path);
        CHECK(resource_format(path) != nullptr);
    }
    for (const ResourceFormat& format : resource_formats()) {
        INFO(format.path);
        CHECK(shipped.count(std::string(format.path)) == 1);
    }
    CHECK(shipped.size() >= 28);
    REQUIRE_NOTHROW(validate_resources());
}

TEST_CASE("a bad lexicon line is an error naming the file, the line and the problem", "[resources][formats]") {
    std::string places = "# comment\nknown\tKnown\tcountry\t\t\t\n";
    CHECK(problem("lexicons/places.tsv", places) == "no error");
    CHECK(problem("lexicons/places.tsv", places + "x\tX\tcountry\t\t\n") ==
          "lexicons/places.tsv:3: expected 6 tab-separated columns (key, canonical name, kind, aliases, demonyms, "
          "parent key), found 5");
    CHECK(problem("lexicons/places.tsv", places + "\n\tX\tcity\t\t\tknown\n") ==
          "lexicons/places.tsv:4: empty first column (key)");
    CHECK(problem("lexicons/places.tsv", places + "known\tAgain\tcity\t\t\tknown\n") ==
          "lexicons/places.tsv:3: duplicate key 'known'");
    CHECK(problem("lexicons/places.tsv", places + "x\tX\tcity\t\t\tnowhere\n") ==
          "lexicons/places.tsv:3: 'nowhere' is not a key of lexicons/places.tsv or the other files it may name");
    CHECK(problem("lexicons/places.tsv", places + "x\tX\tvillage\t\t\tknown\n") ==
          "lexicons/places.tsv:3: 'village' is not one of country|city|state|region|continent|sea");
    CHECK(problem("lexicons/organizations.tsv", "a\tA\t\n") == "no error");
    CHECK(problem("lexicons/organizations.tsv", "a\tA\n").find("expected 3 to 5 tab-separated columns") !=
          std::string::npos);
    CHECK(problem("lexicons/threats.tsv", "t\tT\t\t0903 9999\t\t\n") ==
          "lexicons/threats.tsv:1: '9999' is not a key of lexicons/iccs.tsv or the other files it may name");
    CHECK(problem("lexicons/ud_words.tsv", "word\tcannot\tcan not\nsuffix\tcannot\n") == "no error");
    CHECK(problem("lexicons/ud_words.tsv", "word\tgonna\tgon na\nword\tgonna\tgo na\n") ==
          "lexicons/ud_words.tsv:2: duplicate key 'word gonna'");
}

TEST_CASE("a bad line in an --ontology-dir copy stops the run with the file and line", "[resources][formats]") {
    TempDir dir;
    for (const Resource& r : embedded_resources()) dir.write("ontology/" + std::string(r.path), std::string(r.data));
    dir.write("ontology/lexicons/subdivisions.tsv",
              std::string(resource("lexicons/subdivisions.tsv")) + "kenya\tKenya Again\tcounty\t\t\tkenya\tKE-99\n");
    dir.write("in.txt", "Kenya and Devon.\n");
    CommandResult run = run_newsgraph("build --ontology-dir '" + dir.path("ontology") + "' '" + dir.path("in.txt") +
                                      "' -o '" + dir.path("out.nt") + "'");
    CHECK(run.status != 0);
    CHECK(run.output.find(dir.path("ontology") + "/lexicons/subdivisions.tsv:") != std::string::npos);
    CHECK(run.output.find("key 'kenya' is also a key of lexicons/places.tsv") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path("out.nt")));
}
