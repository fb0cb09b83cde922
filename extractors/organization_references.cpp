// Resolves definite organization nouns to the organization named just before them.
#include "extractors/organization_references.hpp"

#include <map>

namespace newsgraph {

namespace {

// True when word w is a bare definite noun: "the" among its dependents, and no name or possessive of its own.
bool bare_definite(const DependencyTree& tree, int w) {
    bool definite = false;
    for (int child : tree.direct(w)) {
        const Word& c = tree.word(child);
        if (c.deprel == "det") definite = definite || tree.lower_form(child) == "the";
        if (c.upos == "PROPN" || c.deprel == "nmod:poss" || c.deprel == "compound") return false;
    }
    return definite;
}

// The organization the text has named most often before `at`, when one leads the others; else -1.
int most_named_organization(const Document& doc, std::size_t at) {
    std::map<int, int> counts;
    for (const Mention& m : doc.mentions)
        if (m.span.begin < at && m.entity >= 0 &&
            doc.entities[static_cast<std::size_t>(m.entity)].cls == EntityClass::Organization)
            ++counts[m.entity];
    int best = -1, best_count = 0, runner_up = 0;
    for (const auto& [entity, count] : counts) {
        if (count > best_count) {
            runner_up = best_count;
            best = entity;
            best_count = count;
        } else if (count > runner_up) {
            runner_up = count;
        }
    }
    return best_count > runner_up ? best : -1;
}

}  // namespace

void anchor_organization_references(const Document& doc, const DependencyTree& tree, const WordSet& nouns,
                                    Anchors& anchors) {
    for (int w = 0; w < static_cast<int>(tree.size()); ++w) {
        const auto at = static_cast<std::size_t>(w);
        const Word& word = tree.word(w);
        if (word.upos != "NOUN" || anchors.named[at] || anchors.entity[at] >= 0 || !has(nouns, tree.lemma(w))) continue;
        const std::string& relation = tree.relation(w);
        bool argument = relation.starts_with("nsubj") || relation == "obj" || relation.starts_with("obl") ||
                        relation.starts_with("nmod") || relation == "appos";
        if (!argument || !bare_definite(tree, w)) continue;
        const int organization = most_named_organization(doc, word.span.begin);
        if (organization < 0) continue;
        anchors.entity[at] = organization;
        anchors.span[at] = word.span;
        anchors.reference[at] = true;
    }
}

}  // namespace newsgraph
