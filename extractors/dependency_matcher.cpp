// Depth-first walk of a dependency path over the nodes of a tree.
#include "extractors/dependency_matcher.hpp"

#include <algorithm>

namespace newsgraph {

namespace {

bool listed(const std::vector<std::string>& values, const std::string& value) {
    return values.empty() || std::find(values.begin(), values.end(), value) != values.end();
}

// Whether `node` has a dependent by the test's relation (and lemma or form: "including" is a marker whatever
// its tag made its lemma). A conjunct with no dependent by that relation shares its first conjunct's case
// marker, subject or passive agent: "by Europol and Interpol" gives "Interpol" the "by", "including A and B"
// gives B the "including", "who owns X and runs Tesla" gives "runs" the "who"; not after a distributive adverb ("of
// respectively X and Y": Y is not of the first name). A name in apposition to a common noun, which stands where the
// noun stands, shares the noun's case marker too
// ("worked for the broadcaster BBC").
bool child_passes(const DependencyTree& tree, int node, const ChildTest& test, const NodeLexicon& lexicon) {
    bool any = false;
    for (int child : tree.direct(node)) {
        if (!test.relation.matches(tree.relation(child))) continue;
        if (listed(test.lemmas, tree.lemma(child)) || listed(test.lemmas, tree.lower_form(child))) return true;
        any = true;
    }
    if (!any && test.relation.matches("case") && tree.relation(node) == "appos" && tree.word(node).upos == "PROPN" &&
        tree.head(node) >= 0) {
        const int noun = tree.node_of(tree.head(node));
        if (tree.word(noun).upos == "NOUN") return child_passes(tree, noun, test, lexicon);
    }
    const int first = any ? node : tree.first_conjunct(node);
    // (a subject is shared for "has=" only: "not=nsubj" asks whether the conjunct has a subject of its own)
    const bool shared_subject = test.relation.matches("nsubj") && !test.negated;
    if (first == node || (!test.relation.matches("case") && !shared_subject && tree.word(first).deprel != "obl:agent"))
        return false;
    for (int child : tree.direct(first))
        if (tree.relation(child) == "advmod" && lexicon.in_list("distributive adverb", tree.lemma(child))) return false;
    return child_passes(tree, first, test, lexicon);
}

struct Walk {
    const DependencyTree& tree;
    const DependencyPath& path;
    const NodeLexicon& lexicon;
    std::vector<PathMatch>& out;
    WalkBuffers& buffers;

    void from(int node, std::size_t step, int role) {
        if (step == path.steps.size()) {
            if (node_passes(tree, node, path.end, lexicon)) out.push_back({node, role});
            return;
        }
        const PathStep& s = path.steps[step];
        std::vector<TreeEdge>& next = buffers[step];  // one buffer a step: the walk reuses them
        next.clear();
        if (s.up)
            tree.heads(node, next);
        else
            tree.dependents(node, next);
        for (const TreeEdge& edge : next) {
            if (!s.relation.matches(*edge.relation)) continue;
            if (!node_passes(tree, edge.node, s.node, lexicon)) continue;
            // A path may come back through a node it passed ("S >nmod:desc [title] <nmod:desc >nmod:poss O"
            // reads a sibling of the subject); its length bounds the walk.
            from(edge.node, step + 1, s.node.role ? edge.node : role);
        }
    }
};

// True when `node` is a domain title with a common noun before it that names what it heads ("a Chicago civil
// rights leader" heads no city).
bool names_a_domain(const DependencyTree& tree, int node, const NodeLexicon& lexicon) {
    if (!lexicon.in_list("domain title", tree.lemma(node))) return false;
    const std::vector<int>& children = tree.direct(node);
    return std::any_of(children.begin(), children.end(), [&](int child) {
        return child < node && tree.relation(child) == "compound" && tree.word(child).upos == "NOUN";
    });
}

}  // namespace

bool node_passes(const DependencyTree& tree, int node, const NodeTest& test, const NodeLexicon& lexicon) {
    const Word& w = tree.word(node);
    if (!listed(test.upos, w.upos)) return false;
    if (!test.lemmas.empty() || !test.not_lemmas.empty() || !test.list.empty() || !test.not_lists.empty()) {
        const std::string& lemma = tree.lemma(node);
        if (!listed(test.lemmas, lemma)) return false;
        if (!test.not_lemmas.empty() && listed(test.not_lemmas, lemma)) return false;
        if (!test.list.empty() && !lexicon.in_list(test.list, lemma)) return false;
        for (const std::string& list : test.not_lists)
            if (lexicon.in_list(list, lemma)) return false;
    }
    if ((test.title || test.not_title) && lexicon.is_title(tree, node) != test.title) return false;
    if (test.not_domain && names_a_domain(tree, node, lexicon)) return false;
    if ((test.demonym || test.not_demonym) && (lexicon.is_demonym && lexicon.is_demonym(tree, node)) != test.demonym)
        return false;
    for (const ChildTest& child : test.children)
        if (child_passes(tree, node, child, lexicon) == child.negated) return false;
    return true;
}

std::vector<PathMatch> match_path(const DependencyTree& tree, const DependencyPath& path, int start,
                                  const NodeLexicon& lexicon, WalkBuffers& buffers) {
    std::vector<PathMatch> found;
    if (!node_passes(tree, start, path.start, lexicon)) return found;
    if (buffers.size() < path.steps.size()) buffers.resize(path.steps.size());
    Walk walk{tree, path, lexicon, found, buffers};
    walk.from(start, 0, path.start.role ? start : -1);
    return found;
}

}  // namespace newsgraph
