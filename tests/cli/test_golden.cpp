// Golden files: the seed article in every format, compared byte for byte.
// Set NEWSGRAPH_UPDATE_GOLDEN=1 to rewrite tests/golden/ from the current build,
// then review the diff before committing it.
#include <cstdlib>
#include <fstream>

#include "tests/support/catch.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

TEST_CASE("seed article matches the golden files", "[cli]") {
    TempDir dir;
    const std::vector<std::string> extensions{"graphml", "jsonld", "rdf", "nt"};
    std::string outputs;
    for (const auto& extension : extensions) outputs += " -o '" + dir.path("seed." + extension) + "'";
    auto run = run_newsgraph("build samples/un-cybercrime.md -q" + outputs, true);
    REQUIRE(run.status == 0);
    bool update = std::getenv("NEWSGRAPH_UPDATE_GOLDEN") != nullptr;
    for (const auto& extension : extensions) {
        std::string golden = source_path("tests/golden/un-cybercrime." + extension);
        std::string produced = slurp(dir.path("seed." + extension));
        if (update) {
            std::ofstream(golden, std::ios::binary) << produced;
            continue;
        }
        INFO("golden file " << golden << " differs; rerun with NEWSGRAPH_UPDATE_GOLDEN=1 and review the diff");
        CHECK(produced == slurp(golden));
    }
}
