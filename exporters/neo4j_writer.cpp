// Neo4j CSV and Cypher writers: RFC 4180 quoting, no raw line breaks in fields.
#include "exporters/neo4j_writer.hpp"

#include <filesystem>
#include <vector>

#include "core/error.hpp"
#include "core/iri.hpp"
#include "core/text.hpp"
#include "exporters/atomic_directory.hpp"
#include "exporters/atomic_file.hpp"
#include "exporters/number_format.hpp"

namespace newsgraph {

namespace {

// Valid UTF-8 with every control character (line breaks included) turned into a space:
// neo4j-admin and Kuzu's parallel reader both reject raw newlines inside fields.
std::string one_line(std::string_view text) {
    std::string copy(text);
    repair_utf8(copy);
    for (char& c : copy)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
    return copy;
}

// A quoted CSV field (RFC 4180: quotes doubled); an empty value stays an empty, unquoted field (no property).
void field(std::ostream& out, std::string_view value) {
    if (value.empty()) return;
    out << '"';
    for (char c : one_line(value)) {
        if (c == '"') out << '"';
        out << c;
    }
    out << '"';
}

// Array items joined with ';', the importer's default array delimiter; ';' inside an item becomes ','.
std::string array_field(const std::vector<std::string>& items) {
    std::string joined;
    for (const auto& item : items) {
        if (!joined.empty()) joined += ';';
        for (char c : item) joined += c == ';' ? ',' : c;
    }
    return joined;
}

std::vector<std::string> labels_of(const Node& node) { return {"Entity", std::string(info(node.cls).local_name)}; }

std::vector<std::string> aliases_of(const Node& node) { return {node.aliases.begin(), node.aliases.end()}; }

// Cypher string literal in single quotes.
std::string cypher_string(std::string_view value) {
    std::string quoted = "'";
    for (char c : one_line(value)) {
        if (c == '\\' || c == '\'') quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

// "{name: 'x', weight: 1}" from (key, literal) pairs, skipping empty literals.
std::string cypher_map(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string map = "{";
    for (const auto& [key, value] : entries) {
        if (value.empty()) continue;
        if (map.size() > 1) map += ", ";
        map.append(key).append(": ").append(value);
    }
    return map + "}";
}

std::string text_or_empty(std::string_view value) { return value.empty() ? std::string() : cypher_string(value); }

}  // namespace

bool is_neo4j_path(std::string_view path) {
    while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
    return path.size() > 6 && path.substr(path.size() - 6) == ".neo4j";
}

void write_neo4j_nodes(const KnowledgeGraph& graph, std::ostream& out) {
    out << "iri:ID,:LABEL,name,aliases:string[],confidence:double,text,value:double,currency,headline,"
           "date_published,url,source_path,start_date\n";
    for (VertexId v : graph.sorted_vertices()) {
        const Node& n = graph.node(v);
        field(out, n.iri);
        out << ',';
        field(out, array_field(labels_of(n)));
        out << ',';
        field(out, n.name);
        out << ',';
        field(out, array_field(aliases_of(n)));
        out << ',' << format_decimal(n.confidence) << ',';
        field(out, n.text);
        out << ',';
        if (n.cls == EntityClass::Amount) out << format_decimal(n.value);
        out << ',';
        field(out, n.currency);
        out << ',';
        field(out, n.meta.title);
        out << ',';
        field(out, n.meta.date);
        out << ',';
        field(out, n.meta.url);
        out << ',';
        field(out, n.meta.source_path);
        out << ',';
        field(out, n.date);
        out << '\n';
    }
}

void write_neo4j_relationships(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) {
    const GraphStorage& g = graph.storage();
    out << ":START_ID,:END_ID,:TYPE,predicate,role,weight:double,confidence:double,evidence,evidence_count:int,"
           "start_offset:long,end_offset:long,source_doc,extractor,rule\n";
    for (EdgeId e : graph.sorted_edges()) {
        const Edge& edge = graph.edge(e);
        const PredicateInfo& predicate = info(edge.predicate);
        field(out, g[boost::source(e, g)].iri);
        out << ',';
        field(out, g[boost::target(e, g)].iri);
        out << ',' << predicate.graph_type << ',';
        field(out, predicate.local_name);
        out << ',';
        field(out, edge.role);
        out << ',' << format_decimal(edge.weight) << ',' << format_decimal(edge.confidence) << ',';
        if (edge.evidence.empty() || !options.provenance) {
            out << ",0,,,,,\n";
            continue;
        }
        const Evidence& first = edge.evidence.front();
        field(out, first.sentence);
        out << ',' << edge.evidence.size() << ',' << first.span.begin << ',' << first.span.end << ',';
        field(out, article_iri(options.ns, first.document));
        out << ',';
        field(out, first.extractor);
        out << ',';
        field(out, first.rule);
        out << '\n';
    }
}

void write_neo4j_cypher(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) {
    const GraphStorage& g = graph.storage();
    out << "CREATE CONSTRAINT newsgraph_entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE;\n";
    for (VertexId v : graph.sorted_vertices()) {
        const Node& n = graph.node(v);
        std::string aliases;
        for (const auto& alias : aliases_of(n)) aliases += (aliases.empty() ? "" : ", ") + cypher_string(alias);
        out << "CREATE (:Entity:" << info(n.cls).local_name << ' '
            << cypher_map({{"iri", cypher_string(n.iri)},
                           {"name", text_or_empty(n.name)},
                           {"aliases", aliases.empty() ? std::string() : "[" + aliases + "]"},
                           {"confidence", format_decimal(n.confidence)},
                           {"text", text_or_empty(n.text)},
                           {"value", n.cls == EntityClass::Amount ? format_decimal(n.value) : std::string()},
                           {"currency", text_or_empty(n.currency)},
                           {"headline", text_or_empty(n.meta.title)},
                           {"date_published", text_or_empty(n.meta.date)},
                           {"url", text_or_empty(n.meta.url)},
                           {"source_path", text_or_empty(n.meta.source_path)},
                           {"start_date", text_or_empty(n.date)}})
            << ");\n";
    }
    for (EdgeId e : graph.sorted_edges()) {
        const Edge& edge = graph.edge(e);
        std::vector<std::pair<std::string, std::string>> properties{
            {"predicate", cypher_string(info(edge.predicate).local_name)},
            {"role", text_or_empty(edge.role)},
            {"weight", format_decimal(edge.weight)},
            {"confidence", format_decimal(edge.confidence)},
            {"evidence_count", std::to_string(options.provenance ? edge.evidence.size() : 0)}};
        if (!edge.evidence.empty() && options.provenance) {
            const Evidence& first = edge.evidence.front();
            properties.insert(properties.end(), {{"evidence", text_or_empty(first.sentence)},
                                                 {"start_offset", std::to_string(first.span.begin)},
                                                 {"end_offset", std::to_string(first.span.end)},
                                                 {"source_doc", cypher_string(article_iri(options.ns, first.document))},
                                                 {"extractor", text_or_empty(first.extractor)},
                                                 {"rule", text_or_empty(first.rule)}});
        }
        out << "MATCH (a:Entity {iri: " << cypher_string(g[boost::source(e, g)].iri)
            << "}), (b:Entity {iri: " << cypher_string(g[boost::target(e, g)].iri)
            << "}) CREATE (a)-[:" << info(edge.predicate).graph_type << ' ' << cypher_map(properties) << "]->(b);\n";
    }
}

void write_neo4j_directory(const KnowledgeGraph& graph, const ExportOptions& options, const std::string& directory) {
    std::error_code error;
    std::filesystem::path parent = std::filesystem::path(directory).lexically_normal().parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, error);
    if (error) throw Error(directory, "cannot create directory: " + error.message());
    AtomicDirectory unit(directory, {"nodes.csv", "relationships.csv", "import.cypher"});
    auto write = [&](const char* name, auto&& body) {
        AtomicFile file((std::filesystem::path(unit.staging()) / name).string());
        body(file.stream());
        file.commit();
    };
    write("nodes.csv", [&](std::ostream& out) { write_neo4j_nodes(graph, out); });
    write("relationships.csv", [&](std::ostream& out) { write_neo4j_relationships(graph, options, out); });
    write("import.cypher", [&](std::ostream& out) { write_neo4j_cypher(graph, options, out); });
    unit.commit();
}

}  // namespace newsgraph
