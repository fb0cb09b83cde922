// Finds demonyms that describe a person and gives them a place entity.
#include "extractors/demonym_places.hpp"

#include "extractors/confidences.hpp"

namespace newsgraph {

namespace {

bool is_class(const Document& doc, const Anchors& anchors, int node, EntityClass cls) {
    const int entity = node < 0 ? -1 : anchors.entity[static_cast<std::size_t>(node)];
    return entity >= 0 && doc.entities[static_cast<std::size_t>(entity)].cls == cls;
}

// True when the demonym at `node` modifies an entity of class `cls` ("Australian Peter Greste") or a noun in
// apposition with one ("Peter Greste, an Australian journalist", "an Australian journalist, Peter Greste",
// "Australian journalist Peter Greste", "Oxfam, the British charity").
bool describes(const Document& doc, const DependencyTree& tree, const Anchors& anchors, int node, EntityClass cls) {
    if (tree.relation(node) != "amod") return false;
    const int head = tree.head_of_node(node);
    if (head < 0) return false;
    if (is_class(doc, anchors, head, cls)) return true;
    if (tree.word(head).upos != "NOUN") return false;
    const std::string& relation = tree.relation(head);  // as the tree repaired it ("Kenyan runner Eliud Kipchoge")
    bool described = relation == "appos" || relation == "nmod:desc" || relation == "compound";
    if (described && is_class(doc, anchors, tree.head_of_node(head), cls)) return true;
    for (int child : tree.direct(head))
        if (tree.word(child).deprel == "appos" && is_class(doc, anchors, child, cls)) return true;
    return false;
}

}  // namespace

void anchor_demonym_places(Document& doc, const DependencyTree& tree, const Gazetteer& gazetteer,
                           std::unordered_map<std::string, int>& places, Anchors& anchors,
                           std::vector<Mention>& created) {
    for (std::size_t w = 0; w < tree.size(); ++w) {
        const int node = tree.node_of(static_cast<int>(w));
        // not a word of another name ("European Commission President Ursula von der Leyen")
        if (node != static_cast<int>(w) || anchors.entity[w] >= 0 || anchors.named[w] || tree.word(node).upos != "ADJ")
            continue;
        const Span span = tree.word(node).span;
        auto hit = gazetteer.match_word(doc.text, span, EntityClass::Place);
        if (!hit || !hit->demonym) continue;
        // a person's demonym names a nationality even where the article never names the country; an
        // organization's or a place's ("Oxfam, the British charity", "Sarajevo, the Bosnian capital") only points
        // at a country the article names
        const bool person = describes(doc, tree, anchors, node, EntityClass::Person);
        const bool other = describes(doc, tree, anchors, node, EntityClass::Organization) ||
                           describes(doc, tree, anchors, node, EntityClass::Place);
        if (!person && !(other && places.contains(hit->entry->key))) continue;
        auto [place, fresh] = places.try_emplace(hit->entry->key, static_cast<int>(doc.entities.size()));
        if (fresh) {
            Entity entity;
            entity.cls = EntityClass::Place;
            entity.name = hit->entry->name;
            entity.key = hit->entry->key;
            entity.aliases = {std::string(doc.view(span))};
            entity.confidence = confidence::kLexiconDemonym;
            doc.entities.push_back(std::move(entity));
        }
        created.push_back(
            lexicon_mention(*hit->entry, span, confidence::kLexiconDemonym, "dependency/demonym-nationality"));
        created.back().entity = place->second;
        anchors.entity[w] = place->second;
        anchors.span[w] = span;
    }
}

}  // namespace newsgraph
