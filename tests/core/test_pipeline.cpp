// The pipeline checks component order when it is built.
#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {
class FakeComponent : public Extractor {
public:
    FakeComponent(std::string name, std::vector<Annotation> needs, std::vector<Annotation> provides)
        : name_(std::move(name)), needs_(std::move(needs)), provides_(std::move(provides)) {}
    std::string_view name() const override { return name_; }
    std::vector<Annotation> needs() const override { return needs_; }
    std::vector<Annotation> provides() const override { return provides_; }
    void run(Document& doc) const override { doc.meta.title += name_ + ";"; }

private:
    std::string name_;
    std::vector<Annotation> needs_, provides_;
};

std::vector<std::unique_ptr<Extractor>> components(
    std::initializer_list<std::tuple<const char*, std::vector<Annotation>, std::vector<Annotation>>> rows) {
    std::vector<std::unique_ptr<Extractor>> out;
    for (const auto& [name, needs, provides] : rows)
        out.push_back(std::make_unique<FakeComponent>(name, needs, provides));
    return out;
}
}  // namespace

TEST_CASE("components run in order when every need is met") {
    Pipeline pipeline(components({{"split", {}, {Annotation::Sentences}},
                                  {"ner", {Annotation::Sentences}, {Annotation::Mentions}},
                                  {"resolve", {Annotation::Mentions}, {Annotation::Entities}}}));
    Document doc;
    pipeline.run(doc);
    CHECK(doc.meta.title == "split;ner;resolve;");
}

TEST_CASE("a component whose need comes later is refused by name") {
    CHECK_THROWS_WITH(Pipeline(components({{"ner", {Annotation::Sentences}, {Annotation::Mentions}},
                                           {"split", {}, {Annotation::Sentences}}})),
                      Catch::Contains("'ner' needs sentences"));
}

TEST_CASE("Document::sentence_at finds the sentence holding an offset") {
    Document doc;
    doc.text = "One. Two.";
    doc.sentences = {{{0, 4}, {}, false}, {{5, 9}, {}, false}};
    CHECK(doc.sentence_at(0) == 0);
    CHECK(doc.sentence_at(3) == 0);
    CHECK(doc.sentence_at(4) == 2);  // the space between sentences belongs to none
    CHECK(doc.sentence_at(6) == 1);
    CHECK(doc.sentence_at(100) == 2);
}
