// Threat phrases from the parse: noun phrases headed by a taxonomy term or a general head word.
#include <sstream>

#include "core/error.hpp"
#include "core/iri.hpp"
#include "core/phrase_heads.hpp"
#include "exporters/concept_codes.hpp"
#include "extractors/gazetteer_extractor.hpp"
#include "extractors/threat_phrases.hpp"
#include "query/code_questions.hpp"
#include "tests/extractors/parse_builder.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

namespace {

using W = newsgraph::testing::ParsedWord;

// A one-sentence document of `words` separated by spaces, with tokens and the parse filled in.
Document parsed(const std::vector<W>& words) { return newsgraph::testing::ParsedSentence(words).doc; }

// The lexicon matches, then the phrases, as the pipeline runs them.
std::vector<Mention> phrases_of(Document doc) {
    GazetteerExtractor().run(doc);
    std::size_t lexicon = doc.mentions.size();
    ThreatPhraseExtractor().run(doc);
    return {doc.mentions.begin() + static_cast<long>(lexicon), doc.mentions.end()};
}

}  // namespace

TEST_CASE("a compound before a general head makes a threat phrase", "[phrases]") {
    Document doc = parsed({{"knife", "knife", "NOUN", "NN", 2, "compound"},
                           {"crime", "crime", "NOUN", "NN", 3, "nsubj"},
                           {"rose", "rise", "VERB", "VBD", 0, "root"}});
    std::vector<Mention> found = phrases_of(doc);
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == "knife crime");
    CHECK(found[0].cls == EntityClass::Threat);
    CHECK(found[0].rule == "phrases/threat");
    CHECK(doc.view(found[0].span) == "knife crime");
}

TEST_CASE("an adjective and a compound: the phrase has both and the head's codes", "[phrases]") {
    Document doc = parsed({{"tackle", "tackle", "VERB", "VB", 0, "root"},
                           {"serious", "serious", "ADJ", "JJ", 4, "amod"},
                           {"youth", "youth", "NOUN", "NN", 4, "compound"},
                           {"violence", "violence", "NOUN", "NN", 1, "obj"}});
    std::vector<Mention> found = phrases_of(doc);
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == "serious youth violence");
    Node node;
    node.cls = EntityClass::Threat;
    node.name = found[0].name;
    NodeCodes codes = node_codes(node, vocab::Namespaces{});
    CHECK(codes.iccs_code == "02");
    CHECK(codes.parent.ends_with("/threat/acts-causing-harm-or-intending-to-cause-harm-to-the-person"));
}

TEST_CASE("a plural head is named by its lemma", "[phrases]") {
    Document doc = parsed({{"gang", "gang", "NOUN", "NN", 2, "compound"},
                           {"attacks", "attack", "NOUN", "NNS", 3, "nsubj"},
                           {"fell", "fall", "VERB", "VBD", 0, "root"}});
    std::vector<Mention> found = phrases_of(doc);
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == "gang attack");
    CHECK(doc.view(found[0].span) == "gang attacks");
}

TEST_CASE("a head with determiners or stop modifiers alone makes no phrase", "[phrases]") {
    CHECK(phrases_of(parsed({{"the", "the", "DET", "DT", 2, "det"}, {"crime", "crime", "NOUN", "NN", 0, "root"}}))
              .empty());
    CHECK(phrases_of(parsed({{"most", "most", "ADJ", "JJS", 2, "amod"}, {"crime", "crime", "NOUN", "NN", 0, "root"}}))
              .empty());
    CHECK(phrases_of(
              parsed({{"such", "such", "ADJ", "JJ", 2, "amod"}, {"violence", "violence", "NOUN", "NN", 0, "root"}}))
              .empty());
    CHECK(phrases_of(
              parsed({{"heart", "heart", "NOUN", "NN", 2, "compound"}, {"attack", "attack", "NOUN", "NN", 0, "root"}}))
              .empty());
    // a stop modifier ends the phrase on its left: "recent knife crime" is knife crime
    std::vector<Mention> found = phrases_of(parsed({{"recent", "recent", "ADJ", "JJ", 3, "amod"},
                                                    {"knife", "knife", "NOUN", "NN", 3, "compound"},
                                                    {"crime", "crime", "NOUN", "NN", 0, "root"}}));
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == "knife crime");
}

TEST_CASE("a phrase that is a lexicon term stays that term", "[phrases]") {
    Document doc = parsed({{"online", "online", "ADJ", "JJ", 2, "amod"}, {"fraud", "fraud", "NOUN", "NN", 0, "root"}});
    CHECK(phrases_of(doc).empty());
    GazetteerExtractor().run(doc);
    REQUIRE(doc.mentions.size() == 1);
    CHECK(doc.mentions[0].key == "fraud");
}

TEST_CASE("a phrase ending with a lexicon term falls under that term", "[phrases]") {
    Document doc =
        parsed({{"benefit", "benefit", "NOUN", "NN", 2, "compound"}, {"fraud", "fraud", "NOUN", "NN", 0, "root"}});
    std::vector<Mention> found = phrases_of(doc);
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == "benefit fraud");
    bool exact = true;
    const Concept* above = taxonomy_concept(EntityClass::Threat, "benefit fraud", exact);
    REQUIRE(above);
    CHECK_FALSE(exact);
    CHECK(above->key == "fraud");
}

TEST_CASE("names, numbers and a noun that modifies another make no phrase", "[phrases]") {
    CHECK(phrases_of(parsed({{"Hamas", "Hamas", "PROPN", "NNP", 2, "compound"},
                             {"attack", "attack", "NOUN", "NN", 0, "root"}}))
              .empty());
    // "crime figures": crime is a modifier here, not a head
    CHECK(phrases_of(parsed({{"knife", "knife", "NOUN", "NN", 2, "compound"},
                             {"crime", "crime", "NOUN", "NN", 3, "compound"},
                             {"figures", "figure", "NOUN", "NNS", 0, "root"}}))
              .empty());
}

TEST_CASE("a bad line in the phrase head lexicon names file and line", "[phrases]") {
    std::vector<TsvRow> none;
    try {
        PhraseHeads(parse_tsv("# heads\ncrime\tthreat\t\nviolence\tdanger\t\n"), "phrase_heads.tsv", none, "m.tsv");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.file() == "phrase_heads.tsv:3");
        CHECK(e.message() == "class \"danger\" is not threat or goal");
    }
    CHECK_THROWS_WITH(PhraseHeads(parse_tsv("crime\tthreat\tno_such_key\n"), "h.tsv", none, "m.tsv"),
                      "h.tsv:1: unknown broader key no_such_key");
    CHECK_THROWS_WITH(PhraseHeads(parse_tsv("crime\tthreat\n"), "h.tsv", parse_tsv("\nSuch\tstop\n"), "m.tsv"),
                      "m.tsv:2: expected a lower-case word");
    CHECK_THROWS_WITH(PhraseHeads(parse_tsv("crime\tthreat\n"), "h.tsv", parse_tsv("such\tstp\n"), "m.tsv"),
                      "m.tsv:1: kind \"stp\" is not stop or degree");
}

TEST_CASE("a degree word stays in a phrase but makes none alone", "[phrases]") {
    CHECK(phrases_of(
              parsed({{"serious", "serious", "ADJ", "JJ", 2, "amod"}, {"crime", "crime", "NOUN", "NN", 0, "root"}}))
              .empty());
    // "severe malnutrition" stays the lexicon's food insecurity
    Document doc = parsed(
        {{"severe", "severe", "ADJ", "JJ", 2, "amod"}, {"malnutrition", "malnutrition", "NOUN", "NN", 0, "root"}});
    CHECK(phrases_of(doc).empty());
}

TEST_CASE("a nominal predicate and a headline make no phrase", "[phrases]") {
    // "it is a niche crime": the noun describes its subject
    CHECK(phrases_of(parsed({{"it", "it", "PRON", "PRP", 5, "nsubj"},
                             {"is", "be", "AUX", "VBZ", 5, "cop"},
                             {"a", "a", "DET", "DT", 5, "det"},
                             {"niche", "niche", "ADJ", "JJ", 5, "amod"},
                             {"crime", "crime", "NOUN", "NN", 0, "root"}}))
              .empty());
    Document doc =
        parsed({{"knife", "knife", "NOUN", "NN", 2, "compound"}, {"crime", "crime", "NOUN", "NN", 0, "root"}});
    doc.sentences[0].headline = true;
    CHECK(phrases_of(doc).empty());
}

TEST_CASE("a compound before a conjunction heads its own phrase", "[phrases]") {
    // the parser's tree of "cocaine trafficking and fuel smuggling": trafficking a compound of smuggling
    std::vector<Mention> found = phrases_of(parsed({{"cocaine", "cocaine", "NOUN", "NN", 2, "compound"},
                                                    {"trafficking", "trafficking", "NOUN", "NN", 5, "compound"},
                                                    {"and", "and", "CCONJ", "CC", 4, "cc"},
                                                    {"fuel", "fuel", "NOUN", "NN", 2, "conj"},
                                                    {"smuggling", "smuggling", "NOUN", "NN", 0, "root"}}));
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == "cocaine trafficking");
}

TEST_CASE("a phrase node hangs below its concept in the graph's taxonomy", "[phrases]") {
    vocab::Namespaces ns;
    KnowledgeGraph graph;
    Node node;
    node.cls = EntityClass::Threat;
    node.name = "benefit fraud";
    node.iri = entity_iri(ns, node.cls, node.name);
    graph.add_node(node);
    // fraud is no node of the graph: it and the ICCS section above it are described as broader concepts
    std::vector<BroaderConcept> above = broader_concepts(graph, ns);
    REQUIRE(above.size() == 2);
    CHECK(above[0].name == "Acts involving fraud, deception or corruption");
    CHECK(above[1].name == "fraud");
    CHECK(nodes_with_code(graph, "ICCS 07").size() == 1);
    CHECK(nodes_with_code(graph, "ICCS 09").empty());
}
