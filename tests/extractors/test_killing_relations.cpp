// Killings (killed): the "killed" patterns of ontology/patterns/dependency_relations.tsv and the parse repairs
// they rely on, on hand-built parses, with the near misses that must give nothing (an injury, an unclear agent).
#include "extractors/dependency_relations.hpp"
#include "tests/extractors/parse_builder.hpp"
#include "tests/extractors/relation_lines.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using newsgraph::testing::has;
using newsgraph::testing::ParsedSentence;

namespace {

// The relations the component adds, as "subject predicate object [role]".
std::vector<std::string> relations_of(Document& doc) {
    DependencyRelations().run(doc);
    return testing::sorted_relation_lines(doc, testing::relation_line_with_role);
}

}  // namespace

TEST_CASE(
    "killings said with 'shot dead', 'to death' before a described victim, 'died after being stabbed by', "
    "'the killing of X by Y'",
    "[dependency]") {
    // Hassan was shot dead by Farah ; near miss: Hassan was shot by Farah (an injury)
    ParsedSentence dead({"Hassan/Hassan/PROPN/3/nsubj:pass", "was/be/AUX/3/aux:pass", "shot/shoot/VERB/0/root",
                         "dead/dead/ADJ/3/xcomp", "by/by/ADP/6/case", "Farah/Farah/PROPN/3/obl:agent"});
    dead.entity(EntityClass::Person, "Hassan", 1, 1);
    dead.entity(EntityClass::Person, "Farah", 6, 6);
    auto killed = relations_of(dead.doc);
    CHECK(has(killed, "Farah killed Hassan"));
    CHECK_FALSE(has(killed, "Farah injured Hassan"));
    ParsedSentence shot({"Hassan/Hassan/PROPN/3/nsubj:pass", "was/be/AUX/3/aux:pass", "shot/shoot/VERB/0/root",
                         "by/by/ADP/5/case", "Farah/Farah/PROPN/3/obl:agent"});
    shot.entity(EntityClass::Person, "Hassan", 1, 1);
    shot.entity(EntityClass::Person, "Farah", 5, 5);
    auto injured = relations_of(shot.doc);
    CHECK(has(injured, "Farah injured Hassan"));
    CHECK_FALSE(has(injured, "Farah killed Hassan"));

    // Brown stabbed his wife , Mary , to death
    ParsedSentence wife({"Brown/Brown/PROPN/2/nsubj", "stabbed/stab/VERB/0/root", "his/his/PRON/4/nmod:poss",
                         "wife/wife/NOUN/2/obj", ",/,/PUNCT/6/punct", "Mary/Mary/PROPN/4/appos", ",/,/PUNCT/9/punct",
                         "to/to/ADP/9/case", "death/death/NOUN/2/obl"});
    wife.entity(EntityClass::Person, "Brown", 1, 1);
    wife.entity(EntityClass::Person, "Mary", 6, 6);
    CHECK(has(relations_of(wife.doc), "Brown killed Mary"));

    // Mary died after being stabbed by her husband , Brown
    ParsedSentence died({"Mary/Mary/PROPN/2/nsubj", "died/die/VERB/0/root", "after/after/SCONJ/5/mark",
                         "being/be/AUX/5/aux:pass", "stabbed/stab/VERB/2/advcl", "by/by/ADP/8/case",
                         "her/her/PRON/8/nmod:poss", "husband/husband/NOUN/5/obl:agent", ",/,/PUNCT/10/punct",
                         "Brown/Brown/PROPN/8/appos"});
    died.entity(EntityClass::Person, "Mary", 1, 1);
    died.entity(EntityClass::Person, "Brown", 10, 10);
    CHECK(has(relations_of(died.doc), "Brown killed Mary"));

    // The killing of Floyd by Chauvin sparked protests ("by Chauvin" hung on the victim)
    ParsedSentence nominal({"The/the/DET/2/det", "killing/killing/NOUN/7/nsubj", "of/of/ADP/4/case",
                            "Floyd/Floyd/PROPN/2/nmod", "by/by/ADP/6/case", "Chauvin/Chauvin/PROPN/4/nmod",
                            "sparked/spark/VERB/0/root", "protests/protest/NOUN/7/obj"});
    nominal.entity(EntityClass::Person, "Floyd", 4, 4);
    nominal.entity(EntityClass::Person, "Chauvin", 6, 6);
    CHECK(has(relations_of(nominal.doc), "Chauvin killed Floyd"));
}

TEST_CASE(
    "killings through parse repairs: 'by' read as a clause's marker, a victim read as the verb's apposition; "
    "who pleaded guilty to killing",
    "[dependency]") {
    // The assassination of Kennedy by Oswald shocked the nation ("by" read as a marker, Oswald as a subject)
    ParsedSentence by({"The/the/DET/2/det", "assassination/assassination/NOUN/7/nsubj", "of/of/ADP/4/case",
                       "Kennedy/Kennedy/PROPN/2/nmod", "by/by/ADP/7/mark", "Oswald/Oswald/PROPN/7/nsubj",
                       "shocked/shock/VERB/0/root", "the/the/DET/9/det", "nation/nation/NOUN/7/obj"});
    by.entity(EntityClass::Person, "Kennedy", 4, 4);
    by.entity(EntityClass::Person, "Oswald", 6, 6);
    CHECK(has(relations_of(by.doc), "Oswald killed Kennedy"));
    // near miss: the verb has no other subject, so the name is its subject ("by Friday Oswald shot ..." aside)
    ParsedSentence alone({"Kennedy/Kennedy/PROPN/4/nsubj", "by/by/ADP/4/mark", "Oswald/Oswald/PROPN/4/nsubj",
                          "shocked/shock/VERB/0/root"});
    alone.entity(EntityClass::Person, "Kennedy", 1, 1);
    alone.entity(EntityClass::Person, "Oswald", 3, 3);
    CHECK_FALSE(has(relations_of(alone.doc), "Oswald killed Kennedy"));

    // Booth , who assassinated Lincoln , was an actor (Lincoln read as an apposition of the verb)
    ParsedSentence appos({"Booth/Booth/PROPN/9/nsubj", ",/,/PUNCT/4/punct", "who/who/PRON/4/nsubj",
                          "assassinated/assassinate/VERB/1/acl:relcl", "Lincoln/Lincoln/PROPN/4/appos",
                          ",/,/PUNCT/1/punct", "was/be/AUX/9/cop", "an/a/DET/9/det", "actor/actor/NOUN/0/root"});
    appos.entity(EntityClass::Person, "Booth", 1, 1);
    appos.entity(EntityClass::Person, "Lincoln", 5, 5);
    CHECK(has(relations_of(appos.doc), "Booth killed Lincoln"));

    // Ray , who pleaded guilty to killing King , died
    ParsedSentence plea({"Ray/Ray/PROPN/0/root", ",/,/PUNCT/4/punct", "who/who/PRON/4/nsubj",
                         "pleaded/plead/VERB/1/acl:relcl", "guilty/guilty/NOUN/4/obj", "to/to/SCONJ/7/mark",
                         "killing/kill/VERB/4/advcl", "King/King/PROPN/7/obj"});
    plea.entity(EntityClass::Person, "Ray", 1, 1);
    plea.entity(EntityClass::Person, "King", 8, 8);
    CHECK(has(relations_of(plea.doc), "Ray killed King"));
}

TEST_CASE("a killing by an agent of the first of two coordinated verbs: Lennon was shot and killed by Chapman",
          "[dependency]") {
    ParsedSentence s({"Lennon/Lennon/PROPN/3/nsubj:pass", "was/be/AUX/3/aux:pass", "shot/shoot/VERB/0/root",
                      "and/and/CCONJ/5/cc", "killed/kill/VERB/3/conj", "by/by/ADP/7/case",
                      "Chapman/Chapman/PROPN/3/obl:agent"});
    s.entity(EntityClass::Person, "Lennon", 1, 1);
    s.entity(EntityClass::Person, "Chapman", 7, 7);
    auto lines = relations_of(s.doc);
    CHECK(has(lines, "Chapman killed Lennon"));
    CHECK_FALSE(has(lines, "Chapman injured Lennon"));
}

TEST_CASE("a killing by a described agent coordinated after another verb: shot and killed by an officer, Walsh",
          "[dependency]") {
    ParsedSentence s({"Anderson/Anderson/PROPN/3/nsubj:pass", "was/be/AUX/3/aux:pass", "shot/shoot/VERB/0/root",
                      "and/and/CCONJ/5/cc", "killed/kill/VERB/3/conj", "by/by/ADP/8/case", "a/a/DET/8/det",
                      "officer/officer/NOUN/5/obl:agent", ",/,/PUNCT/10/punct", "Walsh/Walsh/PROPN/8/appos"});
    s.entity(EntityClass::Person, "Anderson", 1, 1);
    s.entity(EntityClass::Person, "Walsh", 10, 10);
    CHECK(has(relations_of(s.doc), "Walsh killed Anderson"));
}

TEST_CASE(
    "accused killers: convicted of the murder of a name the parse hung on 'of', arrested in the killing of, "
    "executed for killing",
    "[dependency]") {
    // Ray was convicted of the murder of Martin King ("of" parsed as the head of the name)
    ParsedSentence of({"Ray/Ray/PROPN/3/nsubj:pass", "was/be/AUX/3/aux:pass", "convicted/convict/VERB/0/root",
                       "of/of/ADP/6/case", "the/the/DET/6/det", "murder/murder/NOUN/3/obl", "of/of/ADP/6/nmod",
                       "Martin/Martin/PROPN/7/flat", "King/King/PROPN/8/flat"});
    of.entity(EntityClass::Person, "Ray", 1, 1);
    of.entity(EntityClass::Person, "Martin King", 8, 9);
    CHECK(has(relations_of(of.doc), "Ray killed Martin King"));

    // Police arrested Ruiz in the killing of Lopez ; near miss: Police questioned Ruiz about the killing of Lopez
    ParsedSentence arrested({"Police/police/NOUN/2/nsubj", "arrested/arrest/VERB/0/root", "Ruiz/Ruiz/PROPN/2/obj",
                             "in/in/ADP/6/case", "the/the/DET/6/det", "killing/killing/NOUN/2/obl", "of/of/ADP/8/case",
                             "Lopez/Lopez/PROPN/6/nmod"});
    arrested.entity(EntityClass::Person, "Ruiz", 3, 3);
    arrested.entity(EntityClass::Person, "Lopez", 8, 8);
    CHECK(has(relations_of(arrested.doc), "Ruiz killed Lopez"));
    ParsedSentence asked({"Police/police/NOUN/2/nsubj", "questioned/question/VERB/0/root", "Ruiz/Ruiz/PROPN/2/obj",
                          "about/about/ADP/6/case", "the/the/DET/6/det", "killing/killing/NOUN/2/obl",
                          "of/of/ADP/8/case", "Lopez/Lopez/PROPN/6/nmod"});
    asked.entity(EntityClass::Person, "Ruiz", 3, 3);
    asked.entity(EntityClass::Person, "Lopez", 8, 8);
    CHECK_FALSE(has(relations_of(asked.doc), "Ruiz killed Lopez"));

    // Bundy was executed for killing Leach
    ParsedSentence executed({"Bundy/Bundy/PROPN/3/nsubj:pass", "was/be/AUX/3/aux:pass", "executed/execute/VERB/0/root",
                             "for/for/SCONJ/5/mark", "killing/kill/VERB/3/advcl", "Leach/Leach/PROPN/5/obj"});
    executed.entity(EntityClass::Person, "Bundy", 1, 1);
    executed.entity(EntityClass::Person, "Leach", 6, 6);
    CHECK(has(relations_of(executed.doc), "Bundy killed Leach"));
}

TEST_CASE("a name the parse makes a conjunct of the verb after its object and a comma is the object's apposition",
          "[dependency]") {
    // Moore murdered his neighbor , Alice Grant , with a hammer
    ParsedSentence s({"Moore/Moore/PROPN/2/nsubj", "murdered/murder/VERB/0/root", "his/his/PRON/4/nmod:poss",
                      "neighbor/neighbor/NOUN/2/obj", ",/,/PUNCT/6/punct", "Alice/Alice/PROPN/2/conj",
                      "Grant/Grant/PROPN/6/flat", ",/,/PUNCT/11/punct", "with/with/ADP/11/case", "a/a/DET/11/det",
                      "hammer/hammer/NOUN/6/nmod"});
    s.entity(EntityClass::Person, "Moore", 1, 1);
    s.entity(EntityClass::Person, "Alice Grant", 6, 7);
    CHECK(has(relations_of(s.doc), "Moore killed Alice Grant"));
    // near miss: "and" after the comma keeps the conjunct (Moore murdered his neighbor , and Alice Grant too)
    ParsedSentence c({"Moore/Moore/PROPN/2/nsubj", "murdered/murder/VERB/0/root", "his/his/PRON/4/nmod:poss",
                      "neighbor/neighbor/NOUN/2/obj", ",/,/PUNCT/6/punct", "and/and/CCONJ/7/cc",
                      "Alice/Alice/PROPN/2/conj", "Grant/Grant/PROPN/7/flat", "too/too/ADV/7/advmod"});
    c.entity(EntityClass::Person, "Moore", 1, 1);
    c.entity(EntityClass::Person, "Alice Grant", 7, 8);
    CHECK_FALSE(has(relations_of(c.doc), "Moore killed Alice Grant"));
}
