// AtomicDirectory: a directory output replaced as a unit, never a mix of two runs.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "core/error.hpp"
#include "exporters/atomic_directory.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t entries(const std::string& directory) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory), fs::directory_iterator()));
}

const std::vector<std::string> kOwned{"a.csv", "b.csv"};

}  // namespace

TEST_CASE("AtomicDirectory: a failure half-way leaves the previous set whole", "[exporters][atomic]") {
    TempDir dir;
    dir.write("out/a.csv", "old a");
    dir.write("out/b.csv", "old b");
    try {
        AtomicDirectory unit(dir.path("out"), kOwned);
        std::ofstream(unit.staging() + "/a.csv") << "new a";
        throw std::runtime_error("disk full before b.csv");  // never committed
    } catch (const std::runtime_error&) {
    }
    CHECK(read(dir.path("out/a.csv")) == "old a");
    CHECK(read(dir.path("out/b.csv")) == "old b");
    CHECK(entries(dir.path("")) == 1);  // the staging directory is gone
}

TEST_CASE("AtomicDirectory: commit replaces the whole set", "[exporters][atomic]") {
    TempDir dir;
    dir.write("out/a.csv", "old a");
    dir.write("out/b.csv", "old b");
    {
        AtomicDirectory unit(dir.path("out") + "/", kOwned);
        std::ofstream(unit.staging() + "/a.csv") << "new a";
        unit.commit();
    }
    CHECK(read(dir.path("out/a.csv")) == "new a");
    CHECK_FALSE(fs::exists(dir.path("out/b.csv")));  // no file of the previous run beside the new ones
    CHECK(entries(dir.path("")) == 1);
    AtomicDirectory fresh(dir.path("new"), kOwned);
    fresh.commit();
    CHECK(fs::is_directory(dir.path("new")));
}

TEST_CASE("AtomicDirectory: a directory with other files is not replaced", "[exporters][atomic]") {
    TempDir dir;
    dir.write("out/a.csv", "old a");
    dir.write("out/notes.txt", "mine");
    CHECK_THROWS_AS(AtomicDirectory(dir.path("out"), kOwned), Error);
    dir.write("file", "x");
    CHECK_THROWS_AS(AtomicDirectory(dir.path("file"), kOwned), Error);
    CHECK(read(dir.path("out/notes.txt")) == "mine");
}
