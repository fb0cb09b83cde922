// Synthetic graph generation with a fixed-seed generator (same graph every run).
#include "bench/synthetic_graph.hpp"

#include <random>

#include "core/iri.hpp"

namespace newsgraph {

KnowledgeGraph synthetic_graph(std::size_t edges) {
    std::mt19937_64 random(20261129);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    vocab::Namespaces ns;
    KnowledgeGraph graph;
    const std::size_t entity_count = std::max<std::size_t>(edges / 5, 10);
    const std::size_t article_count = std::max<std::size_t>(edges / 50, 1);
    const EntityClass classes[] = {EntityClass::Person, EntityClass::Organization, EntityClass::Place,
                                   EntityClass::Goal, EntityClass::Threat};
    std::vector<VertexId> entities, articles;
    for (std::size_t i = 0; i < article_count; ++i) {
        Node node;
        node.cls = EntityClass::Article;
        node.name = "Synthetic article " + std::to_string(i);
        node.iri = article_iri(ns, "article-" + std::to_string(i));
        node.meta.date = "2026-01-" + std::to_string(10 + i % 20);
        node.confidence = 1.0;
        articles.push_back(graph.add_node(node));
    }
    for (std::size_t i = 0; i < entity_count; ++i) {
        Node node;
        node.cls = classes[i % 5];
        node.name = "Entity " + std::to_string(i) + " of " + std::string(info(node.cls).local_name);
        node.aliases = {"E" + std::to_string(i)};
        node.iri = entity_iri(ns, node.cls, node.name);
        node.confidence = 0.5 + static_cast<double>(i % 50) / 100.0;
        node.articles.insert(graph.node(articles[i % article_count]).iri);
        entities.push_back(graph.add_node(node));
    }
    const Predicate typed[] = {Predicate::HoldsPosition, Predicate::PartOf,    Predicate::Counters,
                               Predicate::Pursues,       Predicate::LocatedIn, Predicate::PartnerOf};
    for (std::size_t i = 0; graph.edge_count() < edges; ++i) {
        VertexId a = entities[pick(entity_count)], b = entities[pick(entity_count)];
        if (a == b) continue;
        switch (i % 4) {
            case 0:
                graph.add_weight(articles[pick(article_count)], Predicate::Mentions, a, 1.0);
                break;
            case 1:
                graph.add_weight(a, Predicate::CoOccursWith, b, 1.0);
                break;
            default: {
                Evidence evidence;
                evidence.document = "article-" + std::to_string(pick(article_count));
                evidence.span = {100 * (i % 40), 100 * (i % 40) + 95};
                evidence.sentence = "Officials of " + graph.node(a).name +
                                    " said on Tuesday that they would work with " + graph.node(b).name +
                                    " to counter the threat.";
                evidence.confidence = 0.6 + static_cast<double>(i % 4) / 10.0;
                evidence.extractor = "relations";
                evidence.rule = "verb/synthetic";
                graph.add_edge(a, typed[i % 6], b, i % 6 == 0 ? "Executive Director" : "", evidence);
            }
        }
    }
    return graph;
}

}  // namespace newsgraph
