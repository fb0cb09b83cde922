// Hand-built graphs shared by the exporter tests and newsgraph_export_fixture.
#include "tests/exporters/sample_graphs.hpp"

#include "core/iri.hpp"

namespace newsgraph::testing {

namespace {

Node make_node(const vocab::Namespaces& ns, EntityClass cls, const std::string& name, double confidence,
               const std::string& article) {
    Node node;
    node.cls = cls;
    node.name = name;
    node.iri = entity_iri(ns, cls, name);
    node.confidence = confidence;
    node.articles.insert(article);
    return node;
}

Evidence make_evidence(const std::string& document, std::size_t begin, const std::string& sentence, double confidence,
                       const std::string& rule) {
    Evidence evidence;
    evidence.document = document;
    evidence.span = {begin, begin + sentence.size()};
    evidence.sentence = sentence;
    evidence.confidence = confidence;
    evidence.extractor = "relations";
    evidence.rule = rule;
    return evidence;
}

}  // namespace

KnowledgeGraph small_graph(const vocab::Namespaces& ns) {
    KnowledgeGraph graph;
    const std::string doc = "doc-1";
    const std::string article = article_iri(ns, doc);

    Node a;
    a.cls = EntityClass::Article;
    a.iri = article;
    a.name = "Acme names Ada Lovelace CEO";
    a.confidence = 1.0;
    a.meta.title = "Acme names Ada Lovelace CEO";
    a.meta.date = "2024-05-01";
    a.meta.url = "https://news.example/acme?id=1&lang=en";
    a.meta.source_path = "samples/doc-1.md";
    a.meta.language = "en";
    VertexId article_v = graph.add_node(a);

    Node ada = make_node(ns, EntityClass::Person, "Ada Lovelace", 0.95, article);
    ada.aliases = {"Ada", "Lovelace"};
    VertexId ada_v = graph.add_node(ada);
    VertexId acme_v = graph.add_node(make_node(ns, EntityClass::Organization, "Acme Corp", 0.9, article));
    VertexId london_v = graph.add_node(make_node(ns, EntityClass::Place, "London", 0.8, article));

    Node quote;
    quote.cls = EntityClass::Quote;
    quote.iri = occurrence_iri(ns, EntityClass::Quote, doc, 120);
    quote.name = "We will grow";
    quote.text = "We will grow";
    quote.confidence = 0.7;
    quote.articles.insert(article);
    VertexId quote_v = graph.add_node(quote);

    Node amount;
    amount.cls = EntityClass::Amount;
    amount.iri = occurrence_iri(ns, EntityClass::Amount, doc, 200);
    amount.name = "$1.5 trillion";
    amount.value = 1.5e12;
    amount.currency = "USD";
    amount.confidence = 0.85;
    amount.articles.insert(article);
    graph.add_node(amount);

    graph.add_edge(ada_v, Predicate::HoldsPosition, acme_v, "CEO",
                   make_evidence(doc, 0, "Acme named Ada Lovelace its CEO.", 0.9, "appositive-title"));
    graph.add_edge(ada_v, Predicate::HoldsPosition, acme_v, "CEO",
                   make_evidence(doc, 40, "Lovelace, the CEO of Acme Corp, spoke.", 0.8, "title-of-org"));
    graph.add_edge(ada_v, Predicate::LocatedIn, london_v, "",
                   make_evidence(doc, 80, "Lovelace lives in London.", 0.6, "lives-in"));
    graph.add_edge(ada_v, Predicate::Said, quote_v, "",
                   make_evidence(doc, 110, "\"We will grow\", she said.", 0.75, "said"));
    graph.add_weight(article_v, Predicate::Mentions, ada_v, 3);
    graph.add_weight(article_v, Predicate::Mentions, acme_v, 2);
    graph.add_weight(acme_v, Predicate::CoOccursWith, ada_v, 1);
    return graph;
}

KnowledgeGraph adversarial_graph(const vocab::Namespaces& ns) {
    KnowledgeGraph graph;
    const std::string doc = "evil \"doc\" <1> & ]]>";
    const std::string article = article_iri(ns, doc);

    Node a;
    a.cls = EntityClass::Article;
    a.iri = article;
    a.name = "Title with ]]> and <b>bold</b> & \"quotes\"";
    a.confidence = 1.0;
    a.meta.title = a.name + " \x01\x02 end";
    a.meta.date = "yesterday <morning>";
    a.meta.url = "http://evil/#x";
    a.meta.source_path = "dir with spaces/{\"@id\":\"x\"}.md";
    a.meta.language = "en";
    VertexId article_v = graph.add_node(a);

    Node xml_like = make_node(ns, EntityClass::Person, "<a href=\"x\">Bob & 'Alice'</a>", 0.5, article);
    xml_like.aliases = {"]]>",
                        "\x01"
                        "ctrl\x1f"
                        "chars\xEF\xBF\xBE"
                        "fffe",
                        "tab\there\nnewline\r\ncrlf", "back\\slash \"dq\""};
    VertexId xml_v = graph.add_node(xml_like);
    VertexId iri_v = graph.add_node(make_node(ns, EntityClass::Organization, "http://evil/#x", 0.25, article));
    VertexId json_v = graph.add_node(make_node(ns, EntityClass::Organization, "{\"@id\":\"x\"}", 0.3333, article));
    VertexId arabic_v = graph.add_node(make_node(
        ns, EntityClass::Place, "\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x87\xD8\xB1\xD8\xA9 (Cairo) \xE2\x80\x8F", 0.6,
        article));  // القاهرة + RLM
    VertexId emoji_v = graph.add_node(make_node(
        ns, EntityClass::Threat, "Threat \xF0\x9F\x94\xA5\xF0\x9F\x92\xA3 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB",
        0.4, article));
    VertexId long_v = graph.add_node(make_node(ns, EntityClass::Goal, std::string(2000, 'x'), 0.1, article));
    Node foreign = make_node(ns, EntityClass::Event, "an IRI minted elsewhere", 0.9, article);
    foreign.iri = "http://evil/#x";  // valid but unusual: a fragment, another host, sorts first
    VertexId foreign_v = graph.add_node(foreign);

    Node quote;
    quote.cls = EntityClass::Quote;
    quote.iri = occurrence_iri(ns, EntityClass::Quote, doc, 7);
    quote.name = "quote";
    quote.text = "She said \"<script>alert(1)</script>\" & left ]]> \x01 \xEF\xBF\xBF";
    quote.confidence = 0.5;
    quote.articles.insert(article);
    VertexId quote_v = graph.add_node(quote);

    Evidence evidence;
    evidence.document = doc;
    evidence.span = {3, 99};
    evidence.sentence =
        "Evidence with <tags>, & ampersands, ]]>, \"quotes\", \x01 control, \xEF\xBF\xBE, "
        "\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A and \xF0\x9F\x98\x80 and {\"@id\":\"x\"}";
    evidence.confidence = 0.55;
    evidence.extractor = "rel<&>";
    evidence.rule = "rule \"1\"";
    graph.add_edge(xml_v, Predicate::PartOf, iri_v, "role <&> \"r\"", evidence);
    evidence.span = {100, 150};
    evidence.confidence = 0.65;
    graph.add_edge(xml_v, Predicate::PartOf, iri_v, "role <&> \"r\"", evidence);
    graph.add_edge(xml_v, Predicate::PartOf, iri_v, "other role", evidence);
    graph.add_edge(json_v, Predicate::LocatedIn, arabic_v, "", evidence);
    graph.add_edge(emoji_v, Predicate::Targets, arabic_v, "", evidence);
    graph.add_edge(json_v, Predicate::Pursues, long_v, "", evidence);
    graph.add_edge(xml_v, Predicate::Said, quote_v, "", evidence);
    graph.add_edge(json_v, Predicate::PartnerOf, iri_v, "", evidence);
    graph.add_weight(article_v, Predicate::Mentions, xml_v, 1);
    graph.add_weight(article_v, Predicate::Mentions, emoji_v, 0.5);
    graph.add_weight(iri_v, Predicate::CoOccursWith, json_v, 4);
    graph.add_edge(xml_v, Predicate::ParticipatesIn, foreign_v, "", evidence);
    return graph;
}

}  // namespace newsgraph::testing
