// Graph-to-RDF mapping: entities, articles, direct edge triples and the
// reified rdf:Statement that carries each edge's evidence.
#include "exporters/rdf_mapping.hpp"

#include "core/iri.hpp"
#include "core/text.hpp"
#include "exporters/number_format.hpp"
#include "exporters/term_check.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdio>
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

// Literal form all writers share: valid UTF-8 without XML-forbidden characters,
// written into `out` (whose capacity is reused from triple to triple).
void clean_into(std::string& out, std::string_view text) {
    bool plain = true;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD)) {
            plain = false;
            break;
        }
    }
    if (plain)
        out.assign(text);
    else
        out = clean(text);
}

// Sends the triples through three scratch terms (subject, predicate, object)
// whose strings are overwritten in place, so steady-state mapping allocates nothing per triple.
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

    // Sends (subject_, ns + local, object_) unless the object is an empty literal.
    void emit(std::string_view ns, std::string_view local) {
        if (!object_.is_iri() && object_.value.empty()) return;
        predicate_.value.assign(ns).append(local);
        sink_.triple(subject_, predicate_, object_);
    }
    void iri(std::string_view ns, std::string_view local, std::string_view object_ns, std::string_view object_local = {}) {
        object_.kind = Term::Kind::Iri;
        object_.value.assign(object_ns).append(object_local);
        object_.datatype.clear();
        object_.language.clear();
        emit(ns, local);
    }
    // A literal whose lexical form is already in object_.value.
    void literal(std::string_view ns, std::string_view local, std::string_view datatype_ns,
                 std::string_view datatype_local, std::string_view language = {}) {
        object_.kind = Term::Kind::Literal;
        object_.datatype.assign(datatype_ns).append(datatype_local);
        object_.language.assign(language);
        emit(ns, local);
    }
    void text(std::string_view ns, std::string_view local, std::string_view value, std::string_view language = {}) {
        clean_into(object_.value, value);
        literal(ns, local, {}, {}, language);
    }
    void decimal(std::string_view ns, std::string_view local, double value) {
        object_.value.clear();
        append_decimal(object_.value, value);
        literal(ns, local, vocab::kXsd, "decimal");
    }
    void integer(std::string_view ns, std::string_view local, std::size_t value) {
        char digits[24];
        auto result = std::to_chars(digits, digits + sizeof digits, value);
        object_.value.assign(digits, result.ptr);
        literal(ns, local, vocab::kXsd, "integer");
    }

    void node(VertexId v) {
        const Node& n = graph_.node(v);
        subject_.value.assign(n.iri);
        iri(vocab::kRdf, "type", ng_, info(n.cls).local_name);
        text(vocab::kRdfs, "label", n.name);
        text(vocab::kSchema, "name", n.name);
        aliases_.clear();
        for (const auto& alias : n.aliases) aliases_.push_back(clean(alias));
        std::sort(aliases_.begin(), aliases_.end());
        aliases_.erase(std::unique(aliases_.begin(), aliases_.end()), aliases_.end());
        for (const auto& alias : aliases_) text(vocab::kSchema, "alternateName", alias);
        decimal(ng_, "confidence", n.confidence);
        switch (n.cls) {
        case EntityClass::Quote:
            text(ng_, "text", n.text, node_language(n));
            break;
        case EntityClass::Amount:
            decimal(ng_, "value", n.value);
            text(ng_, "currency", n.currency);
            break;
        case EntityClass::Article: {
            text(vocab::kSchema, "headline", n.meta.title);
            clean_into(object_.value, n.meta.url);
            literal(vocab::kSchema, "url", vocab::kXsd, "anyURI");
            std::string date = clean(n.meta.date);
            object_.value = date;
            literal(vocab::kSchema, "datePublished", date_datatype(date), {});
            text(ng_, "sourcePath", n.meta.source_path);
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
        out_.clear();
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) out_.push_back(e);
        auto key = [&](EdgeId e) {
            return std::tie(info(g[e].predicate).local_name, g[boost::target(e, g)].iri, g[e].role);
        };
        std::sort(out_.begin(), out_.end(), [&](EdgeId a, EdgeId b) { return key(a) < key(b); });
        const EdgeId* previous = nullptr;
        for (const EdgeId& e : out_) {
            if (previous && g[*previous].predicate == g[e].predicate && boost::target(*previous, g) == boost::target(e, g))
                continue;
            iri(ng_, info(g[e].predicate).local_name, g[boost::target(e, g)].iri);
            previous = &e;
        }
    }

    // Statements in the order of their IRIs. Those end in the same fixed-width
    // lower-case hexadecimal hash, so ordering by the hash's value is the same
    // order; equal hashes fall back to the edge, as the IRI pairs did.
    void statements() {
        const auto& g = graph_.storage();
        std::vector<std::pair<std::uint64_t, EdgeId>> ordered;
        ordered.reserve(graph_.edge_count());
        std::string key;
        for (auto e : boost::make_iterator_range(boost::edges(g))) {
            key.assign(g[boost::source(e, g)].iri).append(1, '\n').append(info(g[e].predicate).local_name);
            key.append(1, '\n').append(g[boost::target(e, g)].iri).append(1, '\n').append(g[e].role);
            ordered.emplace_back(stable_hash(key), e);
        }
        std::sort(ordered.begin(), ordered.end());
        const std::string prefix = options_.ns.entities + "statement/";
        for (const auto& [hash, e] : ordered) {
            const Edge& edge = g[e];
            char hex[17];
            std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
            std::size_t count = std::max<std::size_t>(edge.evidence.size(), 1);
            for (std::size_t i = 0; i < count; ++i) {
                char number[24];
                auto end = std::to_chars(number, number + sizeof number, i).ptr;
                subject_.value.assign(prefix).append(hex, 16).append(1, '-').append(number, end);
                iri(vocab::kRdf, "type", vocab::kRdf, "Statement");
                iri(vocab::kRdf, "subject", g[boost::source(e, g)].iri);
                iri(vocab::kRdf, "predicate", ng_, info(edge.predicate).local_name);
                iri(vocab::kRdf, "object", g[boost::target(e, g)].iri);
                if (edge.evidence.empty()) {
                    decimal(ng_, "weight", edge.weight);
                    continue;
                }
                const Evidence& evidence = edge.evidence[i];
                const auto& [article_iri_, language] = article(evidence.document);
                text(ng_, "role", edge.role);
                decimal(ng_, "confidence", evidence.confidence);
                decimal(ng_, "weight", edge.weight);
                text(ng_, "evidence", evidence.sentence, language);
                integer(ng_, "startOffset", evidence.span.begin);
                integer(ng_, "endOffset", evidence.span.end);
                iri(vocab::kProv, "wasDerivedFrom", article_iri_);
                text(ng_, "extractor", evidence.extractor);
                text(ng_, "rule", evidence.rule);
            }
        }
    }

    const KnowledgeGraph& graph_;
    const ExportOptions& options_;
    TripleSink& sink_;
    std::string ng_;
    Term subject_ = Term::iri({}), predicate_ = Term::iri({}), object_;
    std::vector<std::string> aliases_;
    std::vector<EdgeId> out_;
    std::unordered_map<std::string, std::pair<std::string, std::string>> articles_;
};

}  // namespace

void emit_triples(const KnowledgeGraph& graph, const ExportOptions& options, TripleSink& sink) {
    Mapper(graph, options, sink).run();
}

}  // namespace newsgraph
