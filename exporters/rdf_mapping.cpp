// Graph-to-RDF mapping: entities, articles, direct edge triples and the
// reified rdf:Statement that carries each edge's evidence.
#include "exporters/rdf_mapping.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/iri.hpp"
#include "core/text.hpp"
#include "exporters/ascii_scan.hpp"
#include "exporters/concept_codes.hpp"
#include "exporters/graph_prefetch.hpp"
#include "exporters/number_format.hpp"
#include "exporters/ordered_chunks.hpp"
#include "exporters/term_check.hpp"

namespace newsgraph {

namespace {

std::string join(std::string_view ns, std::string_view local) { return std::string(ns).append(local); }

// Valid UTF-8 without XML-forbidden characters: the one literal form all writers share.
std::string clean(std::string_view text) {
    std::string copy(text);
    repair_utf8(copy);
    return xml_safe(copy);
}

// BCP-47 tag in lower case ("en_US" -> "en-us"), or empty when unusable.
std::string language_tag(std::string_view language) {
    std::string tag = ascii_lower(language.empty() ? std::string_view("en") : language);
    std::replace(tag.begin(), tag.end(), '_', '-');
    return is_valid_language(tag) ? tag : std::string();
}

bool digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return false;
    for (std::size_t i = at; i < at + count; ++i)
        if (text[i] < '0' || text[i] > '9') return false;
    return true;
}

// xsd:gYear for "YYYY", xsd:gYearMonth for "YYYY-MM", xsd:date for "YYYY-MM-DD", xsd:dateTime for
// "YYYY-MM-DDThh:mm:ss[.s][Z|+hh:mm]", else empty.
std::string date_datatype(std::string_view date) {
    if (date.size() == 4 && digits(date, 0, 4)) return join(vocab::kXsd, "gYear");
    if (date.size() == 7 && digits(date, 0, 4) && date[4] == '-' && digits(date, 5, 2) && date.substr(5, 2) >= "01" &&
        date.substr(5, 2) <= "12")
        return join(vocab::kXsd, "gYearMonth");
    bool is_date = date.size() >= 10 && digits(date, 0, 4) && date[4] == '-' && digits(date, 5, 2) && date[7] == '-' &&
                   digits(date, 8, 2) && date.substr(5, 2) >= "01" && date.substr(5, 2) <= "12" &&
                   date.substr(8, 2) >= "01" && date.substr(8, 2) <= "31";
    if (!is_date) return {};
    if (date.size() == 10) return join(vocab::kXsd, "date");
    if (date[10] != 'T' || !digits(date, 11, 2) || date[13] != ':' || !digits(date, 14, 2) || date[16] != ':' ||
        !digits(date, 17, 2))
        return {};
    std::size_t at = 19;
    if (at < date.size() && date[at] == '.') {
        std::size_t start = ++at;
        while (at < date.size() && date[at] >= '0' && date[at] <= '9') ++at;
        if (at == start) return {};
    }
    std::string_view zone = date.substr(at);
    bool zone_ok = zone.empty() || zone == "Z" ||
                   (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && digits(zone, 1, 2) && zone[3] == ':' &&
                    digits(zone, 4, 2));
    return zone_ok ? join(vocab::kXsd, "dateTime") : std::string();
}

// Literal form all writers share: valid UTF-8 without XML-forbidden characters,
// written into `out` (whose capacity is reused from triple to triple).
void clean_into(std::string& out, std::string_view text) {
    if (xml_plain(text))
        out.assign(text);
    else
        out = clean(text);
}

// IRI term `ns` + `local`.
Term vocabulary(std::string_view ns, std::string_view local) { return Term::iri(join(ns, local)); }

// The predicates, classes and datatypes the mapping writes, built once: most of
// every triple is vocabulary, and a ready term is passed on without copying.
struct Vocabulary {
    explicit Vocabulary(std::string_view ng)
        : type(vocabulary(vocab::kRdf, vocab::term::kType)),
          subject(vocabulary(vocab::kRdf, vocab::term::kSubject)),
          predicate(vocabulary(vocab::kRdf, vocab::term::kPredicate)),
          object(vocabulary(vocab::kRdf, vocab::term::kObject)),
          statement(vocabulary(vocab::kRdf, vocab::term::kStatement)),
          label(vocabulary(vocab::kRdfs, vocab::term::kLabel)),
          name(vocabulary(vocab::kSchema, vocab::term::kName)),
          alternate_name(vocabulary(vocab::kSchema, vocab::term::kAlternateName)),
          headline(vocabulary(vocab::kSchema, vocab::term::kHeadline)),
          url(vocabulary(vocab::kSchema, vocab::term::kUrl)),
          date_published(vocabulary(vocab::kSchema, vocab::term::kDatePublished)),
          start_date(vocabulary(vocab::kSchema, vocab::term::kStartDate)),
          derived_from(vocabulary(vocab::kProv, vocab::term::kWasDerivedFrom)),
          confidence(vocabulary(ng, vocab::term::kConfidence)),
          text(vocabulary(ng, vocab::term::kText)),
          value(vocabulary(ng, vocab::term::kValue)),
          currency(vocabulary(ng, vocab::term::kCurrency)),
          source_path(vocabulary(ng, vocab::term::kSourcePath)),
          role(vocabulary(ng, vocab::term::kRole)),
          weight(vocabulary(ng, vocab::term::kWeight)),
          evidence(vocabulary(ng, vocab::term::kEvidence)),
          start_offset(vocabulary(ng, vocab::term::kStartOffset)),
          end_offset(vocabulary(ng, vocab::term::kEndOffset)),
          extractor(vocabulary(ng, vocab::term::kExtractor)),
          rule(vocabulary(ng, vocab::term::kRule)),
          notation(vocabulary(vocab::kSkos, vocab::term::kNotation)),
          pref_label(vocabulary(vocab::kSkos, vocab::term::kPrefLabel)),
          exact_match(vocabulary(vocab::kSkos, vocab::term::kExactMatch)),
          broader(vocabulary(vocab::kSkos, vocab::term::kBroader)),
          cyber_related(vocabulary(ng, vocab::term::kCyberRelated)),
          iso_code(vocabulary(ng, vocab::term::kIsoCode)),
          xsd_decimal(join(vocab::kXsd, "decimal")),
          xsd_integer(join(vocab::kXsd, "integer")),
          xsd_any_uri(join(vocab::kXsd, "anyURI")),
          xsd_boolean(join(vocab::kXsd, "boolean")) {
        for (std::size_t i = 0; i < kEntityClasses.size(); ++i)
            classes.push_back(vocabulary(ng, info(static_cast<EntityClass>(i)).local_name));
        for (std::size_t i = 0; i < kPredicates.size(); ++i)
            relations.push_back(vocabulary(ng, info(static_cast<Predicate>(i)).local_name));
    }
    Term type, subject, predicate, object, statement;                                           // rdf:
    Term label, name, alternate_name, headline, url, date_published, start_date, derived_from;  // rdfs:, schema:, prov:
    Term confidence, text, value, currency, source_path, role, weight, evidence, start_offset, end_offset, extractor,
        rule;  // ng:
    Term notation, pref_label, exact_match, broader, cyber_related,
        iso_code;                          // skos:, ng: (goal, threat and place codes)
    std::vector<Term> classes, relations;  // ng:Person.. by EntityClass, ng:holdsPosition.. by Predicate
    std::string xsd_decimal, xsd_integer, xsd_any_uri, xsd_boolean;
    const Term& of(EntityClass cls) const { return classes[static_cast<std::size_t>(cls)]; }
    const Term& of(Predicate relation) const { return relations[static_cast<std::size_t>(relation)]; }
};

// The order of every subject, computed once and shared by all the mappers of
// one output: entities and articles by IRI, then the edges whose evidence
// becomes rdf:Statements, in the order of those statements' IRIs.
struct SubjectOrder {
    SubjectOrder(const KnowledgeGraph& graph, const ExportOptions& options)
        : vertices(graph.sorted_vertices()), broader(broader_concepts(graph, options.ns)) {
        if (!options.provenance) return;
        // The statement IRIs end in the same fixed-width lower-case hexadecimal
        // hash, so ordering by the hash's value is the same order; equal hashes
        // fall back to the edge, as the IRI pairs did.
        const auto& g = graph.storage();
        statements.reserve(graph.edge_count());
        for (auto e : boost::make_iterator_range(boost::edges(g))) statements.emplace_back(0, e);
        const GraphPrefetch fetch(graph);
        std::string key;
        for (std::size_t i = 0; i < statements.size(); ++i) {
            if (i + GraphPrefetch::kRecordsAhead < statements.size())
                fetch.records(statements[i + GraphPrefetch::kRecordsAhead].second);
            if (i + GraphPrefetch::kStringsAhead < statements.size())
                fetch.strings(statements[i + GraphPrefetch::kStringsAhead].second);
            auto& [hash, e] = statements[i];
            hash = statement_hash(key, g[boost::source(e, g)].iri, info(g[e].predicate).local_name,
                                  g[boost::target(e, g)].iri, g[e].role);
        }
        std::sort(statements.begin(), statements.end());
    }
    // A unit is a vertex (its triples), a broader concept of the taxonomy or an edge (the statements of its evidence).
    std::size_t units() const { return vertices.size() + broader.size() + statements.size(); }
    std::vector<VertexId> vertices;
    std::vector<BroaderConcept> broader;
    std::vector<std::pair<std::uint64_t, EdgeId>> statements;
};

// Sends the triples through two scratch terms (subject, object) whose strings are
// overwritten in place, and ready vocabulary terms, so steady-state mapping
// allocates nothing per triple.
class Mapper {
public:
    Mapper(const KnowledgeGraph& graph, const ExportOptions& options, const SubjectOrder& order, TripleSink& sink)
        : graph_(graph),
          options_(options),
          order_(order),
          sink_(sink),
          fetch_(graph),
          ng_(options.ns.ontology),
          vocabulary_(ng_),
          statement_prefix_(statement_iri_prefix(options.ns)) {}

    void prefixes() {
        sink_.prefix("ng", ng_);
        sink_.prefix("prov", vocab::kProv);
        sink_.prefix("rdf", vocab::kRdf);
        sink_.prefix("rdfs", vocab::kRdfs);
        sink_.prefix("schema", vocab::kSchema);
        sink_.prefix("skos", vocab::kSkos);
        sink_.prefix("xsd", vocab::kXsd);
    }

    // The triples of units [begin, end) of the subject order.
    void units(std::size_t begin, std::size_t end) {
        const std::size_t vertices = order_.vertices.size();
        const std::size_t described = vertices + order_.broader.size();
        for (std::size_t unit = begin; unit < end; ++unit) {
            if (unit + GraphPrefetch::kRecordsAhead < end) fetch_records(unit + GraphPrefetch::kRecordsAhead);
            if (unit + GraphPrefetch::kStringsAhead < end) fetch_strings(unit + GraphPrefetch::kStringsAhead);
            if (unit < vertices) {
                node(order_.vertices[unit]);
            } else if (unit < described) {
                broader_concept(order_.broader[unit - vertices]);
            } else {
                const auto& [hash, e] = order_.statements[unit - described];
                edge_statements(hash, e);
            }
        }
    }

private:
    // The records of a unit a few places ahead, then its strings (see GraphPrefetch).
    [[gnu::always_inline]] void fetch_records(std::size_t unit) const {
        const std::size_t vertices = order_.vertices.size(), described = vertices + order_.broader.size();
        if (unit < vertices)
            fetch_.records(order_.vertices[unit]);
        else if (unit >= described)
            fetch_.records(order_.statements[unit - described].second);
    }
    [[gnu::always_inline]] void fetch_strings(std::size_t unit) const {
        const std::size_t vertices = order_.vertices.size(), described = vertices + order_.broader.size();
        if (unit < vertices)
            fetch_.strings(order_.vertices[unit]);
        else if (unit >= described)
            fetch_.strings(order_.statements[unit - described].second);
    }

    // Article IRI and language of a document id, computed once per document.
    const std::pair<std::string, std::string>& article(const std::string& document) {
        auto found = articles_.find(document);
        if (found != articles_.end()) return found->second;
        std::string iri = article_iri(options_.ns, document);
        auto v = graph_.find(iri);
        std::string language = language_tag(v ? graph_.node(*v).meta.language : std::string_view());
        return articles_.emplace(document, std::make_pair(std::move(iri), std::move(language))).first->second;
    }

    // Language of the first article that mentions the node.
    std::string node_language(const Node& n) {
        if (n.cls == EntityClass::Article) return language_tag(n.meta.language);
        for (const auto& iri : n.articles)
            if (auto v = graph_.find(iri)) return language_tag(graph_.node(*v).meta.language);
        return language_tag({});
    }

    // Sends (subject_, predicate, object) unless the object is an empty literal.
    void emit(const Term& predicate, const Term& object) {
        if (!object.is_iri() && object.value.empty()) return;
        sink_.triple(subject_, predicate, object);
    }
    void iri(const Term& predicate, std::string_view object_iri) {
        object_.kind = Term::Kind::Iri;
        object_.value.assign(object_iri);
        object_.datatype.clear();
        object_.language.clear();
        emit(predicate, object_);
    }
    // A literal whose lexical form is already in object_.value.
    void literal(const Term& predicate, std::string_view datatype, std::string_view language = {}) {
        object_.kind = Term::Kind::Literal;
        object_.datatype.assign(datatype);
        object_.language.assign(language);
        emit(predicate, object_);
    }
    void text(const Term& predicate, std::string_view value, std::string_view language = {}) {
        clean_into(object_.value, value);
        literal(predicate, {}, language);
    }
    void decimal(const Term& predicate, double value) {
        object_.value.clear();
        append_decimal(object_.value, value);
        literal(predicate, vocabulary_.xsd_decimal);
    }
    void integer(const Term& predicate, std::size_t value) {
        char digits[24];
        auto result = std::to_chars(digits, digits + sizeof digits, value);
        object_.value.assign(digits, result.ptr);
        literal(predicate, vocabulary_.xsd_integer);
    }

    void node(VertexId v) {
        const Vocabulary& w = vocabulary_;
        const Node& n = graph_.node(v);
        subject_.value.assign(n.iri);
        emit(w.type, w.of(n.cls));
        text(w.label, n.name);
        text(w.name, n.name);
        aliases_.clear();
        for (const auto& alias : n.aliases) aliases_.push_back(clean(alias));
        std::sort(aliases_.begin(), aliases_.end());
        aliases_.erase(std::unique(aliases_.begin(), aliases_.end()), aliases_.end());
        for (const auto& alias : aliases_) text(w.alternate_name, alias);
        decimal(w.confidence, n.confidence);
        switch (n.cls) {
            case EntityClass::Quote:
                text(w.text, n.text, node_language(n));
                break;
            case EntityClass::Amount:
                decimal(w.value, n.value);
                text(w.currency, n.currency);
                break;
            case EntityClass::Article: {
                text(w.headline, n.meta.title);
                clean_into(object_.value, n.meta.url);
                literal(w.url, w.xsd_any_uri);
                std::string date = clean(n.meta.date);
                object_.value = date;
                literal(w.date_published, date_datatype(date));
                text(w.source_path, n.meta.source_path);
                break;
            }
            case EntityClass::Event:
                if (!n.date.empty()) {
                    std::string date = clean(n.date);
                    object_.value = date;
                    literal(w.start_date, date_datatype(date));
                }
                break;
            case EntityClass::Goal:
            case EntityClass::Threat:
            case EntityClass::Place:
                codes(n);
                break;
            default:
                break;
        }
        edges(v);
    }

    // A broader concept no node stands for: its label, codes and broader concept, untyped (it is no entity of
    // the graph; skos:broader's range makes it a skos:Concept).
    void broader_concept(const BroaderConcept& item) {
        const Vocabulary& w = vocabulary_;
        subject_.value.assign(item.iri);
        text(w.pref_label, item.name, "en");
        for (const std::string& code : item.codes.notations) text(w.notation, code);
        if (!item.codes.exact_match.empty()) iri(w.exact_match, item.codes.exact_match);
        if (!item.codes.parent.empty()) iri(w.broader, item.codes.parent);
    }

    // A goal's or threat's place in the taxonomy (skos:notation, skos:exactMatch, skos:broader), a country's ISO code.
    void codes(const Node& n) {
        const Vocabulary& w = vocabulary_;
        const NodeCodes codes = node_codes(n, options_.ns);
        if (!codes.iso_code.empty()) text(w.iso_code, codes.iso_code);
        if (codes.cyber) {
            object_.value = "true";
            literal(w.cyber_related, w.xsd_boolean);
        }
        for (const std::string& code : codes.notations) text(w.notation, code);
        if (!codes.exact_match.empty()) iri(w.exact_match, codes.exact_match);
        if (!codes.parent.empty()) iri(w.broader, codes.parent);
    }

    // Direct triples, grouped by predicate; edges differing only in role give one triple.
    void edges(VertexId v) {
        const auto& g = graph_.storage();
        out_.clear();
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            out_.push_back(e);
            fetch_.records(boost::target(e, g));  // all targets at once, before the sort compares their IRIs
        }
        for (const EdgeId& e : out_) fetch_.strings(boost::target(e, g));
        auto key = [&](EdgeId e) {
            return std::tie(info(g[e].predicate).local_name, g[boost::target(e, g)].iri, g[e].role);
        };
        std::sort(out_.begin(), out_.end(), [&](EdgeId a, EdgeId b) { return key(a) < key(b); });
        const EdgeId* previous = nullptr;
        for (const EdgeId& e : out_) {
            if (previous && g[*previous].predicate == g[e].predicate &&
                boost::target(*previous, g) == boost::target(e, g))
                continue;
            iri(vocabulary_.of(g[e].predicate), g[boost::target(e, g)].iri);
            previous = &e;
        }
    }

    // The rdf:Statements of edge `e`, one per piece of evidence (one without evidence).
    void edge_statements(std::uint64_t hash, EdgeId e) {
        const Vocabulary& w = vocabulary_;
        const auto& g = graph_.storage();
        const Edge& edge = g[e];
        const std::string& source_iri = g[boost::source(e, g)].iri;
        const std::string& target_iri = g[boost::target(e, g)].iri;
        std::size_t count = std::max<std::size_t>(edge.evidence.size(), 1);
        for (std::size_t i = 0; i < count; ++i) {
            subject_.value.assign(statement_prefix_);
            append_statement_iri(subject_.value, hash, i);
            emit(w.type, w.statement);
            iri(w.subject, source_iri);
            emit(w.predicate, w.of(edge.predicate));
            iri(w.object, target_iri);
            if (edge.evidence.empty()) {
                decimal(w.weight, edge.weight);
                continue;
            }
            const Evidence& evidence = edge.evidence[i];
            const auto& [article_iri_, language] = article(evidence.document);
            text(w.role, edge.role);
            decimal(w.confidence, evidence.confidence);
            decimal(w.weight, edge.weight);
            text(w.evidence, evidence.sentence, language);
            integer(w.start_offset, evidence.span.begin);
            integer(w.end_offset, evidence.span.end);
            iri(w.derived_from, article_iri_);
            text(w.extractor, evidence.extractor);
            text(w.rule, evidence.rule);
        }
    }

    const KnowledgeGraph& graph_;
    const ExportOptions& options_;
    const SubjectOrder& order_;
    TripleSink& sink_;
    GraphPrefetch fetch_;
    std::string ng_;
    Vocabulary vocabulary_;
    std::string statement_prefix_;
    Term subject_ = Term::iri({}), object_;
    std::vector<std::string> aliases_;
    std::vector<EdgeId> out_;
    std::unordered_map<std::string, std::pair<std::string, std::string>> articles_;
};

}  // namespace

void emit_triples(const KnowledgeGraph& graph, const ExportOptions& options, TripleSink& sink) {
    const SubjectOrder order(graph, options);
    const std::size_t units = order.units();
    const std::size_t chunk = std::max<std::size_t>(options.chunk_size, 1);
    auto* fragmented = dynamic_cast<FragmentedSink*>(&sink);
    Mapper mapper(graph, options, order, sink);
    mapper.prefixes();
    if (!fragmented || options.threads <= 1 || units <= chunk) {
        mapper.units(0, units);
        sink.finish();
        return;
    }
    // Each chunk of units is mapped and written by a fragment writer of its own;
    // the fragments reach the sink in order, as the triples themselves would have.
    write_chunks_in_order(
        (units + chunk - 1) / chunk, options.threads,
        [&](std::size_t index, std::string& text) {
            StringOutput out(text);
            std::unique_ptr<TripleSink> writer = fragmented->fragment_writer(out);
            Mapper(graph, options, order, *writer).units(index * chunk, std::min(units, (index + 1) * chunk));
            writer->finish();
        },
        [&](std::string& text) { fragmented->insert(text); });
    sink.finish();
}

}  // namespace newsgraph
