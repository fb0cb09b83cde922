// Document -> graph mapping.
#include "graph/graph_builder.hpp"

#include <cstdint>
#include <set>
#include <unordered_map>
#include <utility>

#include "core/iri.hpp"

namespace newsgraph {

std::string entity_iri_of(const Document& doc, std::size_t index, const vocab::Namespaces& ns) {
    const Entity& entity = doc.entities[index];
    if (is_named_entity(entity.cls)) return entity_iri(ns, entity.cls, entity.name);
    return occurrence_iri(ns, entity.cls, doc.id, entity.span.begin);
}

namespace {

Node article_node(const Document& doc, const vocab::Namespaces& ns) {
    Node node;
    node.iri = article_iri(ns, doc.id);
    node.cls = EntityClass::Article;
    node.name = doc.meta.title.empty() ? doc.id : doc.meta.title;
    node.confidence = 1.0;
    node.meta = doc.meta;
    return node;
}

Node entity_node(const Document& doc, std::size_t index, const std::string& article, const vocab::Namespaces& ns) {
    const Entity& entity = doc.entities[index];
    Node node;
    node.iri = entity_iri_of(doc, index, ns);
    node.cls = entity.cls;
    node.name = entity.name;
    node.aliases.insert(entity.aliases.begin(), entity.aliases.end());
    node.aliases.erase(node.name);
    node.confidence = entity.confidence;
    node.articles.insert(article);
    node.text = entity.text;
    node.value = entity.value;
    node.currency = entity.currency;
    node.date = entity.date;
    return node;
}

}  // namespace

GraphFragment prepare_fragment(const Document& doc, const vocab::Namespaces& ns) {
    GraphFragment fragment;
    fragment.nodes.reserve(doc.entities.size() + 1);
    fragment.mentions.reserve(doc.entities.size() + 1);
    fragment.nodes.push_back(article_node(doc, ns));
    fragment.mentions.push_back(-1.0);
    const std::string& article = fragment.nodes.front().iri;
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        fragment.nodes.push_back(entity_node(doc, i, article, ns));
        bool named = is_named_entity(doc.entities[i].cls);
        fragment.mentions.push_back(named ? static_cast<double>(doc.entities[i].mentions.size()) : -1.0);
    }

    // Node k + 1 is entity k.
    fragment.links.reserve(doc.relations.size());
    for (const Relation& relation : doc.relations)
        fragment.links.push_back(
            {relation.subject + 1, relation.predicate, relation.object + 1, relation.role, relation.evidence});

    // Co-occurrence: named entities mentioned in the same sentence, counted once per sentence.
    std::vector<std::set<std::size_t>> per_sentence(doc.sentences.size());
    for (const Mention& mention : doc.mentions) {
        if (mention.entity < 0 || !is_named_entity(doc.entities[static_cast<std::size_t>(mention.entity)].cls))
            continue;
        std::size_t sentence = doc.sentence_at(mention.span.begin);
        if (sentence < per_sentence.size()) per_sentence[sentence].insert(static_cast<std::size_t>(mention.entity));
    }
    // A pair seen in several sentences becomes one weight, in the order pairs are first
    // seen: the graph then creates its edges in the same order, and sums the same whole
    // numbers, as it would from one weight per sentence, with less work on the merging thread.
    std::unordered_map<std::uint64_t, std::size_t> position;  // pair -> its entry in cooccurrences
    for (const auto& entities : per_sentence)
        for (auto a = entities.begin(); a != entities.end(); ++a)
            for (auto b = std::next(a); b != entities.end(); ++b) {
                auto pair = (static_cast<std::uint64_t>(*a) << 32) | static_cast<std::uint64_t>(*b);
                auto [at, added] = position.try_emplace(pair, fragment.cooccurrences.size());
                if (added)
                    fragment.cooccurrences.push_back({*a + 1, *b + 1, 1.0});
                else
                    fragment.cooccurrences[at->second].weight += 1.0;
            }
    return fragment;
}

void add_fragment(KnowledgeGraph& graph, GraphFragment&& fragment) {
    std::vector<VertexId> vertices;
    vertices.reserve(fragment.nodes.size());
    for (std::size_t k = 0; k < fragment.nodes.size(); ++k) {
        vertices.push_back(graph.add_node(std::move(fragment.nodes[k])));
        if (fragment.mentions[k] >= 0.0)
            graph.add_weight(vertices.front(), Predicate::Mentions, vertices.back(), fragment.mentions[k]);
    }
    for (GraphFragment::Link& link : fragment.links)
        graph.add_edge(vertices[link.subject], link.predicate, vertices[link.object], link.role,
                       std::move(link.evidence));
    // Two entities of one document can share an IRI; such a pair is no edge.
    for (const GraphFragment::Weight& pair : fragment.cooccurrences)
        if (vertices[pair.subject] != vertices[pair.object])
            graph.add_weight(vertices[pair.subject], Predicate::CoOccursWith, vertices[pair.object], pair.weight);
}

}  // namespace newsgraph
