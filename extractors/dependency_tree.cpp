// Groups a sentence's words into nodes and answers the walks of the pattern matcher.
#include "extractors/dependency_tree.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {

// Relations that join the parts of one name or fixed expression.
bool joins_group(const std::string& relation) {
    return relation.rfind("flat", 0) == 0 || relation == "fixed" || relation == "goeswith";
}

bool is_subject(const std::string& relation) { return relation.rfind("nsubj", 0) == 0; }

// The relations the tree writes over the parser's (repairs, doubtful subjects): relations_ points at these.
const std::string kUnsureRelation = "dep";
const std::string kNominalModifier = "nmod";
const std::string kCaseMarker = "case";
const std::string kCompound = "compound";
const std::string kApposition = "appos";
const std::string kObject = "obj";
const std::string kSubject = "nsubj";
const std::string kPassiveSubject = "nsubj:pass";
const std::string kRoot = "root";
const std::string kDeterminer = "det";
const std::string kRelativeClause = "acl:relcl";
const std::string kDescription = "nmod:desc";
const std::string kFlat = "flat";
const std::string kAdjective = "amod";

}  // namespace

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
        for (std::size_t steps = 0; steps < n && joins_group(relation(at)) && head(at) >= 0; ++steps) at = head(at);
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

void DependencyTree::repair_headed_articles() {
    const int n = static_cast<int>(size());
    for (int article = 0; article < n; ++article) {
        const std::string& form = lower_form(article);
        if (word(article).upos != "DET" || relation(article) == "det" || (form != "the" && form != "a" && form != "an"))
            continue;
        int noun = article + 1;
        while (noun < n && (head(noun) != article || (word(noun).upos != "NOUN" && word(noun).upos != "PROPN"))) ++noun;
        if (noun >= n) continue;
        take_place_of(noun, article, kDeterminer);
    }
}

void DependencyTree::take_place_of(int child, int parent, const std::string& demoted) {
    const int n = static_cast<int>(size());
    heads_[static_cast<std::size_t>(child)] = head(parent);
    relations_[static_cast<std::size_t>(child)] = relations_[static_cast<std::size_t>(parent)];
    for (int other = 0; other < n; ++other)
        if (other != child && head(other) == parent) heads_[static_cast<std::size_t>(other)] = child;
    heads_[static_cast<std::size_t>(parent)] = child;
    relations_[static_cast<std::size_t>(parent)] = &demoted;
}

bool DependencyTree::has_subject_before(int verb, int at) const {
    for (int w = 0; w < at; ++w)
        if (head(w) == verb && is_subject(relation(w))) return true;
    return false;
}

bool DependencyTree::has_word_on(int head_word, std::string_view relation_name) const {
    for (int w = 0; w < static_cast<int>(size()); ++w)
        if (head(w) == head_word && relation(w) == relation_name) return true;
    return false;
}

void DependencyTree::repair_headed_prepositions() {
    const int n = static_cast<int>(size());
    for (int adp = 0; adp + 1 < n; ++adp) {
        const int name = adp + 1;
        if (word(adp).upos != "ADP" || relation(adp) == "case" || relation(adp) == "mark" || head(name) != adp ||
            word(name).upos != "PROPN" || !joins_group(relation(name)))
            continue;
        take_place_of(name, adp, kCaseMarker);
    }
}

void DependencyTree::repair_of_clauses() {
    const int n = static_cast<int>(size());
    for (int of = 1; of + 1 < n; ++of) {
        const int verb = head(of);
        const bool by = lower_form(of) == "by";
        if ((!by && lower_form(of) != "of") || word(of).deprel != "mark" || verb <= of || word(verb).upos != "VERB")
            continue;
        const int noun = of - 1;
        if (word(noun).upos != "NOUN" && word(noun).upos != "PROPN") continue;
        // the subject: the first word after "of" (or after its determiner) that hangs on the verb as one
        int subject = of + 1;
        if (word(subject).upos == "DET" && subject + 1 < verb) ++subject;
        if (head(subject) != verb || !is_subject(word(subject).deprel)) continue;
        // "the assassination of Kennedy by Oswald shocked the nation": a name after "by" when the verb has a
        // subject before it too
        if (by && (word(subject).upos != "PROPN" || !has_subject_before(verb, of))) continue;
        heads_[static_cast<std::size_t>(subject)] = noun;
        relations_[static_cast<std::size_t>(subject)] = &kNominalModifier;
        heads_[static_cast<std::size_t>(of)] = subject;
        relations_[static_cast<std::size_t>(of)] = &kCaseMarker;
    }
}

void DependencyTree::repair_verb_appositions() {
    for (int w = 1; w < static_cast<int>(size()); ++w) {
        const int verb = head(w);
        if (word(w).deprel != "appos" || verb < 0 || (word(verb).upos != "VERB" && word(verb).upos != "AUX")) continue;
        // the noun before the apposition: left of its own modifiers and the comma
        int before = w - 1;
        while (before >= 0 && (head(before) == w || word(before).upos == "PUNCT")) --before;
        // "who assassinated Abraham Lincoln": a name right after its verb, which has no object, is the object
        if (before == verb && word(w - 1).upos != "PUNCT" && !has_word_on(verb, "obj")) {
            relations_[static_cast<std::size_t>(w)] = &kObject;
            continue;
        }
        if (before < 0 || (word(before).upos != "NOUN" && word(before).upos != "PROPN")) continue;
        heads_[static_cast<std::size_t>(w)] = before;
    }
}

void DependencyTree::repair_relative_clauses() {
    static const WordSet& relatives = word_list("relative pronoun");
    for (int who = 2; who < static_cast<int>(size()); ++who) {
        const int verb = head(who);
        if (word(who).upos != "PRON" || !is_subject(relation(who)) || !has(relatives, lower_form(who))) continue;
        if (verb <= who || relation(verb) == "acl:relcl" || relation(verb) == "root" || word(who - 1).form != ",")
            continue;
        int name = who - 2;
        for (std::size_t steps = 0; steps < size() && joins_group(relation(name)) && head(name) >= 0; ++steps)
            name = head(name);
        if (word(name).upos != "PROPN" || descends_from(name, verb)) continue;
        heads_[static_cast<std::size_t>(verb)] = name;
        relations_[static_cast<std::size_t>(verb)] = &kRelativeClause;
    }
}

void DependencyTree::repair_age_appositions() {
    for (int w = 0; w < static_cast<int>(size()); ++w) {
        const int age = head(w);
        if (relation(w) != "appos" || age < 0 || word(age).upos != "NUM" || head(age) < 0 ||
            (relation(age) != "nmod:unmarked" && relation(age) != "appos"))
            continue;
        const int name = head(age);
        if (word(name).upos == "PROPN" || word(name).upos == "NOUN") heads_[static_cast<std::size_t>(w)] = name;
    }
}

void DependencyTree::repair_verb_possessives() {
    const int n = static_cast<int>(size());
    for (int w = 0; w < n; ++w) {
        const int verb = head(w);
        if (relation(w) != "nmod:poss" || verb <= w || (word(verb).upos != "VERB" && word(verb).upos != "AUX"))
            continue;
        int owned = w + 1;  // the next word on the verb, past the possessive's own marker
        while (owned < verb && head(owned) != verb) ++owned;
        if (owned >= verb || (word(owned).upos != "NOUN" && word(owned).upos != "PROPN")) continue;
        bool adjacent = true;
        for (int between = w + 1; between < owned && adjacent; ++between)
            adjacent = descends_from(between, w) || descends_from(between, owned);
        if (adjacent) heads_[static_cast<std::size_t>(w)] = owned;
    }
}

void DependencyTree::repair_split_names() {
    for (int w = 0; w + 1 < static_cast<int>(size()); ++w) {
        const int next = w + 1;
        const bool describing = word(w).upos == "PROPN" || word(w).upos == "NOUN";  // "Rev.", "the novelist"
        if (!describing || word(next).upos != "PROPN" || head(w) < 0 || head(w) != head(next)) continue;
        if (!is_subject(relation(w)) || relation(w) != relation(next)) continue;
        heads_[static_cast<std::size_t>(w)] = next;
        relations_[static_cast<std::size_t>(w)] = &kCompound;
    }
}

void DependencyTree::repair_described_subjects() {
    for (int name = 1; name < static_cast<int>(size()); ++name) {
        const int noun = name - 1;
        const int verb = head(name);
        if (word(name).upos != "PROPN" || word(noun).upos != "NOUN" || verb < 0 || head(verb) != noun ||
            relation(verb) != "acl:relcl" || !is_subject(relation(name)))
            continue;
        const bool no_gap = relation(name) == "nsubj:pass" || has_word_on(verb, "obj") || has_word_on(verb, "obl");
        if (!no_gap) continue;
        heads_[static_cast<std::size_t>(verb)] = head(noun);
        relations_[static_cast<std::size_t>(verb)] = relations_[static_cast<std::size_t>(noun)];
        for (int other = 0; other < static_cast<int>(size()); ++other)
            if (other != verb && head(other) == noun && other > name) heads_[static_cast<std::size_t>(other)] = verb;
        heads_[static_cast<std::size_t>(noun)] = name;
        relations_[static_cast<std::size_t>(noun)] = &kDescription;
    }
}

bool DependencyTree::descends_from(int w, int ancestor) const {
    for (std::size_t steps = 0; steps < size() && w >= 0; ++steps, w = head(w))
        if (w == ancestor) return true;
    return false;
}

void DependencyTree::repair_comma_subjects() {
    for (int name = 2; name < static_cast<int>(size()); ++name) {
        const int comma = name - 1, verb = head(name);
        if (word(name).upos != "PROPN" || word(comma).form != "," || verb < 0 || !is_subject(relation(name))) continue;
        // the other subject: its phrase ends at the comma ("Chile's Minister of Public Works, Carolina Urrutia-Vial")
        int first = comma - 1;
        for (std::size_t steps = 0;
             steps < size() && first >= 0 && head(first) != verb && head(first) >= 0 && head(first) < comma; ++steps)
            first = head(first);
        if (first < 0 || head(first) != verb || relation(first) != relation(name)) continue;
        if (word(first).upos != "NOUN" && word(first).upos != "PROPN") continue;
        bool phrase = true;
        for (int between = first + 1; between < comma && phrase; ++between) phrase = descends_from(between, first);
        if (!phrase) continue;
        // "Malaysia's Prime Minister, Najib Razak said": one clause has one subject; the name stands beside it
        heads_[static_cast<std::size_t>(name)] = first;
        relations_[static_cast<std::size_t>(name)] = &kApposition;
    }
}

void DependencyTree::repair_stranded_case() {
    const int n = static_cast<int>(size());
    for (int c = 0; c < n; ++c) {
        if (relation(c) != "case") continue;
        int phrase = head(c);
        if (phrase <= c) continue;
        // up from a compound to the word it modifies, to the right ("of Texas Air Corp." on "Texas")
        for (int steps = 0; steps < n && relation(phrase) == "compound" && head(phrase) > phrase; ++steps)
            phrase = head(phrase);
        if (phrase == head(c)) continue;
        heads_[static_cast<std::size_t>(c)] = phrase;
        // a phrase with a preposition is no apposition ("a unit of Texas Air Corp." read as one)
        if (relation(phrase) == "appos") relations_[static_cast<std::size_t>(phrase)] = &kNominalModifier;
    }
}

void DependencyTree::repair_nominal_complements() {
    const int n = static_cast<int>(size());
    for (int w = 0; w < n; ++w) {
        const int verb = head(w);
        if (relation(w) != "xcomp" || verb < 0 || word(verb).upos != "VERB") continue;
        if (word(w).upos != "PROPN" && word(w).upos != "NOUN") continue;
        if (!has_word_on(verb, "obj")) relations_[static_cast<std::size_t>(w)] = &kObject;
    }
}

void DependencyTree::repair_root_name_clauses() {
    const int n = static_cast<int>(size());
    for (int name = 0; name < n; ++name) {
        if (head(name) >= 0 || (word(name).upos != "PROPN" && word(name).upos != "NOUN")) continue;
        int last = name;
        while (last + 1 < n && head(last + 1) == name && relation(last + 1) == "flat") ++last;
        const int verb = last + 1;
        if (verb >= n || head(verb) != name || relation(verb) != "acl" || word(verb).upos != "VERB") continue;
        if (word(verb).xpos != "VBD" && word(verb).xpos != "VBN") continue;
        bool has_object = false;
        for (int other = 0; other < n && !has_object; ++other)
            has_object = head(other) == verb && relation(other) == "obj";
        if (!has_object) continue;
        // "Sirhan Sirhan assassinated Sen. Robert F. Kennedy" parsed as a name with a participle clause: a past
        // form with an object right after the root name is the sentence's verb, the name its subject
        heads_[static_cast<std::size_t>(verb)] = -1;
        relations_[static_cast<std::size_t>(verb)] = &kRoot;
        heads_[static_cast<std::size_t>(name)] = verb;
        relations_[static_cast<std::size_t>(name)] = &kSubject;
        for (int other = 0; other < n; ++other)
            if (other != verb && head(other) == name && other > verb) heads_[static_cast<std::size_t>(other)] = verb;
    }
}

void DependencyTree::repair_reported_subjects() {
    const int n = static_cast<int>(size());
    for (int verb = 0; verb < n; ++verb) {
        const int speech = head(verb);
        if (word(verb).deprel != "ccomp" || word(verb).upos != "VERB" || speech < 0 || speech > verb) continue;
        int subjects = 0, between = -1;  // the speech verb's subjects, and one of them between it and the clause
        bool own_subject = false, passive = false;
        for (int w = 0; w < n; ++w) {
            own_subject = own_subject || (head(w) == verb && is_subject(relation(w)));
            passive = passive || (head(w) == verb && relation(w) == "aux:pass");
            if (head(w) != speech || !is_subject(relation(w))) continue;
            ++subjects;
            if (w > speech && w < verb) between = w;
        }
        if (own_subject || subjects < 2 || between < 0) continue;
        // "Police said David Moss, 32, was stabbed": the name after the speech verb is the clause's subject
        heads_[static_cast<std::size_t>(between)] = verb;
        relations_[static_cast<std::size_t>(between)] = passive ? &kPassiveSubject : &kSubject;
    }
}

void DependencyTree::repair_described_names(const std::vector<Span>& mentions) {
    const int n = static_cast<int>(size());
    auto mentioned = [&](int w) {
        return std::any_of(mentions.begin(), mentions.end(), [&](const Span& m) { return m.overlaps(word(w).span); });
    };
    for (const Span& mention : mentions) {
        int first = 0;
        while (first < n && word(first).span.begin < mention.begin) ++first;
        const int describing = first - 1;
        if (first >= n || describing < 0 || word(first).span.begin != mention.begin || head(first) != describing)
            continue;
        // "Former Beatle George Harrison" read with the name in apposition to "Former": the adjective is its amod
        const bool adjective = word(describing).upos == "ADJ" && relation(first) == "appos";
        if (adjective)
            take_place_of(first, describing, kAdjective);
        else if (joins_group(relation(first)) && mentioned(describing))
            take_place_of(first, describing, kDescription);
    }
}

void DependencyTree::repair_split_possessors(const std::vector<Span>& mentions) {
    const int n = static_cast<int>(size());
    for (const Span& mention : mentions) {
        auto inside = [&](int w) { return w >= 0 && mention.overlaps(word(w).span); };
        int possessor = -1;
        for (int w = n - 1; w >= 0 && possessor < 0; --w)
            if (inside(w) && !inside(head(w)) && relation(w) == "nmod:poss") possessor = w;
        if (possessor < 0) continue;
        // the name's earlier words hung outside it ("Hwang" read as a second subject) hang on its possessive word
        for (int w = 0; w < possessor; ++w)
            if (inside(w) && !inside(head(w)) && is_subject(relation(w))) {
                heads_[static_cast<std::size_t>(w)] = possessor;
                relations_[static_cast<std::size_t>(w)] = &kFlat;
            }
    }
}

void DependencyTree::repair_inner_attachments(const std::vector<Span>& mentions) {
    const int n = static_cast<int>(size());
    for (const Span& mention : mentions) {
        auto inside = [&](int w) { return w >= 0 && mention.overlaps(word(w).span); };
        int head_word = -1, outward = 0;
        for (int w = 0; w < n; ++w)
            if (inside(w) && !inside(head(w))) {
                head_word = w;
                ++outward;
            }
        if (outward != 1) continue;  // a name the parse split: no head word to be sure of
        for (int w = 0; w < n; ++w)
            if (!inside(w) && inside(head(w)) && head(w) != head_word && !joins_group(relation(w)))
                heads_[static_cast<std::size_t>(w)] = head_word;
    }
}

void DependencyTree::mark_doubtful_subjects() {
    static const WordSet& absolute_markers = word_list("absolute clause marker");
    for (std::size_t head = 0; head < children_.size(); ++head) {
        const std::vector<int>& children = children_[head];
        int subjects = 0;
        for (int child : children) subjects += is_subject(relation(child)) ? 1 : 0;
        for (int child : children) {
            if (!is_subject(relation(child))) continue;
            // "Gunmen loyal to Pablo Escobar killed": a subject right after a preposition of its own verb (not one
            // that opens a clause with its own subject: "with Lee making attempts")
            const int before = extent(child).first - 1;
            bool governed = before >= 0 && word(before).upos == "ADP" && !absolute_markers.count(lemma(before)) &&
                            head_of_node(before) == static_cast<int>(head);
            if (subjects >= 2 || governed) relations_[static_cast<std::size_t>(child)] = &kUnsureRelation;
        }
    }
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
    if (is_subject(relation(node)) && word(up).upos == "VERB")
        for (int verb : direct(up)) {
            if (word(verb).upos != "VERB" || has_dependent(verb, "nsubj")) continue;
            if (word(verb).deprel == "conj") out.push_back({verb, &conjunct_subject(relation(node), verb)});
            if (takes_subject_of_head(verb)) out.push_back({verb, &controlled_subject(verb)});
        }
    // A name in apposition to a common noun stands where the noun stands ("An engineer at Siemens, Ahmed Khan,
    // lives in Munich").
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
    if (has_dependent(verb, "aux:pass")) return kPassiveSubject;
    const std::string& tag = word(verb).xpos;
    if (shared == kPassiveSubject && (tag == "VBD" || tag == "VBZ" || tag == "VBP")) return kSubject;
    return shared;
}

const std::string& DependencyTree::controlled_subject(int verb) const {
    return has_dependent(verb, "aux:pass") ? kPassiveSubject : kSubject;
}

void DependencyTree::dependents(int node, std::vector<TreeEdge>& out) const {
    shared_modifiers(node, out);
    // "died after being attacked by Black": an adverbial clause with no subject of its own has its verb's
    if (takes_subject_of_head(node))
        for (int child : direct(node_of(head(node))))
            if (is_subject(relation(child))) out.push_back({child, &controlled_subject(node)});
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
