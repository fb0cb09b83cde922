// Graph-to-RDF mapping: entities, articles, direct edge triples and the
// reified rdf:Statement that carries each edge's evidence.
#include "exporters/rdf_mapping.hpp"

#include "core/iri.hpp"
#include "core/text.hpp"
#include "exporters/number_format.hpp"
#include "exporters/term_check.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

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
    std::string tag(language.empty() ? std::string_view("en") : language);
    for (char& c : tag) {
        if (c == '_') c = '-';
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return is_valid_language(tag) ? tag : std::string();
}

bool digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return false;
    for (std::size_t i = at; i < at + count; ++i)
        if (text[i] < '0' || text[i] > '9') return false;
    return true;
}

// xsd:date for "YYYY-MM-DD", xsd:dateTime for "YYYY-MM-DDThh:mm:ss[.s][Z|+hh:mm]", else empty.
std::string date_datatype(std::string_view date) {
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

class Mapper {
public:
    Mapper(const KnowledgeGraph& graph, const ExportOptions& options, TripleSink& sink)
        : graph_(graph), options_(options), sink_(sink), ng_(options.ns.ontology) {}

    void run() {
        sink_.prefix("ng", ng_);
        sink_.prefix("prov", vocab::kProv);
        sink_.prefix("rdf", vocab::kRdf);
        sink_.prefix("rdfs", vocab::kRdfs);
        sink_.prefix("schema", vocab::kSchema);
        sink_.prefix("xsd", vocab::kXsd);
        for (VertexId v : graph_.sorted_vertices()) node(v);
        if (options_.provenance) statements();
        sink_.finish();
    }

private:
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

    void emit(std::string_view predicate, Term object) {
        if (!object.is_iri() && object.value.empty()) return;
        sink_.triple(subject_, Term::iri(std::string(predicate)), object);
    }
    void text(std::string_view predicate, std::string_view value, std::string language = {}) {
        emit(predicate, Term::literal(clean(value), {}, std::move(language)));
    }
    void decimal(std::string_view predicate, double value) {
        emit(predicate, Term::literal(format_decimal(value), join(vocab::kXsd, "decimal")));
    }
    void integer(std::string_view predicate, std::size_t value) {
        emit(predicate, Term::literal(std::to_string(value), join(vocab::kXsd, "integer")));
    }

    void node(VertexId v) {
        const Node& n = graph_.node(v);
        subject_ = Term::iri(n.iri);
        emit(join(vocab::kRdf, "type"), Term::iri(join(ng_, info(n.cls).local_name)));
        text(join(vocab::kRdfs, "label"), n.name);
        text(join(vocab::kSchema, "name"), n.name);
        std::vector<std::string> aliases;
        for (const auto& alias : n.aliases) aliases.push_back(clean(alias));
        std::sort(aliases.begin(), aliases.end());
        aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
        for (const auto& alias : aliases) text(join(vocab::kSchema, "alternateName"), alias);
        decimal(join(ng_, "confidence"), n.confidence);
        switch (n.cls) {
        case EntityClass::Quote:
            text(join(ng_, "text"), n.text, node_language(n));
            break;
        case EntityClass::Amount:
            decimal(join(ng_, "value"), n.value);
            text(join(ng_, "currency"), n.currency);
            break;
        case EntityClass::Article: {
            text(join(vocab::kSchema, "headline"), n.meta.title);
            emit(join(vocab::kSchema, "url"), Term::literal(clean(n.meta.url), join(vocab::kXsd, "anyURI")));
            std::string date = clean(n.meta.date);
            emit(join(vocab::kSchema, "datePublished"), Term::literal(date, date_datatype(date)));
            text(join(ng_, "sourcePath"), n.meta.source_path);
            break;
        }
        default:
            break;
        }
        edges(v);
    }

    // Direct triples, grouped by predicate; edges differing only in role give one triple.
    void edges(VertexId v) {
        const auto& g = graph_.storage();
        std::vector<EdgeId> out;
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) out.push_back(e);
        auto key = [&](EdgeId e) {
            return std::tie(info(g[e].predicate).local_name, g[boost::target(e, g)].iri, g[e].role);
        };
        std::sort(out.begin(), out.end(), [&](EdgeId a, EdgeId b) { return key(a) < key(b); });
        const EdgeId* previous = nullptr;
        for (const EdgeId& e : out) {
            if (previous && g[*previous].predicate == g[e].predicate && boost::target(*previous, g) == boost::target(e, g))
                continue;
            emit(join(ng_, info(g[e].predicate).local_name), Term::iri(g[boost::target(e, g)].iri));
            previous = &e;
        }
    }

    void statements() {
        const auto& g = graph_.storage();
        std::vector<std::pair<std::string, EdgeId>> ordered;
        ordered.reserve(graph_.edge_count());
        for (auto e : boost::make_iterator_range(boost::edges(g)))
            ordered.emplace_back(statement_iri(options_.ns, g[boost::source(e, g)].iri, info(g[e].predicate).local_name,
                                               g[boost::target(e, g)].iri, g[e].role),
                                 e);
        std::sort(ordered.begin(), ordered.end());
        for (const auto& [iri, e] : ordered) {
            const Edge& edge = g[e];
            std::size_t count = std::max<std::size_t>(edge.evidence.size(), 1);
            for (std::size_t i = 0; i < count; ++i) {
                subject_ = Term::iri(iri + "-" + std::to_string(i));
                emit(join(vocab::kRdf, "type"), Term::iri(join(vocab::kRdf, "Statement")));
                emit(join(vocab::kRdf, "subject"), Term::iri(g[boost::source(e, g)].iri));
                emit(join(vocab::kRdf, "predicate"), Term::iri(join(ng_, info(edge.predicate).local_name)));
                emit(join(vocab::kRdf, "object"), Term::iri(g[boost::target(e, g)].iri));
                if (edge.evidence.empty()) {
                    decimal(join(ng_, "weight"), edge.weight);
                    continue;
                }
                const Evidence& evidence = edge.evidence[i];
                const auto& [article_iri_, language] = article(evidence.document);
                text(join(ng_, "role"), edge.role);
                decimal(join(ng_, "confidence"), evidence.confidence);
                decimal(join(ng_, "weight"), edge.weight);
                text(join(ng_, "evidence"), evidence.sentence, language);
                integer(join(ng_, "startOffset"), evidence.span.begin);
                integer(join(ng_, "endOffset"), evidence.span.end);
                emit(join(vocab::kProv, "wasDerivedFrom"), Term::iri(article_iri_));
                text(join(ng_, "extractor"), evidence.extractor);
                text(join(ng_, "rule"), evidence.rule);
            }
        }
    }

    const KnowledgeGraph& graph_;
    const ExportOptions& options_;
    TripleSink& sink_;
    std::string ng_;
    Term subject_;
    std::unordered_map<std::string, std::pair<std::string, std::string>> articles_;
};

}  // namespace

void emit_triples(const KnowledgeGraph& graph, const ExportOptions& options, TripleSink& sink) {
    Mapper(graph, options, sink).run();
}

}  // namespace newsgraph
