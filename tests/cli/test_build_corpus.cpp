// build_corpus: documents prepared on worker threads (or inline with one thread), merged in input order.
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "corpus/corpus_build.hpp"
#include "extractors/registry.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/temp_dir.hpp"

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

// Records the thread each document is extracted on.
class ThreadRecorder : public Extractor {
public:
    std::string_view name() const override { return "thread-recorder"; }
    std::vector<Annotation> needs() const override { return {}; }
    std::vector<Annotation> provides() const override { return {}; }
    void run(Document&) const override {
        std::lock_guard lock(mutex_);
        threads_.insert(std::this_thread::get_id());
    }
    std::set<std::thread::id> threads() const {
        std::lock_guard lock(mutex_);
        return threads_;
    }

private:
    mutable std::mutex mutex_;
    mutable std::set<std::thread::id> threads_;
};

}  // namespace

TEST_CASE("one thread extracts every document on the calling thread; more use workers", "[cli]") {
    TempDir dir;
    std::vector<std::string> inputs;
    for (int i = 0; i < 6; ++i) {
        std::string name = "article" + std::to_string(i) + ".txt";
        dir.write(name, "Jane Doe met John Roe in Lisbon on day " + std::to_string(i) + ".\n");
        inputs.push_back(dir.path(name));
    }
    for (std::size_t threads : {1u, 2u}) {
        auto recorder = std::make_unique<ThreadRecorder>();
        const ThreadRecorder& seen = *recorder;
        std::vector<std::unique_ptr<Extractor>> components;
        components.push_back(std::move(recorder));
        Pipeline pipeline(std::move(components));
        CorpusOptions options;
        options.threads = threads;
        std::size_t documents = build_corpus(inputs, pipeline, options, [](const Diagnostic&) {}).documents;
        CHECK(documents == inputs.size());
        std::set<std::thread::id> used = seen.threads();
        REQUIRE(!used.empty());
        if (threads == 1)
            CHECK(used == std::set<std::thread::id>{std::this_thread::get_id()});
        else
            CHECK(!used.count(std::this_thread::get_id()));
    }
}

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
