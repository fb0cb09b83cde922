// Anchors each entity mention at its head word, walks every pattern between anchors, and adds the
// relations found, with the title as role and "leads" for the titles that head an organization.
#include "extractors/dependency_relations.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/text.hpp"
#include "extractors/action_events.hpp"
#include "extractors/demonym_places.hpp"
#include "extractors/dependency_matcher.hpp"
#include "extractors/mention_anchors.hpp"
#include "extractors/national_offices.hpp"
#include "extractors/organization_references.hpp"
#include "extractors/place_references.hpp"
#include "extractors/region_relations.hpp"
#include "extractors/text_scan.hpp"
#include "language/phrase_index.hpp"

namespace newsgraph {

namespace {

// The one person a sentence names, or -1 when it names none or several.
int only_person(const Document& doc, const std::vector<const Mention*>& mentions) {
    int person = -1;
    for (const Mention* m : mentions) {
        if (doc.entities[static_cast<std::size_t>(m->entity)].cls != EntityClass::Person) continue;
        if (person >= 0 && person != m->entity) return -1;
        person = m->entity;
    }
    return person;
}

// The document's place entities by lexicon key.
std::unordered_map<std::string, int> places_by_key(const Document& doc) {
    std::unordered_map<std::string, int> places;
    for (std::size_t e = 0; e < doc.entities.size(); ++e)
        if (doc.entities[e].cls == EntityClass::Place && !doc.entities[e].key.empty())
            places.emplace(doc.entities[e].key, static_cast<int>(e));
    return places;
}

// The first and last word of the noun phrase a word heads: the words below it through modifiers, case
// markers and names, not through an apposition, a clause or a conjunct ("Public Works" of "of Public Works,
// Carolina Urrutia-Vial").
std::pair<int, int> phrase_words(const DependencyTree& tree, int head) {
    auto inside = [](const std::string& rel) {
        return rel == "case" || rel == "amod" || rel == "compound" || rel == "det" || rel.rfind("flat", 0) == 0;
    };
    int first = head;
    int last = head;
    for (std::size_t w = 0; w < tree.size(); ++w) {
        int at = static_cast<int>(w);
        for (std::size_t steps = 0; steps < tree.size() && at >= 0 && at != head && inside(tree.word(at).deprel);
             ++steps)
            at = tree.head(at);
        if (at != head) continue;
        first = std::min(first, static_cast<int>(w));
        last = std::max(last, static_cast<int>(w));
    }
    return {first, last};
}

// "Former Pakistani Prime Minister": a word of another office before the entity that stands before the title
// [first, last] still belongs to it ("Former Prime Minister"), with a space; "" when there is none.
std::string other_office_before(const DependencyTree& tree, const Anchors& anchors, int first, int last) {
    static const WordSet& other = word_list("other office");
    int at = first - 1;
    while (at >= 0 &&
           (anchors.named[static_cast<std::size_t>(at)] || anchors.entity[static_cast<std::size_t>(at)] >= 0))
        --at;
    if (at < 0 || at == first - 1 || !has(other, tree.lower_form(at))) return {};
    // (attached to the title, or an adjective the parse hung elsewhere: "Former U.S. President" read as a root)
    const int head = tree.word(at).head;
    if ((head < first || head > last) && tree.word(at).upos != "ADJ") return {};
    return tree.word(at).form + " ";
}

// The title at a role node: the node's words outside every name and the adjacent modifiers before them that
// name no entity ("Chief Constable", "national security adviser", "captain" of "captain Harry Kane"), as written.
std::string role_text(const Document& doc, const DependencyTree& tree, const Anchors& anchors, int node, int object) {
    auto [first, last] = tree.extent(node);
    auto named = [&](int w) { return anchors.named[static_cast<std::size_t>(w)]; };
    while (first < last && named(first)) ++first;
    while (last > first && named(last)) --last;
    for (int w = first; w <= last; ++w)
        if (named(w)) last = w - 1;  // the title ends where a name inside the group begins
    if (last < first || named(first)) return {};
    // "head of advocacy at Transparency International", "Minister of Public Works": an unnamed short "of" phrase
    // after the title, not reaching past the organization, belongs to the title.
    for (int child : tree.direct(node)) {
        if (child <= last || child == object || tree.word(child).deprel != "nmod") continue;
        auto [start, end] = phrase_words(tree, child);
        bool before_object = object < node || end < tree.extent(object).first;
        bool unnamed = true;
        for (int w = start; w <= end; ++w) unnamed = unnamed && !named(w) && tree.word(w).upos != "PUNCT";
        if (unnamed && before_object && start <= last + 2 && end - start < 3) last = end;
    }
    while (first > 0) {
        // "secretary-general", split into three words: the hyphen joins its first part to the title
        const bool hyphen = first >= 2 && tree.word(first - 1).form == "-" &&
                            tree.word(first - 2).span.end == tree.word(first - 1).span.begin;
        const int at = hyphen ? first - 2 : first - 1;
        const Word& before = tree.word(at);
        bool modifier = before.deprel == "compound" || before.deprel == "amod";
        bool attached = before.head >= first && before.head <= last;
        if (!modifier || !attached || named(at) || before.upos == "DET") break;
        first -= hyphen ? 2 : 1;
    }
    return other_office_before(tree, anchors, first, last) +
           std::string(doc.view(Span{tree.word(first).span.begin, tree.word(last).span.end}));
}

// "Minister of Public Works" and the article's "Ministry of Public Works": the body whose name is an organization
// noun and the title's own "of" phrase, or -1.
int body_of_title(const Document& doc, const std::string& role) {
    auto of = role.find(" of ");
    if (of == std::string::npos) return -1;
    const std::string tail = ascii_lower(role.substr(of));
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        const Entity& entity = doc.entities[e];
        if (entity.cls != EntityClass::Organization) continue;
        const std::string name = ascii_lower(entity.name);
        auto at = name.find(" of ");
        if (at != std::string::npos && name.substr(at) == tail && scan::is_organization_noun(name.substr(0, at)))
            return static_cast<int>(e);
    }
    return -1;
}

// True when the object node is a place that ends an organization's name the mentions left out
// ("Transparency International UK": the place, not the organization, would be related).
bool names_organization(const DependencyTree& tree, const Anchors& anchors, const Document& doc, int node) {
    for (int child : tree.direct(node)) {
        int entity = anchors.entity[static_cast<std::size_t>(child)];
        bool modifier = tree.word(child).deprel == "compound" || tree.word(child).deprel == "amod";
        // ("the Forward party": the noun stands for the organization that names it)
        if (entity == anchors.entity[static_cast<std::size_t>(node)]) continue;
        if (modifier && entity >= 0 && doc.entities[static_cast<std::size_t>(entity)].cls == EntityClass::Organization)
            return true;
    }
    return false;
}

// The same relation stated by the same sentence. A relation stated again by another sentence is kept: the graph
// gathers every sentence as evidence of one edge.
bool same_relation(const Relation& a, const Relation& b) {
    if (a.predicate != b.predicate) return false;
    if (a.evidence.span.begin != b.evidence.span.begin || a.evidence.span.end != b.evidence.span.end) return false;
    bool forward = a.subject == b.subject && a.object == b.object;
    bool backward = info(a.predicate).symmetric && a.subject == b.object && a.object == b.subject;
    if (!forward && !backward) return false;
    // A title found twice ("spokesperson", "State Department spokesperson") is one position.
    std::string x = ascii_lower(a.role), y = ascii_lower(b.role);
    return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

// Appends each of `relations` that `doc` does not hold yet.
void append_new(Document& doc, std::vector<Relation> relations) {
    for (Relation& r : relations)
        if (std::none_of(doc.relations.begin(), doc.relations.end(),
                         [&](const Relation& existing) { return same_relation(existing, r); }))
            doc.relations.push_back(std::move(r));
}

void add_unique(std::vector<Relation>& relations, Relation relation) {
    for (const Relation& r : relations)
        if (same_relation(r, relation)) return;
    relations.push_back(std::move(relation));
}

}  // namespace

DependencyRelations::DependencyRelations() : DependencyRelations(load_gazetteer()) {}

DependencyRelations::DependencyRelations(std::shared_ptr<const Gazetteer> gazetteer)
    : DependencyRelations(load_dependency_patterns(), std::move(gazetteer)) {}

DependencyRelations::DependencyRelations(std::vector<DependencyPattern> patterns,
                                         std::shared_ptr<const Gazetteer> gazetteer)
    : patterns_(std::move(patterns)),
      lists_(WordLists::shared()),
      gazetteer_(std::move(gazetteer)),
      kinds_(load_action_kinds()) {}

int DependencyRelations::place_rank(const Document& doc, int entity) const {
    const Entity& e = doc.entities[static_cast<std::size_t>(entity)];
    const GazetteerEntry* entry = e.key.empty() ? nullptr : gazetteer_->find_key(e.key);
    if (!entry || entry->kind == "sea") return 0;
    if (entry->kind == "city") return 1;
    if (entry->kind == "country") return kCountry;
    if (entry->kind == "continent") return 4;
    return 2;  // a state, region or ISO subdivision
}

void DependencyRelations::smaller_place_first(const Document& doc, int& subject, int& object) const {
    const int inner = place_rank(doc, subject);
    const int outer = place_rank(doc, object);
    if (outer > 0 && inner > outer) std::swap(subject, object);
}

bool DependencyRelations::local_nationality(const Document& doc, Predicate predicate, int place) const {
    // a nationality is a country's; of a known city or region the same words say where a person lives
    // ("Houston's Carl Lewis")
    const int rank = place_rank(doc, place);
    return predicate == Predicate::Nationality && (rank == 1 || rank == 2);
}

NodeLexicon DependencyRelations::lexicon(const std::vector<bool>& named, std::string_view text) const {
    NodeLexicon lexicon;
    lexicon.in_list = [this](const std::string& list, const std::string& lemma) {
        return has(lists_->get(list), lemma);
    };
    // A title node: its first or last word outside every name ends a known title ("Prime Minister",
    // "Chief Constable", "captain" in "captain Harry Kane" when the parse groups them).
    lexicon.is_title = [this, &named](const DependencyTree& tree, int node) {
        auto [first, last] = tree.extent(node);
        for (int w : {last, first})
            if (!named[static_cast<std::size_t>(w)] && titles_.ends_title(tree.lower_form(w))) return true;
        return false;
    };
    lexicon.is_demonym = [this, text](const DependencyTree& tree, int node) {
        auto hit = gazetteer_->match_word(text, tree.word(node).span, EntityClass::Place);
        return hit && hit->demonym;
    };
    return lexicon;
}

namespace {

// True when an organization's mention in `sentence` holds `span` and more ("England" of "Bank of England").
bool inside_organization_name(const Document& doc, Span sentence, Span span) {
    return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
        return m.cls == EntityClass::Organization && sentence.contains(m.span) && m.span.contains(span) &&
               m.span.size() > span.size();
    });
}

}  // namespace

void DependencyRelations::find_in_sentence(const Document& doc, std::size_t index, const DependencyTree& tree,
                                           const Anchors& anchors, std::vector<Relation>& found) const {
    const Sentence& sentence = doc.sentences[index];
    const NodeLexicon lexicon = this->lexicon(anchors.named, doc.text);
    auto class_of = [&](int entity) { return doc.entities[static_cast<std::size_t>(entity)].cls; };
    WalkBuffers buffers;
    std::vector<std::size_t> anchored;  // the few nodes a path can start from
    for (std::size_t node = 0; node < tree.size(); ++node)
        if (anchors.entity[node] >= 0) anchored.push_back(node);
    for (const DependencyPattern& pattern : patterns_) {
        for (std::size_t node : anchored) {
            int subject = anchors.entity[node];
            if (!scan::class_in(class_of(subject), pattern.subjects)) continue;
            for (const PathMatch& match : match_path(tree, pattern.path, static_cast<int>(node), lexicon, buffers)) {
                const std::size_t end = static_cast<std::size_t>(match.end);
                int object = anchors.entity[end];
                if (object < 0 || object == subject || !scan::class_in(class_of(object), pattern.objects)) continue;
                // an event keeps the organization that names it ("the EFCC raids", "a Senate hearing")
                if (class_of(object) != EntityClass::Event && names_organization(tree, anchors, doc, match.end))
                    continue;
                // A place inside the subject's own name counts only when it is a country ("the US State
                // Department", "the Indonesian Navy"), not a city or region ("Colorado State University"),
                // unless the subject is an event, held where its name says ("the Boston Marathon").
                if (anchors.span[node].contains(anchors.span[end]) && place_rank(doc, object) != kCountry &&
                    class_of(subject) != EntityClass::Event)
                    continue;
                // "Bank of England Governor Andrew Bailey": a place inside an organization's name is no office's
                if ((pattern.predicate == Predicate::HoldsPosition || pattern.predicate == Predicate::Leads) &&
                    inside_organization_name(doc, sentence.span, anchors.span[end]))
                    continue;
                if (pattern.predicate == Predicate::LocatedIn) {
                    // two cities or two countries are a list, not one in the other ("Paris, London and Berlin")
                    const int rank = place_rank(doc, subject);
                    if (rank == place_rank(doc, object) && (rank == 1 || rank >= kCountry)) continue;
                    smaller_place_first(doc, subject, object);
                }
                Relation r;
                r.subject = static_cast<std::size_t>(subject);
                const bool local = local_nationality(doc, pattern.predicate, object);
                r.predicate = local ? Predicate::ResidentOf : pattern.predicate;
                r.object = static_cast<std::size_t>(object);
                if (match.role >= 0) r.role = role_text(doc, tree, anchors, match.role, match.end);
                // A relation of a pronoun is as sure as the pattern and the pronoun's reading together.
                bool pronoun = anchors.pronoun[node] || anchors.pronoun[end];
                bool reference = anchors.reference[node] || anchors.reference[end];
                // one end named: not two references, nor a reference and a pronoun
                if (reference && (pronoun || anchors.reference[node] == anchors.reference[end])) continue;
                std::string rule = pattern.rule + (local ? "+local" : "") + (pronoun ? "+pronoun" : "") +
                                   (reference ? "+reference" : "");
                r.evidence = scan::make_evidence(
                    doc, sentence.span, pattern.confidence * (pronoun || reference ? 0.85 : 1.0), name(), rule);
                add_unique(found, std::move(r));
            }
        }
    }
}

void DependencyRelations::anchor_known_places(const Document& doc, const DependencyTree& tree,
                                              const std::unordered_map<std::string, int>& places,
                                              Anchors& anchors) const {
    // "the Indonesian Navy", "the Saudi Interior Ministry": a place word inside a longer name, or a
    // demonym, that no mention of its own covers, stands for the place when the article names that place.
    std::vector<Span> spans;
    std::vector<std::string> folded;
    for (std::size_t w = 0; w < tree.size(); ++w) {
        spans.push_back(tree.word(static_cast<int>(w)).span);
        folded.push_back(fold_token(doc.view(spans.back())));
    }
    for (std::size_t w = 0; w < tree.size(); ++w) {
        const std::size_t node = static_cast<std::size_t>(tree.node_of(static_cast<int>(w)));
        const Word& word = tree.word(static_cast<int>(w));
        if (anchors.entity[node] >= 0 || (word.upos != "ADJ" && word.upos != "PROPN")) continue;
        auto hit = gazetteer_->match(doc.text, spans, folded, w, EntityClass::Place, 3);
        if (!hit) continue;
        auto place = places.find(hit->entry->key);
        if (place == places.end()) continue;
        anchors.entity[node] = place->second;
        anchors.span[node] = Span{spans[w].begin, spans[w + hit->length - 1].end};
        w += hit->length - 1;
    }
}

void DependencyRelations::anchor_pronouns(const Document& doc, const DependencyTree& tree,
                                          const std::vector<const Mention*>& mentions, int person,
                                          Anchors& anchors) const {
    // "Valeska Paris ... . She joined the Sea Org": a subject or object pronoun stands for the one person the
    // sentence before names, when its own sentence names no person before it.
    if (person < 0) return;
    const WordSet& pronouns = lists_->get("person reference pronoun");
    for (std::size_t w = 0; w < tree.size(); ++w) {
        const Word& word = tree.word(static_cast<int>(w));
        bool argument = tree.relation(static_cast<int>(w)) == "nsubj" ||
                        tree.relation(static_cast<int>(w)) == "nsubj:pass" || word.deprel == "obj";
        if (word.upos != "PRON" || !argument || !has(pronouns, tree.lower_form(static_cast<int>(w)))) continue;
        bool named_before = std::any_of(mentions.begin(), mentions.end(), [&](const Mention* m) {
            return m->span.begin < word.span.begin &&
                   doc.entities[static_cast<std::size_t>(m->entity)].cls == EntityClass::Person;
        });
        if (named_before) return;
        anchors.entity[w] = person;
        anchors.span[w] = word.span;
        anchors.pronoun[w] = true;
    }
}

namespace {

// True when a word of `role` makes it another office than the title it ends in ("former president", "vice
// chairman", "shadow chancellor"): its holder does not lead.
bool names_other_office(const std::string& role) {
    static const WordSet& other_office = word_list("other office");
    std::string folded = ascii_lower(role);
    for (std::size_t at = 0; at < folded.size();) {
        std::size_t end = std::min(folded.find_first_of(" -", at), folded.size());
        if (has(other_office, std::string_view(folded).substr(at, end - at))) return true;
        at = end + 1;
    }
    return false;
}

}  // namespace

void DependencyRelations::add_leads(Document& doc) const {
    std::vector<Relation> leads;
    for (const Relation& r : doc.relations) {
        if (r.predicate != Predicate::HoldsPosition || r.role.empty()) continue;
        if (titles_.kind(ascii_lower(r.role)) != TitleKind::Leader || names_other_office(r.role)) continue;
        Relation lead = r;
        lead.predicate = Predicate::Leads;
        lead.role.clear();
        lead.evidence.extractor = std::string(name());
        lead.evidence.rule = "leads/title";
        add_unique(leads, std::move(lead));
    }
    append_new(doc, std::move(leads));
}

void DependencyRelations::add_office_residences(Document& doc) const {
    std::vector<Relation> residences;
    for (const Relation& r : doc.relations) {
        if (r.predicate != Predicate::HoldsPosition || r.role.empty()) continue;
        const int rank = place_rank(doc, static_cast<int>(r.object));
        if (doc.entities[r.object].cls != EntityClass::Place || rank < 1 || rank > 2) continue;
        if (titles_.kind(ascii_lower(r.role)) != TitleKind::Leader) continue;
        Relation residence = r;
        residence.predicate = Predicate::ResidentOf;
        residence.role.clear();
        residence.evidence.confidence = r.evidence.confidence * 0.85;
        residence.evidence.extractor = std::string(name());
        residence.evidence.rule = "resident/leading-office";
        add_unique(residences, std::move(residence));
    }
    append_new(doc, std::move(residences));
}

void DependencyRelations::add_bodies_of_titles(Document& doc) const {
    std::vector<Relation> bodies;
    for (const Relation& r : doc.relations) {
        if (r.predicate != Predicate::HoldsPosition) continue;
        int body = body_of_title(doc, r.role);
        if (body < 0 || static_cast<std::size_t>(body) == r.object) continue;
        Relation position = r;
        position.object = static_cast<std::size_t>(body);
        position.evidence.rule += "+body";
        bodies.push_back(std::move(position));
    }
    append_new(doc, std::move(bodies));
}

void DependencyRelations::run(Document& doc) const {
    const auto by_sentence = mentions_by_sentence(doc);
    auto places = places_by_key(doc);
    const auto event_words = events_by_name_word(doc);  // the walk adds no event or threat
    std::vector<Mention> demonyms;  // mentions of places named by a demonym alone, added after the walk
    std::vector<Relation> found;
    std::vector<ActionEvent> events;
    const PlaceReferenceWords place_words{lists_->get("city noun"), lists_->get("country noun"),
                                          lists_->get("region noun"), lists_->get("public office")};
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        const int previous_person = s > 0 ? only_person(doc, by_sentence[s - 1]) : -1;
        if (doc.sentences[s].words.empty() || by_sentence[s].size() + (previous_person >= 0) == 0) continue;
        DependencyTree tree(doc.sentences[s], mention_spans(by_sentence[s]));
        Anchors anchors = anchor_mentions(tree, by_sentence[s]);
        anchor_known_places(doc, tree, places, anchors);
        anchor_demonym_places(doc, tree, *gazetteer_, places, anchors, demonyms);
        if (s > 0) anchor_pronouns(doc, tree, by_sentence[s], previous_person, anchors);
        anchor_organization_pronouns(doc, tree, lists_->get("organization speaker pronoun"), anchors);
        anchor_named_organization_nouns(doc, tree, lists_->get("organization noun"), anchors);
        anchor_organization_references(doc, tree, lists_->get("organization noun"),
                                       lists_->get("generic organization noun"), anchors);
        anchor_place_references(doc, tree, place_words, *gazetteer_, anchors);
        anchor_event_references(tree, event_words, anchors);
        find_in_sentence(doc, s, tree, anchors, found);
        for (ActionEvent& event : find_action_events(doc, s, tree, anchors, kinds_, name(), dates_))
            events.push_back(std::move(event));
    }
    for (Relation& r : named_region_relations(doc, name())) add_unique(found, std::move(r));
    for (Relation& r : party_state_relations(doc, name())) add_unique(found, std::move(r));
    for (Relation& r : place_compound_relations(doc, name())) add_unique(found, std::move(r));
    for (Relation& r : birthplace_compound_relations(doc, name())) add_unique(found, std::move(r));
    for (Relation& r : age_place_relations(doc, name())) add_unique(found, std::move(r));
    for (Mention& m : demonyms) {
        doc.entities[static_cast<std::size_t>(m.entity)].mentions.push_back(doc.mentions.size());
        doc.mentions.push_back(std::move(m));
    }
    append_new(doc, std::move(found));
    // (after the positions the text states: a person given one in the sentence keeps it alone)
    append_new(doc, national_office_relations(doc, *gazetteer_, name()));
    add_action_events(doc, std::move(events), name());
    drop_subsumed_relations(doc);
    add_bodies_of_titles(doc);
    add_leads(doc);
    add_office_residences(doc);
}

void DependencyRelations::drop_subsumed_relations(Document& doc) const {
    // The same pair by `predicate` from the same sentence.
    auto said_also = [&](const Relation& m, Predicate predicate) {
        return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
            return r.predicate == predicate && r.subject == m.subject && r.object == m.object &&
                   r.evidence.span.begin == m.evidence.span.begin && r.evidence.span.end == m.evidence.span.end;
        });
    };
    // The parse's base of the same place in the same sentence, for another organization ("published in the journal
    // Nature Medicine, funded by the Foundation, a charity based in Glasgow": the cue phrase took the first name).
    auto based_otherwise = [&](const Relation& m) {
        return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
            return r.predicate == Predicate::BasedIn && r.evidence.extractor == name() && r.object == m.object &&
                   r.subject != m.subject && r.evidence.span.begin == m.evidence.span.begin &&
                   r.evidence.span.end == m.evidence.span.end;
        });
    };
    // A sentence that gives a person a title in an organization says more than that the person belongs to it; one
    // that says a person was shot to death, more than that the person was shot.
    std::vector<bool> drop(doc.relations.size(), false);
    for (std::size_t i = 0; i < doc.relations.size(); ++i) {
        const Relation& r = doc.relations[i];
        drop[i] = (r.predicate == Predicate::MemberOf && r.evidence.extractor == name() &&
                   said_also(r, Predicate::HoldsPosition)) ||
                  (r.predicate == Predicate::Injured && said_also(r, Predicate::Killed)) ||
                  (r.predicate == Predicate::BasedIn && r.evidence.extractor != name() && based_otherwise(r));
    }
    std::vector<Relation> kept;
    kept.reserve(doc.relations.size());
    for (std::size_t i = 0; i < doc.relations.size(); ++i)
        if (!drop[i]) kept.push_back(std::move(doc.relations[i]));
    doc.relations = std::move(kept);
}

}  // namespace newsgraph
