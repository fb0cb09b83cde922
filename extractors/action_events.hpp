// Law-enforcement actions, violence and agreements as events with their participants: "Police arrested
// Smith in Lagos" gives the Event "arrest of Smith", which Smith (role "arrested") and the police (role
// "agent") take part in and which is located in Lagos. The verbs are in ontology/patterns/action_events.tsv.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "extractors/event_dates.hpp"
#include "extractors/mention_anchors.hpp"

namespace newsgraph {

// One kind of action: its predicate, the event's name template ("arrest of {}"), the classes it acts on,
// the verbs (lemmas) that state it and the nouns that name it ("the killing of X", "X's arrest").
struct ActionKind {
    Predicate predicate = Predicate::Arrested;
    std::string name;
    std::vector<EntityClass> acted_on;
    std::vector<std::string> verbs;
    std::vector<std::string> nouns;
};

// An event found in a sentence, before it joins the document.
struct ActionEvent {
    std::string name;                 // "arrest of Daniel Montalvo"
    Span span;                        // the verb or noun
    std::vector<Relation> relations;  // participation and place; the event's index is filled in when it joins
    std::string date;                 // ISO 8601, when the verb's time phrase places it ("" otherwise)
};

// The kinds of ontology/patterns/action_events.tsv; a bad line is an Error naming file and line.
std::vector<ActionKind> load_action_kinds();

// The action events of one sentence, dated by `dates` against the article's date. `extractor` names the component
// in the evidence.
std::vector<ActionEvent> find_action_events(const Document& doc, std::size_t sentence, const DependencyTree& tree,
                                            const Anchors& anchors, const std::vector<ActionKind>& kinds,
                                            std::string_view extractor, const EventDates& dates);

// Adds the events to the document: an Event entity with one mention each, and their relations.
void add_action_events(Document& doc, std::vector<ActionEvent> events, std::string_view extractor);

}  // namespace newsgraph
