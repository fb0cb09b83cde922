// Where a person was born (bornIn): each "born" pattern of ontology/patterns/dependency_relations.tsv and the
// "Toronto-born" surface rule on hand-built parses, and the near-misses that must give nothing.
#include <algorithm>

#include "extractors/dependency_relations.hpp"
#include "tests/extractors/parse_builder.hpp"
#include "tests/extractors/relation_lines.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using newsgraph::testing::ParsedSentence;

namespace {

// The relations the component adds, as "subject predicate object (rule)".
std::vector<std::string> relations_of(Document& doc) {
    DependencyRelations().run(doc);
    return testing::sorted_relation_lines(doc, [](const Document& d, const Relation& r) {
        return testing::relation_line(d, r) + " (" + r.evidence.rule + ")";
    });
}

// The bornIn relations only.
std::vector<std::string> births_of(Document& doc) {
    std::vector<std::string> all = relations_of(doc), births;
    std::copy_if(all.begin(), all.end(), std::back_inserter(births),
                 [](const std::string& line) { return line.find(" bornIn ") != std::string::npos; });
    return births;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("'X was born in Y', also with a date before the place, and not when negated", "[dependency][born]") {
    // Maria Kowalczyk was born in Gdansk .
    ParsedSentence s({"Maria/Maria/PROPN/4/nsubj:pass", "Kowalczyk/Kowalczyk/PROPN/1/flat", "was/be/AUX/4/aux:pass",
                      "born/bear/VERB/0/root", "in/in/ADP/6/case", "Gdansk/Gdansk/PROPN/4/obl", "././PUNCT/4/punct"});
    s.entity(EntityClass::Person, "Maria Kowalczyk", 1, 2);
    s.entity(EntityClass::Place, "Gdansk", 6, 6);
    auto lines = relations_of(s.doc);
    CHECK(lines == Lines{"Maria Kowalczyk bornIn Gdansk (born/born-in)"});

    // Rafael Montoya was born on 12 March 1962 in Bogota .
    ParsedSentence d({"Rafael/Rafael/PROPN/4/nsubj:pass", "Montoya/Montoya/PROPN/1/flat", "was/be/AUX/4/aux:pass",
                      "born/bear/VERB/0/root", "on/on/ADP/6/case", "12/12/NUM/4/obl",
                      "March/March/PROPN/6/nmod:unmarked", "1962/1962/NUM/6/nmod:unmarked", "in/in/ADP/10/case",
                      "Bogota/Bogota/PROPN/4/obl"});
    d.entity(EntityClass::Person, "Rafael Montoya", 1, 2);
    d.entity(EntityClass::Place, "Bogota", 10, 10);
    CHECK(births_of(d.doc) == Lines{"Rafael Montoya bornIn Bogota (born/born-in)"});

    // Carlos Mendes was not born in Lisbon .
    ParsedSentence n({"Carlos/Carlos/PROPN/5/nsubj:pass", "Mendes/Mendes/PROPN/1/flat", "was/be/AUX/5/aux:pass",
                      "not/not/PART/5/advmod", "born/bear/VERB/0/root", "in/in/ADP/7/case",
                      "Lisbon/Lisbon/PROPN/5/obl"});
    n.entity(EntityClass::Person, "Carlos Mendes", 1, 2);
    n.entity(EntityClass::Place, "Lisbon", 7, 7);
    CHECK(births_of(n.doc).empty());
}

TEST_CASE("'born and raised in Y' reaches the place through the conjunct; 'but grew up in' does not",
          "[dependency][born]") {
    // Keiko Tanaka was born and raised in Osaka (the place on "raised")
    ParsedSentence s({"Keiko/Keiko/PROPN/4/nsubj:pass", "Tanaka/Tanaka/PROPN/1/flat", "was/be/AUX/4/aux:pass",
                      "born/bear/VERB/0/root", "and/and/CCONJ/6/cc", "raised/raise/VERB/4/conj", "in/in/ADP/8/case",
                      "Osaka/Osaka/PROPN/6/obl"});
    s.entity(EntityClass::Person, "Keiko Tanaka", 1, 2);
    s.entity(EntityClass::Place, "Osaka", 8, 8);
    CHECK(births_of(s.doc) == Lines{"Keiko Tanaka bornIn Osaka (born/born-and-raised-in)"});

    // Mark Ellison was born in London but grew up in Glasgow .
    ParsedSentence g({"Mark/Mark/PROPN/4/nsubj:pass", "Ellison/Ellison/PROPN/1/flat", "was/be/AUX/4/aux:pass",
                      "born/bear/VERB/0/root", "in/in/ADP/6/case", "London/London/PROPN/4/obl", "but/but/CCONJ/8/cc",
                      "grew/grow/VERB/4/conj", "up/up/ADP/8/compound:prt", "in/in/ADP/11/case",
                      "Glasgow/Glasgow/PROPN/8/obl"});
    g.entity(EntityClass::Person, "Mark Ellison", 1, 2);
    g.entity(EntityClass::Place, "London", 6, 6);
    g.entity(EntityClass::Place, "Glasgow", 11, 11);
    CHECK(births_of(g.doc) == Lines{"Mark Ellison bornIn London (born/born-in)"});
}

TEST_CASE("'X, born in Y,' and 'X, who was born in Y'", "[dependency][born]") {
    // Alan Pritchard , born in Omaha in 1951 , retired
    ParsedSentence a({"Alan/Alan/PROPN/10/nsubj", "Pritchard/Pritchard/PROPN/1/flat", ",/,/PUNCT/4/punct",
                      "born/bear/VERB/1/acl", "in/in/ADP/6/case", "Omaha/Omaha/PROPN/4/obl", "in/in/ADP/8/case",
                      "1951/1951/NUM/4/obl", ",/,/PUNCT/4/punct", "retired/retire/VERB/0/root"});
    a.entity(EntityClass::Person, "Alan Pritchard", 1, 2);
    a.entity(EntityClass::Place, "Omaha", 6, 6);
    CHECK(births_of(a.doc) == Lines{"Alan Pritchard bornIn Omaha (born/name-born-in)"});

    // Ahmed Saleh , who was born in Cairo , has lived in London .
    ParsedSentence w({"Ahmed/Ahmed/PROPN/11/nsubj", "Saleh/Saleh/PROPN/1/flat", ",/,/PUNCT/6/punct",
                      "who/who/PRON/6/nsubj:pass", "was/be/AUX/6/aux:pass", "born/bear/VERB/1/acl:relcl",
                      "in/in/ADP/8/case", "Cairo/Cairo/PROPN/6/obl", ",/,/PUNCT/1/punct", "has/have/AUX/11/aux",
                      "lived/live/VERB/0/root", "in/in/ADP/13/case", "London/London/PROPN/11/obl"});
    w.entity(EntityClass::Person, "Ahmed Saleh", 1, 2);
    w.entity(EntityClass::Place, "Cairo", 8, 8);
    w.entity(EntityClass::Place, "London", 13, 13);
    auto lines = relations_of(w.doc);
    CHECK(std::count_if(lines.begin(), lines.end(),
                        [](const std::string& l) { return l.find(" bornIn ") != std::string::npos; }) == 1);
    CHECK(std::find(lines.begin(), lines.end(), "Ahmed Saleh bornIn Cairo (born/who-was-born-in)") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(), "Ahmed Saleh residentOf London (resident/lives-in)") != lines.end());
}

TEST_CASE("'X, who was born in Y,' hung on the main verb, and 'whether X was born in Y'", "[dependency][born]") {
    // Ingrid Solberg , who was born in Bergen , retired (the clause on "retired": the tree hangs it on the name)
    ParsedSentence s({"Ingrid/Ingrid/PROPN/10/nsubj", "Solberg/Solberg/PROPN/1/flat", ",/,/PUNCT/6/punct",
                      "who/who/PRON/6/nsubj:pass", "was/be/AUX/6/aux:pass", "born/bear/VERB/10/advcl",
                      "in/in/ADP/8/case", "Bergen/Bergen/PROPN/6/obl", ",/,/PUNCT/6/punct",
                      "retired/retire/VERB/0/root"});
    s.entity(EntityClass::Person, "Ingrid Solberg", 1, 2);
    s.entity(EntityClass::Place, "Bergen", 8, 8);
    CHECK(births_of(s.doc) == Lines{"Ingrid Solberg bornIn Bergen (born/who-was-born-in)"});

    // Nobody knows whether Li Wei was born in Shanghai .
    ParsedSentence w({"Nobody/nobody/PRON/2/nsubj", "knows/know/VERB/0/root", "whether/whether/SCONJ/7/mark",
                      "Li/Li/PROPN/7/nsubj:pass", "Wei/Wei/PROPN/4/flat", "was/be/AUX/7/aux:pass",
                      "born/bear/VERB/2/ccomp", "in/in/ADP/9/case", "Shanghai/Shanghai/PROPN/7/obl"});
    w.entity(EntityClass::Person, "Li Wei", 4, 5);
    w.entity(EntityClass::Place, "Shanghai", 9, 9);
    CHECK(births_of(w.doc).empty());
}

TEST_CASE("'Born in Y, X moved', the participle under the verb or over it", "[dependency][born]") {
    // Born in Lagos , Chidi Eze moved to Manchester (the parse makes "Born" the root)
    ParsedSentence r({"Born/bear/VERB/0/root", "in/in/ADP/3/case", "Lagos/Lagos/PROPN/1/obl", ",/,/PUNCT/3/punct",
                      "Chidi/Chidi/PROPN/7/nsubj", "Eze/Eze/PROPN/5/flat", "moved/move/VERB/1/advcl",
                      "to/to/ADP/9/case", "Manchester/Manchester/PROPN/7/obl"});
    r.entity(EntityClass::Person, "Chidi Eze", 5, 6);
    r.entity(EntityClass::Place, "Lagos", 3, 3);
    r.entity(EntityClass::Place, "Manchester", 9, 9);
    CHECK(births_of(r.doc) == Lines{"Chidi Eze bornIn Lagos (born/born-in-heads-subject)"});

    // the same with "Born" an adverbial clause of "moved"
    ParsedSentence v({"Born/bear/VERB/7/advcl", "in/in/ADP/3/case", "Lagos/Lagos/PROPN/1/obl", ",/,/PUNCT/1/punct",
                      "Chidi/Chidi/PROPN/7/nsubj", "Eze/Eze/PROPN/5/flat", "moved/move/VERB/0/root", "to/to/ADP/9/case",
                      "Manchester/Manchester/PROPN/7/obl"});
    v.entity(EntityClass::Person, "Chidi Eze", 5, 6);
    v.entity(EntityClass::Place, "Lagos", 3, 3);
    v.entity(EntityClass::Place, "Manchester", 9, 9);
    CHECK(births_of(v.doc) == Lines{"Chidi Eze bornIn Lagos (born/born-in-then-subject)"});
}

TEST_CASE("'born at a hospital in Y' reaches the place through the building", "[dependency][born]") {
    // Sophie Laurent was born at a hospital in Lyon .
    ParsedSentence s({"Sophie/Sophie/PROPN/4/nsubj:pass", "Laurent/Laurent/PROPN/1/flat", "was/be/AUX/4/aux:pass",
                      "born/bear/VERB/0/root", "at/at/ADP/7/case", "a/a/DET/7/det", "hospital/hospital/NOUN/4/obl",
                      "in/in/ADP/9/case", "Lyon/Lyon/PROPN/7/nmod"});
    s.entity(EntityClass::Person, "Sophie Laurent", 1, 2);
    s.entity(EntityClass::Place, "Lyon", 9, 9);
    CHECK(births_of(s.doc) == Lines{"Sophie Laurent bornIn Lyon (born/born-at-building-in)"});
}

TEST_CASE("'the PLACE-born NAME' says where the person was born, whatever the parse", "[dependency][born]") {
    // the Toronto-born actor Daniel Okafor won
    ParsedSentence s({"the/the/DET/3/det", "Toronto-born/Toronto-born/ADJ/3/amod", "actor/actor/NOUN/0/root",
                      "Daniel/Daniel/PROPN/6/nsubj", "Okafor/Okafor/PROPN/4/flat", "won/win/VERB/3/acl:relcl"});
    s.entity(EntityClass::Place, "Toronto", 2, 2);
    s.doc.mentions.back().span.end = s.doc.mentions.back().span.begin + 7;  // "Toronto" of "Toronto-born"
    s.entity(EntityClass::Person, "Daniel Okafor", 4, 5);
    CHECK(births_of(s.doc) == Lines{"Daniel Okafor bornIn Toronto (born/place-compound)"});

    // Boston-based Mary Jones: "based" says nothing of a birth; Boston-born Acme Bank: a body is not born
    ParsedSentence b({"Boston-based/Boston-based/ADJ/3/amod", "Mary/Mary/PROPN/4/nsubj", "Jones/Jones/PROPN/2/flat",
                      "spoke/speak/VERB/0/root"});
    b.entity(EntityClass::Place, "Boston", 1, 1);
    b.doc.mentions.back().span.end = b.doc.mentions.back().span.begin + 6;
    b.entity(EntityClass::Person, "Mary Jones", 2, 3);
    CHECK(births_of(b.doc).empty());
    ParsedSentence o({"Boston-born/Boston-born/ADJ/4/dep", "Acme/Acme/PROPN/3/compound", "Bank/Bank/PROPN/4/nsubj",
                      "grew/grow/VERB/0/root"});
    o.entity(EntityClass::Place, "Boston", 1, 1);
    o.doc.mentions.back().span.end = o.doc.mentions.back().span.begin + 6;
    o.entity(EntityClass::Organization, "Acme Bank", 2, 3);
    CHECK(relations_of(o.doc).empty());
}

TEST_CASE("ideas, companies, years and unnamed babies are not born in a place", "[dependency][born]") {
    // The company , born in Berlin , was bought : an organization is not a person
    ParsedSentence c({"The/the/DET/2/det", "company/company/NOUN/8/nsubj:pass", ",/,/PUNCT/4/punct",
                      "born/bear/VERB/2/acl", "in/in/ADP/6/case", "Berlin/Berlin/PROPN/4/obl", "was/be/AUX/8/aux:pass",
                      "bought/buy/VERB/0/root"});
    c.entity(EntityClass::Place, "Berlin", 6, 6);
    CHECK(births_of(c.doc).empty());

    // Lena Hartmann was born in 1950 .
    ParsedSentence y({"Lena/Lena/PROPN/4/nsubj:pass", "Hartmann/Hartmann/PROPN/1/flat", "was/be/AUX/4/aux:pass",
                      "born/bear/VERB/0/root", "in/in/ADP/6/case", "1950/1950/NUM/4/obl"});
    y.entity(EntityClass::Person, "Lena Hartmann", 1, 2);
    CHECK(relations_of(y.doc).empty());

    // Her baby was born in hospital in Leeds : the baby has no name
    ParsedSentence h({"Her/her/PRON/2/nmod:poss", "baby/baby/NOUN/4/nsubj:pass", "was/be/AUX/4/aux:pass",
                      "born/bear/VERB/0/root", "in/in/ADP/6/case", "hospital/hospital/NOUN/4/obl", "in/in/ADP/8/case",
                      "Leeds/Leeds/PROPN/6/nmod"});
    h.entity(EntityClass::Place, "Leeds", 8, 8);
    CHECK(births_of(h.doc).empty());
}
