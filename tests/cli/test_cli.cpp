// The command line: good and bad invocations, exit codes, messages.
#include <filesystem>

#include "exporters/format.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

namespace {
const std::string kSeed = "'" + source_path("samples/un-cybercrime.md") + "'";
std::string quoted(const std::string& path) { return "'" + path + "'"; }
}  // namespace

TEST_CASE("help and version exit 0; no arguments or unknown commands are usage errors", "[cli]") {
    auto help = run_newsgraph("--help");
    CHECK(help.status == 0);
    CHECK(help.output.find("newsgraph build INPUT") != std::string::npos);
    auto version = run_newsgraph("--version");
    CHECK(version.status == 0);
    CHECK(version.output.rfind("newsgraph ", 0) == 0);
    CHECK(run_newsgraph("").status == 2);
    auto unknown = run_newsgraph("frobnicate");
    CHECK(unknown.status == 2);
    CHECK(unknown.output.find("unknown command 'frobnicate'") != std::string::npos);
}

TEST_CASE("--help names every format of the format table, by --format name and by extension", "[cli]") {
    std::string help = run_newsgraph("--help").output;
    // Each one in a list "a, b, c or d": followed by a comma or by " or ", or ending the list.
    auto listed = [&](const std::string& item) {
        return help.find(item + ", ") != std::string::npos || help.find(item + " or ") != std::string::npos ||
               help.find(item + ")") != std::string::npos || help.find(item + "\n") != std::string::npos;
    };
    for (const newsgraph::FormatInfo& row : newsgraph::kFormats) {
        CHECK(listed(std::string(" ").append(row.name)));
        CHECK(listed(std::string(" .").append(row.extension)));
    }
    CHECK(help.find("or neo4j)") != std::string::npos);
    CHECK(help.find("or .neo4j") != std::string::npos);
    for (const char* limit : {"--timeout SECONDS (default 60)", "--max-rows N (default 100000)", "--allow-service"})
        CHECK(help.find(limit) != std::string::npos);
}

TEST_CASE("build usage errors exit 2 and say what is wrong", "[cli]") {
    auto no_output = run_newsgraph("build " + kSeed);
    CHECK(no_output.status == 2);
    CHECK(no_output.output.find("-o OUTPUT") != std::string::npos);
    auto bad_extension = run_newsgraph("build " + kSeed + " -o graph.xyz");
    CHECK(bad_extension.status == 2);
    CHECK(bad_extension.output.find("graph.xyz") != std::string::npos);
    auto bad_format = run_newsgraph("build " + kSeed + " -o out --format dot");
    CHECK(bad_format.status == 2);
    CHECK(bad_format.output.find("unknown format 'dot'") != std::string::npos);
    CHECK(run_newsgraph("build " + kSeed + " -o x.rdf --no-such-option").status == 2);
}

TEST_CASE("build writes every requested format and names missing inputs", "[cli]") {
    TempDir dir;
    auto ok = run_newsgraph("build " + kSeed + " -o " + quoted(dir.path("g.graphml")) + " -o " +
                            quoted(dir.path("g.jsonld")) + " -o " + quoted(dir.path("g.rdf")) + " -o " +
                            quoted(dir.path("g.nt")) + " --quiet");
    CHECK(ok.status == 0);
    CHECK(ok.output.empty());
    for (const char* name : {"g.graphml", "g.jsonld", "g.rdf", "g.nt"})
        CHECK(std::filesystem::file_size(dir.path(name)) > 1000);

    auto missing = run_newsgraph("build " + quoted(dir.path("nope.txt")) + " -o " + quoted(dir.path("m.rdf")));
    CHECK(missing.status == 1);
    CHECK(missing.output.find("nope.txt: no such file") != std::string::npos);
}

TEST_CASE("a corpus run reports a broken file, finishes the rest and exits 1", "[cli]") {
    TempDir dir;
    dir.write("corpus/a-good.txt", "Officials met in Paris\n\nMinister Jean Dupont said the talks went well.\n");
    dir.write("corpus/b-binary.txt", std::string("\x89PNG\0\0\0", 7));
    dir.write("corpus/c-good.md", "# Second story\n\nThe *European Union* met in Brussels.\n");
    auto run = run_newsgraph("build " + quoted(dir.path("corpus")) + " -o " + quoted(dir.path("out.rdf")));
    CHECK(run.status == 1);
    CHECK(run.output.find("b-binary.txt: binary content") != std::string::npos);
    CHECK(run.output.find("2 document(s)") != std::string::npos);
    std::string rdf = slurp(dir.path("out.rdf"));
    CHECK(rdf.find("article/a-good") != std::string::npos);
    CHECK(rdf.find("article/c-good") != std::string::npos);
}

TEST_CASE("a failed write names the output and leaves no partial file", "[cli]") {
    TempDir dir;
    auto run = run_newsgraph("build " + kSeed + " -o " + quoted(dir.path("no/such/dir/g.rdf")));
    CHECK(run.status == 1);
    CHECK(run.output.find("no/such/dir/g.rdf") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path("no/such/dir")));
    auto full = run_newsgraph("build " + kSeed + " -o /dev/full --format rdfxml");
    CHECK(full.status == 1);
}

TEST_CASE("outputs are byte-identical across runs", "[cli]") {
    TempDir dir;
    for (const char* run : {"1", "2"}) {
        std::string prefix = dir.path(std::string("run") + run);
        REQUIRE(run_newsgraph("build " + kSeed + " -q -o " + quoted(prefix + ".graphml") + " -o " +
                              quoted(prefix + ".jsonld") + " -o " + quoted(prefix + ".rdf"))
                    .status == 0);
    }
    for (const char* extension : {".graphml", ".jsonld", ".rdf"})
        CHECK(slurp(dir.path(std::string("run1") + extension)) == slurp(dir.path(std::string("run2") + extension)));
}

TEST_CASE("inspect lists entities and relations", "[cli]") {
    auto run = run_newsgraph("inspect " + kSeed);
    CHECK(run.status == 0);
    CHECK(run.output.find("entity\tPerson\tAntónio Guterres") != std::string::npos);
    CHECK(run.output.find("relation\tYury Fedotov\tholdsPosition") != std::string::npos);
    CHECK(run.output.find("\nmention\t") == std::string::npos);
}

TEST_CASE("inspect --mentions lists each entity's mentions with their rules", "[cli]") {
    auto run = run_newsgraph("inspect --mentions " + kSeed);
    CHECK(run.status == 0);
    // "Mr. Guterres" is a mention of the entity named in full before it
    auto entity = run.output.find("entity\tPerson\tAntónio Guterres");
    REQUIRE(entity != std::string::npos);
    auto next_entity = run.output.find("\nentity\t", entity + 1);
    std::string block = run.output.substr(entity, next_entity - entity);
    CHECK(block.find("\nmention\tAntónio Guterres\t") != std::string::npos);
    CHECK(block.find("\nmention\tGuterres\t") != std::string::npos);
}

TEST_CASE("ontology command writes the ontology in RDF syntaxes", "[cli]") {
    TempDir dir;
    auto run = run_newsgraph("ontology -o " + quoted(dir.path("ng.ttl")));
    CHECK(run.status == 0);
    CHECK(slurp(dir.path("ng.ttl")).find("owl:Ontology") != std::string::npos);
    CHECK(run_newsgraph("ontology -o " + quoted(dir.path("ng.rdf"))).status == 0);
    CHECK(slurp(dir.path("ng.rdf")).find("rdf:about=\"https://w3id.org/newsgraph/ontology#holdsPosition\"") !=
          std::string::npos);
    CHECK(run_newsgraph("ontology -o " + quoted(dir.path("ng.graphml"))).status == 2);
}
