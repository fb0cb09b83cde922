// Finds action verbs with a named participant acted on, and makes each an event with its participants.
#include "extractors/action_events.hpp"

#include <algorithm>
#include <limits>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "extractors/dependency_matcher.hpp"
#include "extractors/dependency_pattern.hpp"
#include "extractors/gazetteer.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {

constexpr std::string_view kFile = "patterns/action_events.tsv";
constexpr std::size_t kThisEvent = std::numeric_limits<std::size_t>::max();  // the event, until it joins
constexpr double kParticipant = 0.75;
constexpr double kPlace = 0.7;

// True when `verb` is the list's `entry`: a lemma, or "lemma+word" for the lemma with a dependent of that lemma
// ("shoot+dead": "was shot dead", "stab+death": "stabbed to death").
bool is_verb(const DependencyTree& tree, int verb, std::string_view entry) {
    const std::size_t plus = entry.find('+');
    if (tree.lemma(verb) != entry.substr(0, plus)) return false;
    if (plus == std::string_view::npos) return true;
    for (int child : tree.direct(verb))
        if (tree.lemma(child) == entry.substr(plus + 1)) return true;
    return false;
}

const ActionKind* kind_of(const std::vector<ActionKind>& kinds, const DependencyTree& tree, int verb) {
    if (tree.word(verb).upos != "VERB") return nullptr;
    for (const ActionKind& kind : kinds)
        for (const std::string& entry : kind.verbs)
            if (is_verb(tree, verb, entry)) return &kind;
    return nullptr;
}

// The kind a noun names ("the killing of", "her arrest"), or nullptr.
const ActionKind* noun_kind_of(const std::vector<ActionKind>& kinds, const DependencyTree& tree, int noun) {
    if (tree.word(noun).upos != "NOUN") return nullptr;
    for (const ActionKind& kind : kinds)
        if (std::find(kind.nouns.begin(), kind.nouns.end(), tree.lemma(noun)) != kind.nouns.end()) return &kind;
    return nullptr;
}

// True when `node` has a marker attached by `relation` that is one of `lemmas` ("in Lagos", "by police").
bool has_marker(const DependencyTree& tree, int node, std::string_view relation,
                std::initializer_list<std::string_view> lemmas) {
    for (int child : tree.direct(node))
        if (tree.word(child).deprel == relation &&
            std::find(lemmas.begin(), lemmas.end(), tree.lemma(child)) != lemmas.end())
            return true;
    return false;
}

bool has_case(const DependencyTree& tree, int node, std::initializer_list<std::string_view> lemmas) {
    return has_marker(tree, node, "case", lemmas);
}

// True when the place is where the action happened: "in Lagos", "at the airport" (not "to the US").
bool located_by(const DependencyTree& tree, int place) { return has_case(tree, place, {"in", "at", "near"}); }

// True when `name` follows `noun` with nothing but punctuation between ("candidate Luis Carlos Galan", "the
// victim, John Doe"; not "her bodyguards shocked India" misread as an apposition).
bool right_after(const DependencyTree& tree, int noun, int name) {
    for (int w = noun + 1; w < name; ++w)
        if (tree.word(w).upos != "PUNCT") return false;
    return name > noun;
}

// The entity at a node: its own, or for a common noun without one the name in apposition to it ("killed
// presidential candidate Luis Carlos Galan" read with the name hung on "candidate"); -1 when none.
int entity_at(const DependencyTree& tree, const Anchors& anchors, int node) {
    static const WordSet& premises = word_list("premises noun");
    int entity = anchors.entity[static_cast<std::size_t>(node)];
    if (entity >= 0 || tree.word(node).upos != "NOUN") return entity;
    // "raided the offices of Acme", "searched Smith's home", "Acme offices": premises stand for whose they are; "FBI
    // agents raided", "Hamas fighters attacked": the members of a force for the force
    static const WordSet& forces = word_list("force member noun");
    const bool owned = has(premises, tree.lemma(node));
    const bool members = has(forces, tree.lemma(node));
    for (int child : tree.direct(node)) {
        const std::string& relation = tree.relation(child);
        bool names_it = (relation == "appos" && right_after(tree, node, child)) ||
                        ((owned || members) && (relation == "nmod:poss" || relation == "compound")) ||
                        (owned && relation == "nmod" && has_case(tree, child, {"of"}));
        if (names_it && anchors.entity[static_cast<std::size_t>(child)] >= 0)
            return anchors.entity[static_cast<std::size_t>(child)];
    }
    return -1;
}

// The entities at the dependents of `word` (a verb, or a noun naming an action) attached by one of `relations`,
// with their conjuncts; with `markers`, only those with one of them as case marker ("the killing of X", "by
// police", "in Lagos").
std::vector<std::size_t> participants(const DependencyTree& tree, const Anchors& anchors, int word,
                                      std::initializer_list<std::string_view> relations,
                                      std::initializer_list<std::string_view> markers = {}) {
    std::vector<std::size_t> found;
    std::vector<TreeEdge> edges;
    tree.dependents(word, edges);
    for (const TreeEdge& edge : edges) {
        int entity = entity_at(tree, anchors, edge.node);
        bool wanted = std::find(relations.begin(), relations.end(), *edge.relation) != relations.end() &&
                      (markers.size() == 0 || has_case(tree, edge.node, markers));
        // A parse may call a bare noun an agent ("X assassinated President Y" read as a reduced relative).
        if (*edge.relation == "obl:agent" && !has_case(tree, edge.node, {"by"})) wanted = false;
        if (wanted && entity >= 0 &&
            std::find(found.begin(), found.end(), static_cast<std::size_t>(entity)) == found.end())
            found.push_back(static_cast<std::size_t>(entity));
    }
    return found;
}

// True when the verb's clause says what someone is arrested, charged, convicted or sentenced for ("charged with
// killing Jones"; not "acquitted of killing Jones").
bool charged_act(const DependencyTree& tree, const std::vector<ActionKind>& kinds, int verb) {
    const int up = tree.head_of_node(verb);
    const ActionKind* charge = up < 0 ? nullptr : kind_of(kinds, tree, up);
    if (!charge || tree.word(verb).deprel != "advcl" || !has_marker(tree, verb, "mark", {"of", "with", "for"}))
        return false;
    const Predicate p = charge->predicate;
    return p == Predicate::Arrested || p == Predicate::Charged || p == Predicate::Convicted ||
           p == Predicate::Sentenced;
}

// Who acted: the subject or the "by" phrase, the noun a relative clause hangs on ("Anonymous, which attacked"),
// or the one charged with the act (`charged`: "convicted Ray of killing King", "charged with killing Jones").
std::vector<std::size_t> agents(const DependencyTree& tree, const Anchors& anchors, int verb, bool charged) {
    std::vector<std::size_t> found = participants(tree, anchors, verb, {"nsubj", "obl:agent"});
    const Word& w = tree.word(verb);
    const int up = tree.head_of_node(verb);
    if (up < 0) return found;
    const bool relative = w.deprel == "acl:relcl" || (w.deprel == "acl" && has_marker(tree, verb, "mark", {"of"}));
    if (relative && anchors.entity[static_cast<std::size_t>(up)] >= 0)
        found.push_back(static_cast<std::size_t>(anchors.entity[static_cast<std::size_t>(up)]));
    if (charged && found.empty())
        for (std::size_t accused : participants(tree, anchors, up, {"obj", "nsubj:pass"})) found.push_back(accused);
    // "Chapman shot and killed Lennon": a later verb without a subject shares the first verb's
    if (found.empty() && w.deprel == "conj" && tree.word(up).upos == "VERB")
        found = participants(tree, anchors, up, {"nsubj"});
    return found;
}

// Where the action happened: a place the verb names with "in", "at" or "near", one of the site it names so, or
// one the parse hangs on the person acted on ("arrested Jean Dupont in Lyon" read with "in Lyon" on the name: a person
// is not "in" a place).
std::vector<std::size_t> places(const Document& doc, const DependencyTree& tree, const Anchors& anchors, int verb) {
    std::vector<std::pair<int, std::string_view>> candidates;  // node, the relation it must have
    for (int child : tree.direct(verb)) {
        candidates.emplace_back(child, "obl");
        // "arrested at his home in Whitehall", "killed at a rally near Bogota": the place of the site
        if (tree.word(child).deprel.rfind("obl", 0) == 0 && located_by(tree, child))
            for (int grandchild : tree.direct(child)) candidates.emplace_back(grandchild, "nmod");
        const int person = anchors.entity[static_cast<std::size_t>(child)];
        const bool acted_on = tree.word(child).deprel == "obj" || tree.word(child).deprel == "nsubj:pass";
        if (acted_on && person >= 0 && doc.entities[static_cast<std::size_t>(person)].cls == EntityClass::Person)
            for (int grandchild : tree.direct(child)) candidates.emplace_back(grandchild, "nmod");
    }
    std::vector<std::size_t> found;
    for (auto [node, relation] : candidates) {
        const int place = anchors.entity[static_cast<std::size_t>(node)];
        if (place < 0 || doc.entities[static_cast<std::size_t>(place)].cls != EntityClass::Place) continue;
        if (tree.word(node).deprel.rfind(relation, 0) != 0 || !located_by(tree, node)) continue;
        if (std::find(found.begin(), found.end(), static_cast<std::size_t>(place)) == found.end())
            found.push_back(static_cast<std::size_t>(place));
    }
    return found;
}

// "arrest of Smith", "arrest of Smith and Jones", "arrest of Smith and 2 others".
std::string event_name(const Document& doc, const std::string& pattern, const std::vector<std::size_t>& acted_on) {
    std::string who = doc.entities[acted_on[0]].name;
    if (acted_on.size() == 2) who += " and " + doc.entities[acted_on[1]].name;
    if (acted_on.size() > 2) who += " and " + std::to_string(acted_on.size() - 1) + " others";
    std::string name = pattern;
    return name.replace(name.find("{}"), 2, who);
}

Relation participation(const Document& doc, std::size_t sentence, std::size_t entity, std::string role,
                       std::string_view extractor, const std::string& rule) {
    Relation r;
    r.subject = entity;
    r.predicate = Predicate::ParticipatesIn;
    r.object = kThisEvent;
    r.role = std::move(role);
    r.evidence = scan::make_evidence(doc, doc.sentences[sentence].span, kParticipant, extractor, rule);
    return r;
}

}  // namespace

std::vector<ActionKind> load_action_kinds() {
    std::vector<ActionKind> kinds;
    for (const TsvRow& row : numbered_tsv_resource(kFile)) {
        const std::string where = std::string(kFile) + ":" + std::to_string(row.line);
        if (row.fields.size() != 4 && row.fields.size() != 5)
            throw Error(where, "expected 4 or 5 columns (predicate, name, acted on, verbs, nouns)");
        auto predicate = predicate_from_name(row.fields[0]);
        if (!predicate) throw Error(where, "unknown predicate '" + row.fields[0] + "'");
        if (row.fields[1].find("{}") == std::string::npos) throw Error(where, "the name needs {} for who is acted on");
        kinds.push_back({*predicate, row.fields[1], pattern_classes(row.fields[2], where), split_bars(row.fields[3]),
                         row.fields.size() == 5 ? split_bars(row.fields[4]) : std::vector<std::string>{}});
    }
    return kinds;
}

namespace {

// The entities among `found` that `kind` acts on.
std::vector<std::size_t> of_kind(const Document& doc, const ActionKind& kind, std::vector<std::size_t> found) {
    std::erase_if(found, [&](std::size_t e) {
        return std::find(kind.acted_on.begin(), kind.acted_on.end(), doc.entities[e].cls) == kind.acted_on.end();
    });
    return found;
}

// Who did what to whom and where, for one action at one word.
struct Participants {
    std::vector<std::size_t> acted_on, agents, places;
};

ActionEvent make_event(const Document& doc, std::size_t sentence, const DependencyTree& tree, const ActionKind& kind,
                       int word, const Participants& who, std::string_view extractor, const EventDates& dates) {
    const std::string rule = "event/" + std::string(info(kind.predicate).local_name);
    ActionEvent event{
        event_name(doc, kind.name, who.acted_on), tree.word(word).span, {}, dates.date_of(tree, word, doc.meta.date)};
    for (std::size_t entity : who.acted_on)
        event.relations.push_back(
            participation(doc, sentence, entity, std::string(info(kind.predicate).local_name), extractor, rule));
    for (std::size_t agent : who.agents)
        if (std::find(who.acted_on.begin(), who.acted_on.end(), agent) == who.acted_on.end())
            event.relations.push_back(participation(doc, sentence, agent, "agent", extractor, rule));
    for (std::size_t place : who.places) {
        Relation r = participation(doc, sentence, place, "", extractor, rule);
        std::swap(r.subject, r.object);
        r.predicate = Predicate::LocatedIn;
        r.evidence.confidence = kPlace;
        event.relations.push_back(std::move(r));
    }
    return event;
}

// The places among `found`.
std::vector<std::size_t> places_only(const Document& doc, std::vector<std::size_t> found) {
    std::erase_if(found, [&](std::size_t e) { return doc.entities[e].cls != EntityClass::Place; });
    return found;
}

}  // namespace

std::vector<ActionEvent> find_action_events(const Document& doc, std::size_t sentence, const DependencyTree& tree,
                                            const Anchors& anchors, const std::vector<ActionKind>& kinds,
                                            std::string_view extractor, const EventDates& dates) {
    std::vector<ActionEvent> events;
    for (std::size_t w = 0; w < tree.size(); ++w) {
        const int word = static_cast<int>(w);
        Participants who;
        const ActionKind* kind = kind_of(kinds, tree, word);
        if (kind) {
            who.acted_on = of_kind(doc, *kind, participants(tree, anchors, word, {"obj", "nsubj:pass"}));
            who.agents = agents(tree, anchors, word, charged_act(tree, kinds, word));
            who.places = places(doc, tree, anchors, word);
        } else if ((kind = noun_kind_of(kinds, tree, word))) {
            // "the killing of Edwin Chiloba", "Bhutto's assassination", "the arrest of X by police in Lagos"
            who.acted_on = participants(tree, anchors, word, {"nmod"}, {"of"});
            for (std::size_t e : participants(tree, anchors, word, {"nmod:poss"})) who.acted_on.push_back(e);
            who.acted_on = of_kind(doc, *kind, who.acted_on);
            who.agents = participants(tree, anchors, word, {"nmod"}, {"by"});
            who.places = places_only(doc, participants(tree, anchors, word, {"nmod"}, {"in", "at", "near"}));
        }
        if (kind && !who.acted_on.empty())
            events.push_back(make_event(doc, sentence, tree, *kind, word, who, extractor, dates));
    }
    return events;
}

void add_action_events(Document& doc, std::vector<ActionEvent> events, std::string_view extractor) {
    for (ActionEvent& event : events) {
        const std::size_t index = doc.entities.size();
        Mention mention;
        mention.span = event.span;
        mention.cls = EntityClass::Event;
        mention.name = event.name;
        mention.confidence = kParticipant;
        mention.rule = std::string(extractor) + "/action-event";
        mention.entity = static_cast<int>(index);
        Entity entity;
        entity.cls = EntityClass::Event;
        entity.name = event.name;
        entity.confidence = kParticipant;
        entity.span = event.span;
        entity.date = event.date;
        entity.mentions.push_back(doc.mentions.size());
        doc.mentions.push_back(std::move(mention));
        doc.entities.push_back(std::move(entity));
        for (Relation& r : event.relations) {
            if (r.subject == kThisEvent) r.subject = index;
            if (r.object == kThisEvent) r.object = index;
            doc.relations.push_back(std::move(r));
        }
    }
}

}  // namespace newsgraph
