// Threads, shards and merge give the same graph; SPARQL runs over outputs.
#include "query/query_limits.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

namespace {
const std::string kSamples[] = {"samples/europol-ransomware-takedown.md", "samples/ireland-climate-adaptation-fund.md",
                                "samples/salford-procurement-laundering-trial.txt", "samples/un-cybercrime.md",
                                "samples/who-cholera-mozambique.txt"};
const std::string kPrefixes =
    "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <http://schema.org/> "
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";

std::string shell_quoted(const std::string& text) { return "'" + text + "'"; }
}  // namespace

TEST_CASE("outputs are byte-identical for any thread count", "[cli]") {
    TempDir dir;
    // Separate files and one JSON Lines corpus (many documents in one input).
    std::string inputs = " tests/stores/data/dated-articles.jsonl";
    for (const auto& sample : kSamples) inputs += " " + sample;
    for (const char* threads : {"1", "2", "5"}) {
        std::string out = dir.path(std::string("t") + threads);
        REQUIRE(run_newsgraph("build" + inputs + " -q -j " + threads + " -o " + shell_quoted(out + ".nt") + " -o " +
                                  shell_quoted(out + ".graphml"),
                              true)
                    .status == 0);
    }
    for (const char* extension : {".nt", ".graphml"}) {
        std::string one = slurp(dir.path(std::string("t1") + extension));
        CHECK(one.size() > 10000);
        CHECK(one == slurp(dir.path(std::string("t2") + extension)));
        CHECK(one == slurp(dir.path(std::string("t5") + extension)));
    }
}

TEST_CASE("building shards and merging them equals one build over everything", "[cli]") {
    TempDir dir;
    std::string all, first, second;
    for (std::size_t i = 0; i < std::size(kSamples); ++i) {
        all += " " + kSamples[i];
        (i < 2 ? first : second) += " " + kSamples[i];
    }
    REQUIRE(run_newsgraph("build" + all + " -q -o " + shell_quoted(dir.path("all.nt")) + " -o " +
                              shell_quoted(dir.path("all.rdf")),
                          true)
                .status == 0);
    REQUIRE(run_newsgraph("build" + first + " -q -o " + shell_quoted(dir.path("a.nt")), true).status == 0);
    REQUIRE(run_newsgraph("build" + second + " -q -o " + shell_quoted(dir.path("b.jsonld")), true).status == 0);
    auto merge =
        run_newsgraph("merge -q " + shell_quoted(dir.path("a.nt")) + " " + shell_quoted(dir.path("b.jsonld")) + " -o " +
                      shell_quoted(dir.path("merged.nt")) + " -o " + shell_quoted(dir.path("merged.rdf")));
    REQUIRE(merge.status == 0);
    CHECK(slurp(dir.path("merged.nt")) == slurp(dir.path("all.nt")));
    CHECK(slurp(dir.path("merged.rdf")) == slurp(dir.path("all.rdf")));
    // Merging a graph with itself changes nothing but weights; merging one file reproduces it.
    REQUIRE(run_newsgraph("merge -q " + shell_quoted(dir.path("all.rdf")) + " -o " + shell_quoted(dir.path("again.nt")))
                .status == 0);
    CHECK(slurp(dir.path("again.nt")) == slurp(dir.path("all.nt")));
}

TEST_CASE("merge reports unreadable inputs", "[cli]") {
    TempDir dir;
    dir.write("broken.nt", "<a> <b> .\n");
    auto run = run_newsgraph("merge " + shell_quoted(dir.path("broken.nt")) + " -o " + shell_quoted(dir.path("m.nt")));
    CHECK(run.status == 1);
    CHECK(run.output.find("broken.nt") != std::string::npos);
    CHECK(
        run_newsgraph("merge " + shell_quoted(dir.path("nope.nt")) + " -o " + shell_quoted(dir.path("m.nt"))).status ==
        1);
}

TEST_CASE("SPARQL over an output: SELECT, ASK, CONSTRUCT and errors", "[cli]") {
    TempDir dir;
    std::string seed = dir.path("seed.rdf");
    REQUIRE(run_newsgraph("build samples/un-cybercrime.md -q -o " + shell_quoted(seed), true).status == 0);
    auto people = run_newsgraph(
        "query " + shell_quoted(seed) + " " +
        shell_quoted(kPrefixes + "SELECT ?name WHERE { ?p a ng:Person ; schema:name ?name } ORDER BY ?name") +
        " --format csv");
    CHECK(people.status == 0);
    CHECK(people.output.find("António Guterres") != std::string::npos);
    CHECK(people.output.find("Yury Fedotov") != std::string::npos);
    auto said = run_newsgraph(
        "query " + shell_quoted(seed) + " " +
        shell_quoted(kPrefixes +
                     "SELECT ?text WHERE { ?p schema:name \"Yury Fedotov\" ; ng:said ?q . ?q ng:text ?text }") +
        " --format json");
    CHECK(said.status == 0);
    CHECK(said.output.find("pursued effective and pragmatic partnerships") != std::string::npos);
    auto ask =
        run_newsgraph("query " + shell_quoted(seed) + " " +
                      shell_quoted(kPrefixes + "ASK { ?p ng:holdsPosition ?o . ?o schema:name \"United Nations\" }"));
    CHECK(ask.output == "true\n");
    auto construct = run_newsgraph(
        "query " + shell_quoted(seed) + " " +
        shell_quoted(kPrefixes + "CONSTRUCT { ?p ng:holdsPosition ?o } WHERE { ?p ng:holdsPosition ?o }"));
    CHECK(construct.status == 0);
    CHECK(construct.output.find("<https://w3id.org/newsgraph/ontology#holdsPosition>") != std::string::npos);
    auto bad = run_newsgraph("query " + shell_quoted(seed) + " 'SELEKT nothing'");
    CHECK(bad.status == 1);
    CHECK(bad.output.find("syntax error") != std::string::npos);
}

TEST_CASE("SERVICE is found as a keyword, not in strings, IRIs, comments or names", "[cli][query]") {
    using newsgraph::uses_service;
    CHECK(uses_service("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }"));
    CHECK(uses_service("select * where { service silent <http://x/> { ?s ?p ?o } }"));
    CHECK(uses_service("SELECT * WHERE {\n  SeRvIcE ?endpoint { ?s ?p ?o } }"));
    CHECK_FALSE(uses_service("SELECT ?service WHERE { ?service ex:SERVICE \"SERVICE <x>\" } # SERVICE"));
    CHECK_FALSE(uses_service("SELECT * WHERE { <http://x/SERVICE> ?p '''SERVICE''' FILTER(?a < 3) }"));
}
