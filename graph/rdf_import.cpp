// Triples -> graph, keyed on the IRIs exporters/rdf_mapping writes.
#include "graph/rdf_import.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "core/iri.hpp"

namespace newsgraph {

namespace {

// One rdf:Statement as the exporters write it.
struct Statement {
    std::string subject, predicate, object, role, evidence, derived_from, extractor, rule;
    double confidence = 0, weight = 0;
    std::size_t start = 0, end = 0;
    bool has_evidence = false;
};

// Statement IRIs end in "-<index>"; order by base, then numerically by index.
std::pair<std::string_view, long> statement_order(const std::string& iri) {
    auto dash = iri.rfind('-');
    if (dash == std::string::npos) return {iri, 0};
    return {std::string_view(iri).substr(0, dash), std::strtol(iri.c_str() + dash + 1, nullptr, 10)};
}

}  // namespace

struct RdfGraphImporter::State {
    vocab::Namespaces ns;
    std::map<std::string, Node> nodes;
    std::map<std::string, Statement> statements;
    std::set<std::tuple<std::string, std::string, std::string>> direct;  // subject, predicate local name, object
    // ng: literal properties by subject; parsers may deliver a subject's triples in any
    // order, so whether they describe a node or a statement is decided at flush time.
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> literals;
};

namespace {

void apply(Statement& st, const std::string& term, const std::string& value) {
    if (term == vocab::term::kRole) st.role = value;
    if (term == vocab::term::kConfidence) st.confidence = std::strtod(value.c_str(), nullptr);
    if (term == vocab::term::kWeight) st.weight = std::strtod(value.c_str(), nullptr);
    if (term == vocab::term::kEvidence) st.evidence = value, st.has_evidence = true;
    if (term == vocab::term::kStartOffset) st.start = std::strtoull(value.c_str(), nullptr, 10);
    if (term == vocab::term::kEndOffset) st.end = std::strtoull(value.c_str(), nullptr, 10);
    if (term == vocab::term::kExtractor) st.extractor = value;
    if (term == vocab::term::kRule) st.rule = value;
}

void apply(Node& node, const std::string& term, const std::string& value) {
    if (term == vocab::term::kConfidence)
        node.confidence = std::max(node.confidence, std::strtod(value.c_str(), nullptr));
    if (term == vocab::term::kText) node.text = value;
    if (term == vocab::term::kValue) node.value = std::strtod(value.c_str(), nullptr);
    if (term == vocab::term::kCurrency) node.currency = value;
    if (term == vocab::term::kSourcePath) node.meta.source_path = value;
}

}  // namespace

RdfGraphImporter::RdfGraphImporter(vocab::Namespaces ns) : state_(std::make_unique<State>()) {
    state_->ns = std::move(ns);
}

RdfGraphImporter::~RdfGraphImporter() = default;

void RdfGraphImporter::triple(const Term& subject, const Term& predicate, const Term& object) {
    State& s = *state_;
    const std::string& p = predicate.value;
    const std::string& ng = s.ns.ontology;
    // The predicate's local name in namespace `ns`, if it is in it (a view into `p`, no copy per triple).
    auto local = [&](std::string_view ns) -> std::optional<std::string_view> {
        if (p.size() > ns.size() && p.compare(0, ns.size(), ns) == 0) return std::string_view(p).substr(ns.size());
        return std::nullopt;
    };
    auto rdf = local(vocab::kRdf);
    static const std::string rdf_statement = std::string(vocab::kRdf) + std::string(vocab::term::kStatement);
    if (rdf == vocab::term::kType && object.value == rdf_statement) {
        s.statements[subject.value];
        return;
    }
    if (rdf && (*rdf == vocab::term::kSubject || *rdf == vocab::term::kPredicate || *rdf == vocab::term::kObject)) {
        Statement& st = s.statements[subject.value];
        if (*rdf == vocab::term::kSubject) st.subject = object.value;
        if (*rdf == vocab::term::kObject) st.object = object.value;
        if (*rdf == vocab::term::kPredicate && object.value.compare(0, ng.size(), ng) == 0)
            st.predicate = object.value.substr(ng.size());
        return;
    }
    if (rdf == vocab::term::kType) {
        if (object.value.compare(0, ng.size(), ng) != 0) return;
        auto cls = entity_class_from_name(object.value.substr(ng.size()));
        if (!cls) return;
        Node& node = s.nodes[subject.value];
        node.iri = subject.value;
        node.cls = *cls;
        return;
    }
    if (auto name = local(vocab::kSchema)) {
        Node& node = s.nodes[subject.value];
        if (*name == vocab::term::kName) node.name = object.value;
        if (*name == vocab::term::kAlternateName) node.aliases.insert(object.value);
        if (*name == vocab::term::kHeadline) node.meta.title = object.value;
        if (*name == vocab::term::kUrl) node.meta.url = object.value;
        if (*name == vocab::term::kDatePublished) node.meta.date = object.value;
        if (*name == vocab::term::kStartDate) node.date = object.value;
        return;
    }
    if (auto name = local(vocab::kProv); name == vocab::term::kWasDerivedFrom) {
        s.statements[subject.value].derived_from = object.value;
        return;
    }
    auto term = local(ng);
    if (!term) return;
    if (auto relation = predicate_from_name(*term); relation && object.is_iri()) {
        s.direct.emplace(subject.value, std::string(*term), object.value);
        return;
    }
    if (!object.is_iri()) s.literals[subject.value].emplace_back(std::string(*term), object.value);
}

std::size_t RdfGraphImporter::flush_into(KnowledgeGraph& graph) {
    State& s = *state_;
    const std::string article_prefix = s.ns.entities + std::string(info(EntityClass::Article).segment) + "/";
    for (auto& [iri, st] : s.statements)
        if (auto found = s.literals.find(iri); found != s.literals.end())
            for (const auto& [term, value] : found->second) apply(st, term, value);
    std::size_t nodes_read = 0;
    for (auto& [iri, node] : s.nodes) {
        if (node.iri.empty()) continue;  // only typed subjects are nodes
        ++nodes_read;
        if (auto found = s.literals.find(iri); found != s.literals.end())
            for (const auto& [term, value] : found->second) apply(node, term, value);
        graph.add_node(node);
    }
    // Which articles mention which entity, from the mentions statements' direct triples.
    for (const auto& [subject, predicate, object] : s.direct) {
        auto from = graph.find(subject), to = graph.find(object);
        if (predicate == info(Predicate::Mentions).local_name && from && to)
            graph.storage()[*to].articles.insert(subject);
    }

    // Each key is computed once, not in every comparison.
    std::vector<std::pair<std::pair<std::string_view, long>, const Statement*>> ordered;
    ordered.reserve(s.statements.size());
    for (const auto& [iri, st] : s.statements) ordered.emplace_back(statement_order(iri), &st);
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::set<std::tuple<std::string, std::string, std::string>> covered;
    for (const auto& [order, statement] : ordered) {
        const Statement& st = *statement;
        auto predicate = predicate_from_name(st.predicate);
        auto from = graph.find(st.subject), to = graph.find(st.object);
        if (!predicate || !from || !to) continue;
        covered.emplace(st.subject, st.predicate, st.object);
        if (!st.has_evidence) {
            graph.add_weight(*from, *predicate, *to, st.weight);
            continue;
        }
        Evidence evidence;
        evidence.document = st.derived_from.compare(0, article_prefix.size(), article_prefix) == 0
                                ? st.derived_from.substr(article_prefix.size())
                                : st.derived_from;
        evidence.span = {st.start, st.end};
        evidence.sentence = st.evidence;
        evidence.confidence = st.confidence;
        evidence.extractor = st.extractor;
        evidence.rule = st.rule;
        graph.add_edge(*from, *predicate, *to, st.role, evidence);
        // Quotes and amounts are not `mentioned`; their article is the one their evidence comes from.
        for (VertexId v : {*from, *to})
            if (!is_named_entity(graph.node(v).cls) && graph.node(v).cls != EntityClass::Article)
                graph.storage()[v].articles.insert(st.derived_from);
    }
    // Relations exported without provenance count once each.
    for (const auto& [subject, predicate, object] : s.direct) {
        if (covered.count({subject, predicate, object})) continue;
        auto from = graph.find(subject), to = graph.find(object);
        if (from && to) graph.add_weight(*from, *predicate_from_name(predicate), *to, 1.0);
    }
    *state_ = State{s.ns, {}, {}, {}, {}};
    return nodes_read;
}

}  // namespace newsgraph
