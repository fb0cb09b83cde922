// Relations about threats, goals and events read from the dependency parse: fighting and protecting against a
// threat, acting under a goal, telling a body, attacks on a target, units at an organization, working with a
// partner and running an operation; each on a hand-built parse, with the near misses that must give nothing.
#include <algorithm>
#include <tuple>

#include "extractors/dependency_relations.hpp"
#include "tests/extractors/parse_builder.hpp"
#include "tests/extractors/relation_lines.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using newsgraph::testing::has;
using newsgraph::testing::ParsedSentence;

namespace {

// The relations the component adds, as "subject predicate object".
std::vector<std::string> relations_of(Document& doc) {
    DependencyRelations().run(doc);
    return testing::sorted_relation_lines(doc, testing::relation_line);
}

using Entities = std::vector<std::tuple<EntityClass, std::string, std::size_t, std::size_t>>;

// The relations of one parsed sentence with its entities.
std::vector<std::string> relations_of(const std::vector<std::string>& rows, const Entities& entities) {
    ParsedSentence s(rows);
    for (const auto& [cls, name, first, last] : entities) s.entity(cls, name, first, last);
    return relations_of(s.doc);
}

// Whether any relation has this predicate.
bool has_predicate(const std::vector<std::string>& lines, const std::string& predicate) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(" " + predicate + " ") != std::string::npos; });
}

using C = EntityClass;

}  // namespace

TEST_CASE("counters: an organization's fight against a threat, and acting to protect against one", "[dependency]") {
    // Europol 's fight against cybercrime
    CHECK(has(relations_of({"Europol/Europol/PROPN/3/nmod:poss", "'s/'s/PART/1/case", "fight/fight/NOUN/0/root",
                            "against/against/ADP/5/case", "cybercrime/cybercrime/NOUN/3/nmod"},
                           {{C::Organization, "Europol", 1, 1}, {C::Threat, "cybercrime", 5, 5}}),
              "Europol counters cybercrime"));
    // the Climate Fund to protect against flooding
    CHECK(has(relations_of({"the/the/DET/3/det", "Climate/Climate/PROPN/3/compound", "Fund/Fund/PROPN/0/root",
                            "to/to/PART/5/mark", "protect/protect/VERB/3/acl", "against/against/ADP/7/case",
                            "flooding/flooding/NOUN/5/obl"},
                           {{C::Organization, "Climate Fund", 2, 3}, {C::Threat, "flooding", 7, 7}}),
              "Climate Fund counters flooding"));
    // The Bank set up a fund to protect against drought
    CHECK(
        has(relations_of({"The/the/DET/2/det", "Bank/Bank/PROPN/3/nsubj", "set/set/VERB/0/root",
                          "up/up/ADP/3/compound:prt", "a/a/DET/6/det", "fund/fund/NOUN/3/obj", "to/to/PART/8/mark",
                          "protect/protect/VERB/3/advcl", "against/against/ADP/10/case", "drought/drought/NOUN/8/obl"},
                         {{C::Organization, "Bank", 2, 2}, {C::Threat, "drought", 10, 10}}),
            "Bank counters drought"));
    // near miss: Europol 's report on cybercrime (a report is no fight)
    CHECK_FALSE(has_predicate(
        relations_of({"Europol/Europol/PROPN/3/nmod:poss", "'s/'s/PART/1/case", "report/report/NOUN/0/root",
                      "on/on/ADP/5/case", "cybercrime/cybercrime/NOUN/3/nmod"},
                     {{C::Organization, "Europol", 1, 1}, {C::Threat, "cybercrime", 5, 5}}),
        "counters"));
}

TEST_CASE("pursues: an organization acting under a goal, not a person held under a law", "[dependency]") {
    // The Fund was created under the Framework
    CHECK(has(relations_of({"The/the/DET/2/det", "Fund/Fund/PROPN/4/nsubj:pass", "was/be/AUX/4/aux:pass",
                            "created/create/VERB/0/root", "under/under/ADP/7/case", "the/the/DET/7/det",
                            "Framework/Framework/PROPN/4/obl"},
                           {{C::Organization, "Fund", 2, 2}, {C::Goal, "Framework", 7, 7}}),
              "Fund pursues Framework"));
    // near miss: Smith was arrested under the Act
    CHECK_FALSE(has_predicate(
        relations_of({"Smith/Smith/PROPN/3/nsubj:pass", "was/be/AUX/3/aux:pass", "arrested/arrest/VERB/0/root",
                      "under/under/ADP/6/case", "the/the/DET/6/det", "Act/Act/PROPN/3/obl"},
                     {{C::Person, "Smith", 1, 1}, {C::Goal, "Act", 6, 6}}),
        "pursues"));
}

TEST_CASE("pursues: a signatory to a goal, a country's own strategy, a priority under a strategy", "[dependency]") {
    // Ghana is a signatory to the Agenda
    CHECK(has(relations_of(
                  {"Ghana/Ghana/PROPN/4/nsubj", "is/be/AUX/4/cop", "a/a/DET/4/det", "signatory/signatory/NOUN/0/root",
                   "to/to/ADP/7/case", "the/the/DET/7/det", "Agenda/agenda/NOUN/4/nmod"},
                  {{C::Place, "Ghana", 1, 1}, {C::Goal, "Agenda", 7, 7}}),
              "Ghana pursues Agenda"));
    // Nigeria 's Strategy commits ...
    CHECK(has(relations_of({"Nigeria/Nigeria/PROPN/3/nmod:poss", "'s/'s/PART/1/case", "Strategy/strategy/NOUN/4/nsubj",
                            "commits/commit/VERB/0/root"},
                           {{C::Place, "Nigeria", 1, 1}, {C::Goal, "Strategy", 3, 3}}),
              "Nigeria pursues Strategy"));
    // The Ministry made ports a priority under the Strategy
    CHECK(has(relations_of({"The/the/DET/2/det", "Ministry/Ministry/PROPN/3/nsubj", "made/make/VERB/0/root",
                            "ports/port/NOUN/3/obj", "a/a/DET/6/det", "priority/priority/NOUN/3/xcomp",
                            "under/under/ADP/9/case", "the/the/DET/9/det", "Strategy/Strategy/PROPN/6/nmod"},
                           {{C::Organization, "Ministry", 2, 2}, {C::Goal, "Strategy", 9, 9}}),
              "Ministry pursues Strategy"));
    // near misses: a party to a lawsuit is no goal's; a person held under the Act's terms
    CHECK_FALSE(has_predicate(
        relations_of({"Ghana/Ghana/PROPN/4/nsubj", "is/be/AUX/4/cop", "a/a/DET/4/det", "party/party/NOUN/0/root",
                      "to/to/ADP/7/case", "the/the/DET/7/det", "Exxon/Exxon/PROPN/4/nmod"},
                     {{C::Place, "Ghana", 1, 1}, {C::Organization, "Exxon", 7, 7}}),
        "pursues"));
    CHECK_FALSE(
        has_predicate(relations_of({"Smith/Smith/PROPN/2/nsubj", "kept/keep/VERB/0/root", "records/record/NOUN/2/obj",
                                    "under/under/ADP/6/case", "the/the/DET/6/det", "Act/Act/PROPN/3/nmod"},
                                   {{C::Person, "Smith", 1, 1}, {C::Goal, "Act", 6, 6}}),
                      "pursues"));
}

TEST_CASE("addressed: telling a parliament or a summit, not a news agency", "[dependency]") {
    // Kowalski told the Parliament that ...
    const std::vector<std::string> told = {
        "Kowalski/Kowalski/PROPN/2/nsubj",    "told/tell/VERB/0/root",  "the/the/DET/4/det",
        "Parliament/parliament/PROPN/2/iobj", "that/that/SCONJ/6/mark", "agreed/agree/VERB/2/ccomp"};
    CHECK(has(relations_of(told, {{C::Person, "Kowalski", 1, 1}, {C::Organization, "Parliament", 4, 4}}),
              "Kowalski addressed Parliament"));
    // near miss: Kowalski told Reuters that ...
    CHECK_FALSE(has_predicate(
        relations_of({"Kowalski/Kowalski/PROPN/2/nsubj", "told/tell/VERB/0/root", "Reuters/Reuters/PROPN/2/obj",
                      "that/that/SCONJ/5/mark", "agreed/agree/VERB/2/ccomp"},
                     {{C::Person, "Kowalski", 1, 1}, {C::Organization, "Reuters", 3, 3}}),
        "addressed"));
}

TEST_CASE("addressed: appearing before a committee, not in court", "[dependency]") {
    // Brennan appeared before the Committee
    CHECK(has(relations_of({"Brennan/Brennan/PROPN/2/nsubj", "appeared/appear/VERB/0/root", "before/before/ADP/5/case",
                            "the/the/DET/5/det", "Committee/committee/PROPN/2/obl"},
                           {{C::Person, "Brennan", 1, 1}, {C::Organization, "Committee", 5, 5}}),
              "Brennan addressed Committee"));
    // near misses: a defendant appears before or at a court
    for (const char* preposition : {"before", "at"}) {
        INFO(preposition);
        CHECK_FALSE(has_predicate(relations_of({"Dennett/Dennett/PROPN/2/nsubj", "appeared/appear/VERB/0/root",
                                                std::string(preposition) + "/" + preposition + "/ADP/5/case",
                                                "Crown/Crown/PROPN/5/compound", "Court/court/PROPN/2/obl"},
                                               {{C::Person, "Dennett", 1, 1}, {C::Organization, "Crown Court", 4, 5}}),
                                  "addressed"));
    }
}

TEST_CASE("targets: attacks launched or carried out on a target", "[dependency]") {
    // Lazarus launched attacks on Sony
    CHECK(has(relations_of({"Lazarus/Lazarus/PROPN/2/nsubj", "launched/launch/VERB/0/root", "attacks/attack/NOUN/2/obj",
                            "on/on/ADP/5/case", "Sony/Sony/PROPN/3/nmod"},
                           {{C::Organization, "Lazarus", 1, 1}, {C::Organization, "Sony", 5, 5}}),
              "Lazarus targets Sony"));
    // Anonymous carried out attacks on the Pentagon (the "on" phrase hung on the verb)
    CHECK(has(relations_of({"Anonymous/Anonymous/PROPN/2/nsubj", "carried/carry/VERB/0/root",
                            "out/out/ADP/2/compound:prt", "attacks/attack/NOUN/2/obj", "on/on/ADP/7/case",
                            "the/the/DET/7/det", "Pentagon/Pentagon/PROPN/2/obl"},
                           {{C::Organization, "Anonymous", 1, 1}, {C::Organization, "Pentagon", 7, 7}}),
              "Anonymous targets Pentagon"));
    // near miss: Lazarus launched a website on Sony (no attack)
    CHECK_FALSE(has_predicate(relations_of({"Lazarus/Lazarus/PROPN/2/nsubj", "launched/launch/VERB/0/root",
                                            "website/website/NOUN/2/obj", "on/on/ADP/5/case", "Sony/Sony/PROPN/3/nmod"},
                                           {{C::Organization, "Lazarus", 1, 1}, {C::Organization, "Sony", 5, 5}}),
                              "targets"));
}

TEST_CASE("partOf: a centre or unit at an organization, not a reporter at one", "[dependency]") {
    // the Cybercrime Centre at Europol
    CHECK(has(relations_of({"the/the/DET/3/det", "Cybercrime/Cybercrime/PROPN/3/compound", "Centre/centre/PROPN/0/root",
                            "at/at/ADP/5/case", "Europol/Europol/PROPN/3/nmod"},
                           {{C::Organization, "Cybercrime Centre", 2, 3}, {C::Organization, "Europol", 5, 5}}),
              "Cybercrime Centre partOf Europol"));
    // near miss: Reuters at the United Nations
    CHECK_FALSE(has_predicate(
        relations_of({"Reuters/Reuters/PROPN/0/root", "at/at/ADP/4/case", "the/the/DET/4/det", "UN/UN/PROPN/1/nmod"},
                     {{C::Organization, "Reuters", 1, 1}, {C::Organization, "UN", 4, 4}}),
        "partOf"));
}

TEST_CASE("partnerOf: an organization working with another, not a person", "[dependency]") {
    // the FBI worked with the NCA
    CHECK(has(relations_of({"the/the/DET/2/det", "FBI/FBI/PROPN/3/nsubj", "worked/work/VERB/0/root",
                            "with/with/ADP/6/case", "the/the/DET/6/det", "NCA/NCA/PROPN/3/obl"},
                           {{C::Organization, "FBI", 2, 2}, {C::Organization, "NCA", 6, 6}}),
              "FBI partnerOf NCA"));
    // Microsoft , which works with the Pentagon
    CHECK(has(relations_of({"Microsoft/Microsoft/PROPN/0/root", ",/,/PUNCT/4/punct", "which/which/PRON/4/nsubj",
                            "works/work/VERB/1/acl:relcl", "with/with/ADP/7/case", "the/the/DET/7/det",
                            "Pentagon/Pentagon/PROPN/4/obl"},
                           {{C::Organization, "Microsoft", 1, 1}, {C::Organization, "Pentagon", 7, 7}}),
              "Microsoft partnerOf Pentagon"));
    // near miss: Smith worked with UNICEF (a person works for it)
    CHECK_FALSE(has_predicate(relations_of({"Smith/Smith/PROPN/2/nsubj", "worked/work/VERB/0/root",
                                            "with/with/ADP/4/case", "UNICEF/UNICEF/PROPN/2/obl"},
                                           {{C::Person, "Smith", 1, 1}, {C::Organization, "UNICEF", 4, 4}}),
                              "partnerOf"));
}

TEST_CASE("participatesIn: an operation coordinated or run by an organization, and with a partner", "[dependency]") {
    // Operation Sentinel coordinated by Europol
    CHECK(
        has(relations_of({"Operation/Operation/PROPN/0/root", "Sentinel/Sentinel/PROPN/1/flat",
                          "coordinated/coordinate/VERB/1/acl", "by/by/ADP/5/case", "Europol/Europol/PROPN/3/obl:agent"},
                         {{C::Event, "Operation Sentinel", 1, 2}, {C::Organization, "Europol", 5, 5}}),
            "Europol participatesIn Operation Sentinel"));
    // Operation Sentinel , an operation led by Interpol
    CHECK(has(relations_of({"Operation/Operation/PROPN/0/root", "Sentinel/Sentinel/PROPN/1/flat", ",/,/PUNCT/5/punct",
                            "an/a/DET/5/det", "operation/operation/NOUN/1/appos", "led/lead/VERB/5/acl",
                            "by/by/ADP/8/case", "Interpol/Interpol/PROPN/6/obl:agent"},
                           {{C::Event, "Operation Sentinel", 1, 2}, {C::Organization, "Interpol", 8, 8}}),
              "Interpol participatesIn Operation Sentinel"));
    // the Drive , run by WHO with UNICEF: both take part
    const auto run = relations_of(
        {"the/the/DET/2/det", "Drive/Drive/PROPN/0/root", ",/,/PUNCT/4/punct", "run/run/VERB/2/acl", "by/by/ADP/6/case",
         "WHO/WHO/PROPN/4/obl:agent", "with/with/ADP/8/case", "UNICEF/UNICEF/PROPN/4/obl"},
        {{C::Event, "Drive", 2, 2}, {C::Organization, "WHO", 6, 6}, {C::Organization, "UNICEF", 8, 8}});
    CHECK(has(run, "WHO participatesIn Drive"));
    CHECK(has(run, "UNICEF participatesIn Drive"));
    // near miss: the Drive , run with UNICEF (no "by": who ran it is not said)
    CHECK_FALSE(has_predicate(relations_of({"the/the/DET/2/det", "Drive/Drive/PROPN/0/root", ",/,/PUNCT/4/punct",
                                            "run/run/VERB/2/acl", "with/with/ADP/6/case", "UNICEF/UNICEF/PROPN/4/obl"},
                                           {{C::Event, "Drive", 2, 2}, {C::Organization, "UNICEF", 6, 6}}),
                              "participatesIn"));
}

TEST_CASE("every conjunct of a passive agent is an agent", "[dependency]") {
    // Operation Sentinel was coordinated by Europol and Interpol
    CHECK(relations_of({"Operation/Operation/PROPN/4/nsubj:pass", "Sentinel/Sentinel/PROPN/1/flat",
                        "was/be/AUX/4/aux:pass", "coordinated/coordinate/VERB/0/root", "by/by/ADP/6/case",
                        "Europol/Europol/PROPN/4/obl:agent", "and/and/CCONJ/8/cc", "Interpol/Interpol/PROPN/6/conj"},
                       {{C::Event, "Operation Sentinel", 1, 2},
                        {C::Organization, "Europol", 6, 6},
                        {C::Organization, "Interpol", 8, 8}}) ==
          std::vector<std::string>{"Europol participatesIn Operation Sentinel",
                                   "Interpol participatesIn Operation Sentinel"});
}

TEST_CASE("'the operation' stands for the one event named 'Operation ...', 'the summit' for '... Summit'",
          "[dependency]") {
    // Operation Sentinel began . The operation was coordinated by Europol .
    ParsedSentence s(
        {"Operation/Operation/PROPN/3/nsubj", "Sentinel/Sentinel/PROPN/1/flat", "began/begin/VERB/0/root"});
    s.add_sentence({"The/the/DET/2/det", "operation/operation/NOUN/4/nsubj:pass", "was/be/AUX/4/aux:pass",
                    "coordinated/coordinate/VERB/0/root", "by/by/ADP/6/case", "Europol/Europol/PROPN/4/obl:agent"});
    s.entity(C::Event, "Operation Sentinel", 1, 2);
    s.entity(C::Organization, "Europol", 9, 9);
    CHECK(relations_of(s.doc) == std::vector<std::string>{"Europol participatesIn Operation Sentinel"});

    // The G20 Summit opened . Rutte told the summit that ...
    ParsedSentence t(
        {"The/the/DET/3/det", "G20/G20/PROPN/3/compound", "Summit/summit/PROPN/4/nsubj", "opened/open/VERB/0/root"});
    t.add_sentence({"Rutte/Rutte/PROPN/2/nsubj", "told/tell/VERB/0/root", "the/the/DET/4/det",
                    "summit/summit/NOUN/2/iobj", "that/that/SCONJ/6/mark", "agreed/agree/VERB/2/ccomp"});
    t.entity(C::Event, "G20 Summit", 2, 3);
    t.entity(C::Person, "Rutte", 5, 5);
    CHECK(relations_of(t.doc) == std::vector<std::string>{"Rutte addressed G20 Summit"});

    // near miss: two events named "Operation ...": "the operation" stands for neither
    ParsedSentence u({"Operation/Operation/PROPN/5/nsubj", "Sentinel/Sentinel/PROPN/1/flat", "and/and/CCONJ/4/cc",
                      "Operation/Operation/PROPN/1/conj", "ended/end/VERB/0/root"});
    u.add_sentence({"The/the/DET/2/det", "operation/operation/NOUN/4/nsubj:pass", "was/be/AUX/4/aux:pass",
                    "coordinated/coordinate/VERB/0/root", "by/by/ADP/6/case", "Europol/Europol/PROPN/4/obl:agent"});
    u.entity(C::Event, "Operation Sentinel", 1, 2);
    u.entity(C::Event, "Operation Harbour", 4, 4);
    u.entity(C::Organization, "Europol", 11, 11);
    CHECK(relations_of(u.doc).empty());
}

TEST_CASE("counters: acting in a crackdown on a threat, or launching one against it", "[dependency]") {
    const Entities police_fraud = {{C::Organization, "Police", 1, 1}, {C::Threat, "fraud", 8, 8}};
    // Police arrested 30 in a crackdown on fraud
    CHECK(has(relations_of(
                  {"Police/police/PROPN/2/nsubj", "arrested/arrest/VERB/0/root", "30/30/NUM/2/obj", "in/in/ADP/6/case",
                   "a/a/DET/6/det", "crackdown/crackdown/NOUN/2/obl", "on/on/ADP/8/case", "fraud/fraud/NOUN/6/nmod"},
                  police_fraud),
              "Police counters fraud"));
    // the same with "in a crackdown" hung on the object
    CHECK(has(relations_of(
                  {"Police/police/PROPN/2/nsubj", "arrested/arrest/VERB/0/root", "30/30/NUM/2/obj", "in/in/ADP/6/case",
                   "a/a/DET/6/det", "crackdown/crackdown/NOUN/3/nmod", "on/on/ADP/8/case", "fraud/fraud/NOUN/6/nmod"},
                  police_fraud),
              "Police counters fraud"));
    // Police seized sites in a campaign against fraud ("against" hung on the verb)
    CHECK(has(relations_of({"Police/police/PROPN/2/nsubj", "seized/seize/VERB/0/root", "sites/site/NOUN/2/obj",
                            "in/in/ADP/6/case", "a/a/DET/6/det", "campaign/campaign/NOUN/2/obl",
                            "against/against/ADP/8/case", "fraud/fraud/NOUN/2/obl"},
                           police_fraud),
              "Police counters fraud"));
    // Police launched a crackdown on fraud
    CHECK(has(relations_of({"Police/police/PROPN/2/nsubj", "launched/launch/VERB/0/root", "a/a/DET/4/det",
                            "crackdown/crackdown/NOUN/2/obj", "on/on/ADP/6/case", "fraud/fraud/NOUN/4/nmod"},
                           {{C::Organization, "Police", 1, 1}, {C::Threat, "fraud", 6, 6}}),
              "Police counters fraud"));
    // near miss: Police warned against fraud (no crackdown)
    CHECK_FALSE(has_predicate(relations_of({"Police/police/PROPN/2/nsubj", "warned/warn/VERB/0/root",
                                            "against/against/ADP/4/case", "fraud/fraud/NOUN/2/obl"},
                                           {{C::Organization, "Police", 1, 1}, {C::Threat, "fraud", 4, 4}}),
                              "counters"));
}

TEST_CASE("'the attack' stands for the one threat the article named '... attack'", "[dependency]") {
    // A cyber attack hit . The Centre investigated the attack .
    ParsedSentence s({"A/a/DET/3/det", "cyber/cyber/ADJ/3/amod", "attack/attack/NOUN/4/nsubj", "hit/hit/VERB/0/root"});
    s.add_sentence({"The/the/DET/2/det", "Centre/centre/PROPN/3/nsubj", "investigated/investigate/VERB/0/root",
                    "the/the/DET/5/det", "attack/attack/NOUN/3/obj"});
    const std::size_t threat = s.entity(C::Threat, "cyberattacks", 2, 3);
    s.doc.entities[threat].aliases = {"cyber attack"};
    s.entity(C::Organization, "Centre", 6, 6);
    CHECK(relations_of(s.doc) == std::vector<std::string>{"Centre counters cyberattacks"});

    // near miss: a cyber attack and a terror attack; "the attack" stands for neither
    ParsedSentence t({"A/a/DET/3/det", "cyber/cyber/ADJ/3/amod", "attack/attack/NOUN/0/root", "and/and/CCONJ/7/cc",
                      "a/a/DET/7/det", "terror/terror/NOUN/7/compound", "attack/attack/NOUN/3/conj"});
    t.add_sentence({"The/the/DET/2/det", "Centre/centre/PROPN/3/nsubj", "investigated/investigate/VERB/0/root",
                    "the/the/DET/5/det", "attack/attack/NOUN/3/obj"});
    t.entity(C::Threat, "cyber attack", 2, 3);
    t.entity(C::Threat, "terror attack", 6, 7);
    t.entity(C::Organization, "Centre", 9, 9);
    CHECK(relations_of(t.doc).empty());
}

TEST_CASE("events named by common nouns: who addressed them, took part in them, and where", "[dependency]") {
    // Osei told a press briefing
    CHECK(has(relations_of({"Osei/Osei/PROPN/2/nsubj", "told/tell/VERB/0/root", "a/a/DET/5/det",
                            "press/press/NOUN/5/compound", "briefing/briefing/NOUN/2/iobj"},
                           {{C::Person, "Osei", 1, 1}, {C::Event, "press briefing", 4, 5}}),
              "Osei addressed press briefing"));
    // Osei said at a press briefing in Accra
    std::vector<std::string> said = relations_of(
        {"Osei/Osei/PROPN/2/nsubj", "said/say/VERB/0/root", "at/at/ADP/6/case", "a/a/DET/6/det",
         "press/press/NOUN/6/compound", "briefing/briefing/NOUN/2/obl", "in/in/ADP/8/case", "Accra/Accra/PROPN/6/nmod"},
        {{C::Person, "Osei", 1, 1}, {C::Event, "press briefing", 5, 6}, {C::Place, "Accra", 8, 8}});
    CHECK(has(said, "Osei addressed press briefing"));
    CHECK(has(said, "press briefing locatedIn Accra"));
    // near miss: Osei said at the Ministry (no event)
    CHECK_FALSE(has_predicate(relations_of({"Osei/Osei/PROPN/2/nsubj", "said/say/VERB/0/root", "at/at/ADP/5/case",
                                            "the/the/DET/5/det", "Ministry/Ministry/PROPN/2/obl"},
                                           {{C::Person, "Osei", 1, 1}, {C::Organization, "Ministry", 5, 5}}),
                              "addressed"));
    // the raids by the EFCC
    CHECK(has(relations_of({"the/the/DET/2/det", "raids/raid/NOUN/0/root", "by/by/ADP/5/case", "the/the/DET/5/det",
                            "EFCC/EFCC/PROPN/2/nmod"},
                           {{C::Event, "raids", 2, 2}, {C::Organization, "EFCC", 5, 5}}),
              "EFCC participatesIn raids"));
    // EFCC raids
    CHECK(has(relations_of({"EFCC/EFCC/PROPN/2/compound", "raids/raid/NOUN/3/nsubj", "continued/continue/VERB/0/root"},
                           {{C::Organization, "EFCC", 1, 1}, {C::Event, "EFCC raids", 2, 2}}),
              "EFCC participatesIn EFCC raids"));
    // near miss: a report by the EFCC (no event noun)
    CHECK_FALSE(has_predicate(relations_of({"the/the/DET/2/det", "report/report/NOUN/0/root", "by/by/ADP/5/case",
                                            "the/the/DET/5/det", "EFCC/EFCC/PROPN/2/nmod"},
                                           {{C::Event, "report", 2, 2}, {C::Organization, "EFCC", 5, 5}}),
                              "participatesIn"));
    // Police launched raids in Lekki
    std::vector<std::string> launched =
        relations_of({"Police/Police/PROPN/2/nsubj", "launched/launch/VERB/0/root", "raids/raid/NOUN/2/obj",
                      "in/in/ADP/5/case", "Lekki/Lekki/PROPN/2/obl"},
                     {{C::Organization, "Police", 1, 1}, {C::Event, "raids", 3, 3}, {C::Place, "Lekki", 5, 5}});
    CHECK(has(launched, "Police participatesIn raids"));
    CHECK(has(launched, "raids locatedIn Lekki"));
    // Police arrested 42 suspects in overnight raids on estates in Lekki
    std::vector<std::string> arrested = relations_of(
        {"Police/Police/PROPN/2/nsubj", "arrested/arrest/VERB/0/root", "42/42/NUM/4/nummod",
         "suspects/suspect/NOUN/2/obj", "in/in/ADP/7/case", "overnight/overnight/ADJ/7/amod", "raids/raid/NOUN/2/obl",
         "on/on/ADP/9/case", "estates/estate/NOUN/7/nmod", "in/in/ADP/11/case", "Lekki/Lekki/PROPN/9/nmod"},
        {{C::Organization, "Police", 1, 1}, {C::Event, "overnight raids", 6, 7}, {C::Place, "Lekki", 11, 11}});
    CHECK(has(arrested, "Police participatesIn overnight raids"));
    CHECK(has(arrested, "overnight raids locatedIn Lekki"));
    // near miss: Police arrested 42 suspects in Lekki (no event)
    CHECK_FALSE(
        has_predicate(relations_of({"Police/Police/PROPN/2/nsubj", "arrested/arrest/VERB/0/root",
                                    "suspects/suspect/NOUN/2/obj", "in/in/ADP/5/case", "Lekki/Lekki/PROPN/2/obl"},
                                   {{C::Organization, "Police", 1, 1}, {C::Place, "Lekki", 5, 5}}),
                      "participatesIn"));
}
