// Fuzz target: every text exporter on a graph whose names, aliases, roles,
// article metadata and evidence come straight from fuzz bytes (made valid
// UTF-8, as readers guarantee), with control characters, markup and quotes
// left in. Each output must parse, as in export_article.
#include <fuzzer/FuzzedDataProvider.h>

#include <vector>

#include "core/iri.hpp"
#include "core/text.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

using namespace newsgraph;

std::string text_from(FuzzedDataProvider& input) {
    std::string text = input.ConsumeRandomLengthString(64);
    repair_utf8(text);
    return text;
}

Node node_from(FuzzedDataProvider& input, const vocab::Namespaces& ns, const std::string& article) {
    Node node;
    node.cls = kEntityClasses[input.ConsumeIntegralInRange<std::size_t>(0, kEntityClasses.size() - 1)].cls;
    node.name = text_from(input);
    node.confidence = input.ConsumeProbability<double>();
    if (node.cls == EntityClass::Article) {
        node.iri = article_iri(ns, node.name);
        node.meta.title = text_from(input);
        node.meta.date = text_from(input);
        node.meta.url = text_from(input);
        node.meta.source_path = text_from(input);
    } else if (node.cls == EntityClass::Quote || node.cls == EntityClass::Amount) {
        node.iri = occurrence_iri(ns, node.cls, node.name, input.ConsumeIntegral<std::uint16_t>());
        node.text = text_from(input);
        node.value = input.ConsumeFloatingPointInRange<double>(-1e15, 1e15);
        node.currency = text_from(input);
    } else {
        node.iri = entity_iri(ns, node.cls, node.name);
    }
    for (int aliases = input.ConsumeIntegralInRange(0, 2); aliases > 0; --aliases)
        node.aliases.insert(text_from(input));
    node.articles.insert(article);
    return node;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const vocab::Namespaces ns;
    KnowledgeGraph graph;
    const std::string article = article_iri(ns, "fuzz");
    std::vector<VertexId> vertices;
    for (int nodes = input.ConsumeIntegralInRange(1, 6); nodes > 0; --nodes)
        vertices.push_back(graph.add_node(node_from(input, ns, article)));
    while (input.remaining_bytes() > 0) {
        VertexId subject = vertices[input.ConsumeIntegralInRange<std::size_t>(0, vertices.size() - 1)];
        VertexId object = vertices[input.ConsumeIntegralInRange<std::size_t>(0, vertices.size() - 1)];
        Predicate predicate =
            kPredicates[input.ConsumeIntegralInRange<std::size_t>(0, kPredicates.size() - 1)].predicate;
        if (input.ConsumeBool()) {
            graph.add_weight(subject, predicate, object, input.ConsumeIntegralInRange(1, 5));
            continue;
        }
        Evidence evidence;
        evidence.document = text_from(input);
        evidence.sentence = text_from(input);
        evidence.span = {0, evidence.sentence.size()};
        evidence.confidence = input.ConsumeProbability<double>();
        evidence.extractor = text_from(input);
        evidence.rule = text_from(input);
        graph.add_edge(subject, predicate, object, text_from(input), evidence);
    }
    fuzz::check_exports(graph);
    return 0;
}
