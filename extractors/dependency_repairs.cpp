// The tree's repairs of the parse: readings a parser of this size often gets wrong, mended for the walks of the
// pattern matcher only (the sentence's words keep the parser's reading).
#include <algorithm>

#include "extractors/dependency_tree.hpp"
#include "extractors/ud_relations.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

void DependencyTree::repair_headed_articles() {
    const int n = static_cast<int>(size());
    for (int article = 0; article < n; ++article) {
        const std::string& form = lower_form(article);
        if (word(article).upos != "DET" || relation(article) == "det" || (form != "the" && form != "a" && form != "an"))
            continue;
        int noun = article + 1;
        while (noun < n && (head(noun) != article || (word(noun).upos != "NOUN" && word(noun).upos != "PROPN"))) ++noun;
        if (noun >= n) continue;
        take_place_of(noun, article, ud::kDeterminer);
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

void DependencyTree::rehang_after(int from, int to, int after) {
    for (int other = after + 1; other < static_cast<int>(size()); ++other)
        if (other != to && head(other) == from) heads_[static_cast<std::size_t>(other)] = to;
}

bool DependencyTree::covers(const Span& span, int w) const { return w >= 0 && span.overlaps(word(w).span); }

bool DependencyTree::has_subject_before(int verb, int at) const {
    for (int w = 0; w < at; ++w)
        if (head(w) == verb && ud::is_subject(relation(w))) return true;
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
            word(name).upos != "PROPN" || !ud::joins_group(relation(name)))
            continue;
        take_place_of(name, adp, ud::kCaseMarker);
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
        if (head(subject) != verb || !ud::is_subject(word(subject).deprel)) continue;
        // "the assassination of Kennedy by Oswald shocked the nation": a name after "by" when the verb has a
        // subject before it too
        if (by && (word(subject).upos != "PROPN" || !has_subject_before(verb, of))) continue;
        heads_[static_cast<std::size_t>(subject)] = noun;
        relations_[static_cast<std::size_t>(subject)] = &ud::kNominalModifier;
        heads_[static_cast<std::size_t>(of)] = subject;
        relations_[static_cast<std::size_t>(of)] = &ud::kCaseMarker;
    }
}

void DependencyTree::repair_verb_appositions() {
    for (int w = 1; w < static_cast<int>(size()); ++w) {
        const int verb = head(w);
        // also an apposition hung on the comma before it ("The Iraqi president, Saddam Hussein, was captured")
        const bool on_comma = verb >= 0 && word(verb).upos == "PUNCT" && verb == w - 1;
        if (word(w).deprel != "appos" || verb < 0 ||
            (word(verb).upos != "VERB" && word(verb).upos != "AUX" && !on_comma))
            continue;
        // the noun before the apposition: left of its own modifiers ("the San Francisco-based startup") and the
        // comma
        int before = w - 1;
        while (before >= 0 && (descends_from(before, w) || word(before).upos == "PUNCT")) --before;
        // "who assassinated Abraham Lincoln": a name right after its verb, which has no object, is the object
        if (before == verb && word(w - 1).upos != "PUNCT" && !has_word_on(verb, "obj")) {
            relations_[static_cast<std::size_t>(w)] = &ud::kObject;
            continue;
        }
        if (before < 0 || (word(before).upos != "NOUN" && word(before).upos != "PROPN")) continue;
        heads_[static_cast<std::size_t>(w)] = before;
    }
}

void DependencyTree::repair_uncoordinated_conjuncts() {
    for (int w = 2; w < static_cast<int>(size()); ++w) {
        const int verb = head(w);
        const int object = w - 2;
        if (relation(w) != "conj" || word(w).upos != "PROPN" || verb < 0 || word(verb).upos != "VERB" ||
            word(w - 1).form != "," || head(object) != verb || relation(object) != "obj" || word(object).upos != "NOUN")
            continue;
        if (has_word_on(w, "cc") || has_word_on(w, "nsubj") || has_word_on(w, "cop")) continue;
        heads_[static_cast<std::size_t>(w)] = object;
        relations_[static_cast<std::size_t>(w)] = &ud::kApposition;
    }
}

void DependencyTree::repair_vocatives() {
    for (int w = 2; w < static_cast<int>(size()); ++w) {
        const int noun = head(w);
        if (relation(w) != "vocative" || word(w).upos != "PROPN" || noun < 0 || noun != w - 2 ||
            word(w - 1).form != "," || (word(noun).upos != "NOUN" && word(noun).upos != "PROPN"))
            continue;
        relations_[static_cast<std::size_t>(w)] = &ud::kApposition;
    }
}

void DependencyTree::repair_relative_clauses() {
    static const WordSet& relatives = word_list("relative pronoun");
    for (int who = 2; who < static_cast<int>(size()); ++who) {
        const int verb = head(who);
        if (word(who).upos != "PRON" || !ud::is_subject(relation(who)) || !has(relatives, lower_form(who))) continue;
        if (verb <= who || relation(verb) == "acl:relcl" || relation(verb) == "root" || word(who - 1).form != ",")
            continue;
        int name = who - 2;
        for (std::size_t steps = 0; steps < size() && ud::joins_group(relation(name)) && head(name) >= 0; ++steps)
            name = head(name);
        if (word(name).upos != "PROPN" || descends_from(name, verb)) continue;
        heads_[static_cast<std::size_t>(verb)] = name;
        relations_[static_cast<std::size_t>(verb)] = &ud::kRelativeClause;
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
        if (!ud::is_subject(relation(w)) || relation(w) != relation(next)) continue;
        heads_[static_cast<std::size_t>(w)] = next;
        relations_[static_cast<std::size_t>(w)] = &ud::kCompound;
    }
}

void DependencyTree::repair_described_subjects() {
    for (int name = 1; name < static_cast<int>(size()); ++name) {
        const int noun = name - 1;
        const int verb = head(name);
        if (word(name).upos != "PROPN" || word(noun).upos != "NOUN" || verb < 0 || head(verb) != noun ||
            relation(verb) != "acl:relcl" || !ud::is_subject(relation(name)))
            continue;
        const bool no_gap = relation(name) == "nsubj:pass" || has_word_on(verb, "obj") || has_word_on(verb, "obl");
        if (!no_gap || (head(noun) >= 0 && descends_from(head(noun), verb))) continue;
        heads_[static_cast<std::size_t>(verb)] = head(noun);
        relations_[static_cast<std::size_t>(verb)] = relations_[static_cast<std::size_t>(noun)];
        rehang_after(noun, verb, name);
        heads_[static_cast<std::size_t>(noun)] = name;
        relations_[static_cast<std::size_t>(noun)] = &ud::kDescription;
    }
}

void DependencyTree::repair_comma_subjects() {
    for (int name = 2; name < static_cast<int>(size()); ++name) {
        const int comma = name - 1, verb = head(name);
        if (word(name).upos != "PROPN" || word(comma).form != "," || verb < 0 || !ud::is_subject(relation(name)))
            continue;
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
        relations_[static_cast<std::size_t>(name)] = &ud::kApposition;
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
        if (relation(phrase) == "appos") relations_[static_cast<std::size_t>(phrase)] = &ud::kNominalModifier;
    }
}

void DependencyTree::repair_nominal_complements() {
    const int n = static_cast<int>(size());
    for (int w = 0; w < n; ++w) {
        const int verb = head(w);
        if (relation(w) != "xcomp" || verb < 0 || word(verb).upos != "VERB") continue;
        if (word(w).upos != "PROPN" && word(w).upos != "NOUN") continue;
        if (!has_word_on(verb, "obj")) relations_[static_cast<std::size_t>(w)] = &ud::kObject;
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
        if (!has_word_on(verb, "obj")) continue;
        // "Sirhan Sirhan assassinated Sen. Robert F. Kennedy" parsed as a name with a participle clause: a past
        // form with an object right after the root name is the sentence's verb, the name its subject
        heads_[static_cast<std::size_t>(verb)] = -1;
        relations_[static_cast<std::size_t>(verb)] = &ud::kRoot;
        heads_[static_cast<std::size_t>(name)] = verb;
        relations_[static_cast<std::size_t>(name)] = &ud::kSubject;
        rehang_after(name, verb, verb);
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
            own_subject = own_subject || (head(w) == verb && ud::is_subject(relation(w)));
            passive = passive || (head(w) == verb && relation(w) == "aux:pass");
            if (head(w) != speech || !ud::is_subject(relation(w))) continue;
            ++subjects;
            if (w > speech && w < verb) between = w;
        }
        if (own_subject || subjects < 2 || between < 0) continue;
        // "Police said David Moss, 32, was stabbed": the name after the speech verb is the clause's subject
        heads_[static_cast<std::size_t>(between)] = verb;
        relations_[static_cast<std::size_t>(between)] = passive ? &ud::kPassiveSubject : &ud::kSubject;
    }
}

void DependencyTree::repair_described_names(const std::vector<Span>& mentions) {
    const int n = static_cast<int>(size());
    auto mentioned = [&](int w) {
        return std::any_of(mentions.begin(), mentions.end(), [&](const Span& m) { return covers(m, w); });
    };
    for (const Span& mention : mentions) {
        int first = 0;
        while (first < n && word(first).span.begin < mention.begin) ++first;
        const int describing = first - 1;
        if (first >= n || describing < 0 || word(first).span.begin != mention.begin || head(first) != describing)
            continue;
        // "Former Beatle George Harrison" read with the name in apposition to "Former": the adjective is its amod
        const bool adjective = word(describing).upos == "ADJ" && relation(first) == "appos";
        // "founded by the environmental lawyer Urška Petek" read with the name in apposition to "lawyer" (no comma
        // between): after a preposition the name stands where the noun stood, described by it ("Senior researcher
        // Mu Li, of the University" keeps its title's reading)
        const bool noun =
            word(describing).upos == "NOUN" && relation(first) == "appos" && has_word_on(describing, "case");
        if (adjective)
            take_place_of(first, describing, ud::kAdjective);
        else if (noun || (ud::joins_group(relation(first)) && mentioned(describing)))
            take_place_of(first, describing, ud::kDescription);
    }
}

void DependencyTree::repair_split_possessors(const std::vector<Span>& mentions) {
    const int n = static_cast<int>(size());
    for (const Span& mention : mentions) {
        auto inside = [&](int w) { return covers(mention, w); };
        int possessor = -1;
        for (int w = n - 1; w >= 0 && possessor < 0; --w)
            if (inside(w) && !inside(head(w)) && relation(w) == "nmod:poss") possessor = w;
        if (possessor < 0) continue;
        // the name's earlier words hung outside it ("Hwang" read as a second subject) hang on its possessive word
        for (int w = 0; w < possessor; ++w)
            if (inside(w) && !inside(head(w)) && ud::is_subject(relation(w)) && !descends_from(possessor, w)) {
                heads_[static_cast<std::size_t>(w)] = possessor;
                relations_[static_cast<std::size_t>(w)] = &ud::kFlat;
            }
    }
}

void DependencyTree::repair_inner_attachments(const std::vector<Span>& mentions) {
    const int n = static_cast<int>(size());
    for (const Span& mention : mentions) {
        auto inside = [&](int w) { return covers(mention, w); };
        int head_word = -1, outward = 0;
        for (int w = 0; w < n; ++w)
            if (inside(w) && !inside(head(w))) {
                head_word = w;
                ++outward;
            }
        if (outward != 1) continue;  // a name the parse split: no head word to be sure of
        for (int w = 0; w < n; ++w)
            if (!inside(w) && inside(head(w)) && head(w) != head_word && !ud::joins_group(relation(w)) &&
                !descends_from(head_word, w))  // never a loop
                heads_[static_cast<std::size_t>(w)] = head_word;
    }
}

void DependencyTree::mark_doubtful_subjects() {
    static const WordSet& absolute_markers = word_list("absolute clause marker");
    for (std::size_t head = 0; head < children_.size(); ++head) {
        const std::vector<int>& children = children_[head];
        int subjects = 0;
        for (int child : children) subjects += ud::is_subject(relation(child)) ? 1 : 0;
        for (int child : children) {
            if (!ud::is_subject(relation(child))) continue;
            // "Gunmen loyal to Pablo Escobar killed": a subject right after a preposition of its own verb (not one
            // that opens a clause with its own subject: "with Lee making attempts")
            const int before = extent(child).first - 1;
            bool governed = before >= 0 && word(before).upos == "ADP" && !absolute_markers.count(lemma(before)) &&
                            head_of_node(before) == static_cast<int>(head);
            if (subjects >= 2 || governed) relations_[static_cast<std::size_t>(child)] = &ud::kUnsureRelation;
        }
    }
}

}  // namespace newsgraph
