// Groups a sentence's words into nodes and answers the walks of the pattern matcher.
#include "extractors/dependency_tree.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "extractors/ud_relations.hpp"

namespace newsgraph {

DependencyTree::DependencyTree(const Sentence& sentence) : DependencyTree(sentence, {}) {}

DependencyTree::DependencyTree(const Sentence& sentence, const std::vector<Span>& mentions) : words_(&sentence.words) {
    const std::size_t n = sentence.words.size();
    for (const Word& w : sentence.words) {
        lemmas_.push_back(ascii_lower(w.lemma));
        forms_.push_back(ascii_lower(w.form));
        int at = w.head;
        for (std::size_t steps = 0; steps < n && at >= 0 && static_cast<std::size_t>(at) < n &&
                                    sentence.words[static_cast<std::size_t>(at)].upos == "PUNCT" && w.upos != "PUNCT";
             ++steps)
            at = sentence.words[static_cast<std::size_t>(at)].head;
        heads_.push_back(at >= 0 && static_cast<std::size_t>(at) < n ? at : -1);
    }
    relations_.resize(n);
    for (std::size_t i = 0; i < n; ++i) relations_[i] = &sentence.words[i].deprel;
    repair_headed_articles();
    repair_headed_prepositions();
    repair_of_clauses();
    repair_verb_appositions();
    repair_uncoordinated_conjuncts();
    repair_vocatives();
    repair_relative_clauses();
    repair_age_appositions();
    repair_verb_possessives();
    repair_split_names();
    repair_described_subjects();
    repair_comma_subjects();
    repair_stranded_case();
    repair_nominal_complements();
    repair_root_name_clauses();
    repair_reported_subjects();
    repair_described_names(mentions);
    repair_split_possessors(mentions);
    repair_inner_attachments(mentions);
    group_words();
}

void DependencyTree::group_words() {
    const std::size_t n = size();
    group_.resize(n);
    extent_.resize(n);
    children_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        int at = static_cast<int>(i);
        // A word's group head: up through flat links (a bounded walk: a malformed tree cannot loop).
        for (std::size_t steps = 0; steps < n && ud::joins_group(relation(at)) && head(at) >= 0; ++steps) at = head(at);
        group_[i] = at;
    }
    for (std::size_t i = 0; i < n; ++i) extent_[i] = {static_cast<int>(i), static_cast<int>(i)};
    for (std::size_t i = 0; i < n; ++i) {
        auto& span = extent_[static_cast<std::size_t>(group_[i])];
        span.first = std::min(span.first, static_cast<int>(i));
        span.second = std::max(span.second, static_cast<int>(i));
        const int up = head(static_cast<int>(i));
        if (group_[i] == static_cast<int>(i) && up >= 0)
            children_[static_cast<std::size_t>(group_[static_cast<std::size_t>(up)])].push_back(static_cast<int>(i));
    }
    mark_doubtful_subjects();
}

bool DependencyTree::descends_from(int w, int ancestor) const {
    for (std::size_t steps = 0; steps < size() && w >= 0; ++steps, w = head(w))
        if (w == ancestor) return true;
    return false;
}

int DependencyTree::head_of_node(int index) const { return head(index) < 0 ? -1 : node_of(head(index)); }

const std::string& DependencyTree::relation(int index) const { return *relations_[static_cast<std::size_t>(index)]; }

void DependencyTree::heads(int node, std::vector<TreeEdge>& out) const {
    if (head(node) < 0) return;
    const int up = node_of(head(node));
    out.push_back({up, &relation(node)});
    // "Ruby shot and killed Oswald": the subject of the first verb is the subject of a later one that has none;
    // "Green died after being attacked by Black": the subject of a clause's verb is the one of the adverbial
    // clause that has none (a passive one's passive subject).
    if (ud::is_subject(relation(node)) && word(up).upos == "VERB")
        for (int verb : direct(up)) {
            if (word(verb).upos != "VERB" || has_dependent(verb, "nsubj")) continue;
            if (word(verb).deprel == "conj") out.push_back({verb, &conjunct_subject(relation(node), verb)});
            if (takes_subject_of_head(verb)) out.push_back({verb, &controlled_subject(verb)});
        }
    // A name in apposition to a common noun stands where the noun stands ("The engineer, Ahmed Khan, lives in
    // Munich").
    if (relation(node) == "appos" && word(node).upos == "PROPN" && word(up).upos == "NOUN" && head(up) >= 0)
        out.push_back({node_of(head(up)), &relation(up)});
    // A conjunct stands where its first conjunct stands.
    const int first = first_conjunct(node);
    if (first != node && head(first) >= 0) out.push_back({node_of(head(first)), &relation(first)});
}

int DependencyTree::first_conjunct(int node) const {
    int first = node;
    for (std::size_t steps = 0; steps < size() && word(first).deprel == "conj" && head(first) >= 0; ++steps)
        first = node_of(head(first));
    return first;
}

bool DependencyTree::takes_subject_of_head(int verb) const {
    if (word(verb).deprel != "advcl" || word(verb).upos != "VERB" || head(verb) < 0 || has_dependent(verb, "nsubj"))
        return false;
    // not a charge or a reason ("charged with killing", "acquitted of murdering", "praised for saving"): patterns
    // of their own say what those state
    for (int child : direct(verb))
        if (word(child).deprel == "mark" &&
            (lemma(child) == "of" || lemma(child) == "with" || lemma(child) == "for" || lemma(child) == "without"))
            return false;
    return true;
}

const std::string& DependencyTree::conjunct_subject(const std::string& shared, int verb) const {
    // "X was beaten and resigned": a finite later verb is active whatever the first was; "was arrested and
    // charged" shares the first verb's auxiliary, and so its voice
    if (has_dependent(verb, "aux:pass")) return ud::kPassiveSubject;
    const std::string& tag = word(verb).xpos;
    if (shared == ud::kPassiveSubject && (tag == "VBD" || tag == "VBZ" || tag == "VBP")) return ud::kSubject;
    return shared;
}

const std::string& DependencyTree::controlled_subject(int verb) const {
    return has_dependent(verb, "aux:pass") ? ud::kPassiveSubject : ud::kSubject;
}

void DependencyTree::dependents(int node, std::vector<TreeEdge>& out) const {
    shared_modifiers(node, out);
    // "died after being attacked by Black": an adverbial clause with no subject of its own has its verb's
    if (takes_subject_of_head(node))
        for (int child : direct(node_of(head(node))))
            if (ud::is_subject(relation(child))) out.push_back({child, &controlled_subject(node)});
    // "shot and killed Oswald": a later verb with no object shares the object of the first.
    if (word(node).deprel == "conj" && word(node).upos == "VERB" && !has_dependent(node, "obj"))
        for (int child : direct(node_of(head(node))))
            if (word(child).deprel == "obj" && child > node) out.push_back({child, &relation(child)});
    for (int child : direct(node)) {
        const std::size_t first = out.size();
        out.push_back({child, &relation(child)});
        // a name in apposition to a common noun stands where the noun does ("The victim, John Doe, was shot")
        if (word(child).upos == "NOUN")
            for (int name : direct(child))
                if (relation(name) == "appos" && word(name).upos == "PROPN") out.push_back({name, &relation(child)});
        if (word(child).deprel == "conj") continue;
        // The conjuncts of a dependent, nested or not, depend on `node` by the dependent's relation (the
        // entries after `first` are the queue of this walk).
        for (std::size_t k = first; k < out.size() && k - first < size(); ++k) {
            const int at = out[k].node;
            for (int next : direct(at))
                if (word(next).deprel == "conj") out.push_back({next, &relation(child)});
        }
    }
}

bool DependencyTree::has_dependent(int node, std::string_view prefix) const {
    for (int child : direct(node))
        if (word(child).deprel.compare(0, prefix.size(), prefix) == 0) return true;
    return false;
}

bool DependencyTree::is_left_modifier(int child, int of) const {
    const std::string& deprel = word(child).deprel;
    // Not "compound": a name's own parts are often compounds ("Leung Che-cheung").
    bool modifier = deprel == "nmod:poss" || deprel == "amod" || deprel == "nmod:desc";
    return modifier && child < extent(of).first;
}

void DependencyTree::shared_modifiers(int node, std::vector<TreeEdge>& out) const {
    if (word(node).deprel != "conj" || head(node) < 0) return;
    for (int child : direct(node))
        if (is_left_modifier(child, node)) return;  // its own modifiers: "DAB's Ben Chan, FTU's Alice Mak"
    // "DAB's Ben Chan and Leung Che-cheung": a bare conjunct shares the modifiers of the conjunct before it.
    int first = node_of(head(node));
    int before = first;
    for (int sibling : direct(first))
        if (word(sibling).deprel == "conj" && sibling < node && sibling > before) before = sibling;
    for (int child : direct(before))
        if (is_left_modifier(child, before)) out.push_back({child, &word(child).deprel});
}

}  // namespace newsgraph
