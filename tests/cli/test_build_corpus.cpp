// build_corpus: documents prepared on worker threads, merged in input order.
#include "cli/build_command.hpp"
#include "extractors/registry.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/temp_dir.hpp"

#include <fstream>
#include <sstream>

using namespace newsgraph;

namespace {

std::string seed_text() {
    std::ifstream in(std::string(NEWSGRAPH_SOURCE_DIR) + "/samples/un-cybercrime.md", std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::size_t count_class(const KnowledgeGraph& graph, EntityClass cls) {
    std::size_t n = 0;
    for (VertexId v : graph.sorted_vertices()) n += graph.node(v).cls == cls;
    return n;
}

}  // namespace

TEST_CASE("two articles with one file name get distinct IRIs, quotes and evidence", "[cli]") {
    TempDir dir;
    dir.write("a/story.md", seed_text());
    dir.write("b/story.md", seed_text());
    CorpusOptions options;
    options.threads = 2;
    auto build = [&](std::vector<std::string> inputs) {
        return build_corpus(inputs, default_pipeline(), options, [](const Diagnostic&) {}).graph;
    };
    KnowledgeGraph one = build({dir.path("a/story.md")});
    KnowledgeGraph both = build({dir.path("a/story.md"), dir.path("b/story.md")});

    // The second article is renamed, so its quotes (named after their article) are new nodes,
    // while the people and organizations are the same ones.
    REQUIRE(count_class(one, EntityClass::Quote) > 0);
    CHECK(count_class(both, EntityClass::Article) == 2);
    CHECK(count_class(both, EntityClass::Quote) == 2 * count_class(one, EntityClass::Quote));
    CHECK(count_class(both, EntityClass::Person) == count_class(one, EntityClass::Person));
    const std::string renamed = "story-2";
    bool renamed_article = false;
    for (VertexId v : both.sorted_vertices())
        renamed_article |= both.node(v).cls == EntityClass::Article && both.node(v).iri.ends_with("/" + renamed);
    CHECK(renamed_article);

    // Every typed edge that has evidence from both copies names both documents.
    std::size_t from_renamed = 0, from_first = 0;
    for (EdgeId e : both.sorted_edges())
        for (const Evidence& evidence : both.edge(e).evidence) {
            from_renamed += evidence.document == renamed;
            from_first += evidence.document == "story";
        }
    CHECK(from_first > 0);
    CHECK(from_renamed == from_first);
}
