// Document -> graph mapping.
#include "graph/graph_builder.hpp"

#include "core/iri.hpp"

#include <set>
#include <utility>

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
    return node;
}

}  // namespace

void add_document(KnowledgeGraph& graph, const Document& doc, const vocab::Namespaces& ns) {
    Node article = article_node(doc, ns);
    VertexId article_vertex = graph.add_node(article);

    std::vector<VertexId> vertices;
    vertices.reserve(doc.entities.size());
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        VertexId v = graph.add_node(entity_node(doc, i, article.iri, ns));
        vertices.push_back(v);
        if (is_named_entity(doc.entities[i].cls))
            graph.add_weight(article_vertex, Predicate::Mentions, v, static_cast<double>(doc.entities[i].mentions.size()));
    }

    for (const Relation& relation : doc.relations)
        graph.add_edge(vertices[relation.subject], relation.predicate, vertices[relation.object], relation.role,
                       relation.evidence);

    // Co-occurrence: named entities mentioned in the same sentence, counted once per sentence.
    std::vector<std::set<std::size_t>> per_sentence(doc.sentences.size());
    for (const Mention& mention : doc.mentions) {
        if (mention.entity < 0 || !is_named_entity(doc.entities[static_cast<std::size_t>(mention.entity)].cls))
            continue;
        std::size_t sentence = doc.sentence_at(mention.span.begin);
        if (sentence < per_sentence.size()) per_sentence[sentence].insert(static_cast<std::size_t>(mention.entity));
    }
    for (const auto& entities : per_sentence) {
        for (auto a = entities.begin(); a != entities.end(); ++a)
            for (auto b = std::next(a); b != entities.end(); ++b)
                if (vertices[*a] != vertices[*b]) graph.add_weight(vertices[*a], Predicate::CoOccursWith, vertices[*b], 1.0);
    }
}

}  // namespace newsgraph
