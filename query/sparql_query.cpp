// Redland model + Rasqal query execution.
#include "query/sparql_query.hpp"

#include <redland.h>

#include <memory>

#include "core/error.hpp"
#include "query/query_limits.hpp"
#include "readers/rdf_input.hpp"

namespace newsgraph {

namespace {

template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, std::integral_constant<decltype(Free), Free>>;

int remember_error(void* user_data, librdf_log_message* message) {
    auto* first = static_cast<std::string*>(user_data);
    if (librdf_log_message_level(message) >= LIBRDF_LOG_ERROR && first->empty())
        *first = librdf_log_message_message(message);
    return 1;
}

librdf_node* to_node(librdf_world* world, const Term& term) {
    auto bytes = [](const std::string& text) { return reinterpret_cast<const unsigned char*>(text.c_str()); };
    if (term.is_iri()) {
        if (term.value.rfind("_:", 0) == 0)
            return librdf_new_node_from_blank_identifier(world, bytes(term.value.substr(2)));
        return librdf_new_node_from_uri_string(world, bytes(term.value));
    }
    Owned<librdf_uri, librdf_free_uri> datatype(term.datatype.empty() ? nullptr
                                                                      : librdf_new_uri(world, bytes(term.datatype)));
    return librdf_new_node_from_typed_counted_literal(world, bytes(term.value), term.value.size(),
                                                      term.language.empty() ? nullptr : term.language.c_str(),
                                                      term.language.size(), datatype.get());
}

const char* result_format_name(ResultFormat format) {
    switch (format) {
        case ResultFormat::Table:
            return "table";
        case ResultFormat::Csv:
            return "csv";
        case ResultFormat::Tsv:
            return "tsv";
        case ResultFormat::Json:
            return "json";
    }
    return "table";
}

// A query and its results, freed in that order's reverse (the results point into the query).
struct Execution {
    Owned<librdf_query, librdf_free_query> query;
    Owned<librdf_query_results, librdf_free_query_results> results;
};

// Parses and runs `sparql` over `model`; throws Error naming what went wrong.
Execution execute(librdf_world* world, librdf_model* model, const std::string& sparql, std::string& error) {
    error.clear();
    Owned<librdf_query, librdf_free_query> query(
        librdf_new_query(world, "sparql", nullptr, reinterpret_cast<const unsigned char*>(sparql.c_str()), nullptr));
    if (!query) throw Error("query does not parse: " + (error.empty() ? std::string("syntax error") : error));
    Owned<librdf_query_results, librdf_free_query_results> results(librdf_model_query_execute(model, query.get()));
    if (!results) throw Error("query failed: " + (error.empty() ? std::string("execution error") : error));
    return {std::move(query), std::move(results)};
}

// Rows (or CONSTRUCT triples) in `results`, counting no further than `stop_after` + 1; 0 for ASK.
std::size_t count_results(librdf_query_results* results, std::size_t stop_after) {
    std::size_t count = 0;
    if (librdf_query_results_is_boolean(results)) return 0;
    if (librdf_query_results_is_graph(results)) {
        Owned<librdf_stream, librdf_free_stream> stream(librdf_query_results_as_stream(results));
        for (; stream && !librdf_stream_end(stream.get()) && count <= stop_after; librdf_stream_next(stream.get()))
            ++count;
        return count;
    }
    for (; !librdf_query_results_finished(results) && count <= stop_after; librdf_query_results_next(results)) ++count;
    return count;
}

}  // namespace

void run_sparql(const std::vector<std::string>& files, const std::string& sparql, ResultFormat format,
                std::ostream& out, const QueryLimits& limits) {
    if (!limits.allow_service && uses_service(sparql))
        throw Error(
            "the query uses SERVICE, which would send requests over the network; refused (allow it with "
            "--allow-service)");
    Owned<librdf_world, librdf_free_world> world(librdf_new_world());
    librdf_world_open(world.get());
    std::string error;
    librdf_world_set_logger(world.get(), &error, remember_error);
    Owned<librdf_storage, librdf_free_storage> storage(
        librdf_new_storage(world.get(), "hashes", "newsgraph", "hash-type='memory'"));
    if (!storage) throw Error("cannot create an in-memory RDF store");
    Owned<librdf_model, librdf_free_model> model(librdf_new_model(world.get(), storage.get(), nullptr));

    for (const std::string& file : files) {
        read_rdf_file(file, [&](const Term& s, const Term& p, const Term& o) {
            librdf_statement* statement = librdf_new_statement_from_nodes(
                world.get(), to_node(world.get(), s), to_node(world.get(), p), to_node(world.get(), o));
            librdf_model_add_statement(model.get(), statement);
            librdf_free_statement(statement);
        });
    }
    QueryWatchdog watchdog(limits);
    if (limits.max_rows) {
        // A first run counts rows, stopping one past the limit: a query that would
        // give too many fails early, before any of them is formatted.
        auto counted = execute(world.get(), model.get(), sparql, error);
        if (count_results(counted.results.get(), limits.max_rows) > limits.max_rows)
            throw Error("the query gives more than --max-rows " + std::to_string(limits.max_rows) +
                        " results; nothing printed (add LIMIT to the query, or raise --max-rows)");
    }
    Execution execution = execute(world.get(), model.get(), sparql, error);
    auto& results = execution.results;

    if (librdf_query_results_is_boolean(results.get())) {
        out << (librdf_query_results_get_boolean(results.get()) > 0 ? "true" : "false") << '\n';
        return;
    }
    if (librdf_query_results_is_graph(results.get())) {
        Owned<librdf_stream, librdf_free_stream> stream(librdf_query_results_as_stream(results.get()));
        Owned<librdf_serializer, librdf_free_serializer> serializer(
            librdf_new_serializer(world.get(), "ntriples", nullptr, nullptr));
        size_t length = 0;
        unsigned char* text =
            librdf_serializer_serialize_stream_to_counted_string(serializer.get(), nullptr, stream.get(), &length);
        if (text) out.write(reinterpret_cast<const char*>(text), static_cast<std::streamsize>(length));
        librdf_free_memory(text);
        return;
    }
    unsigned char* text =
        librdf_query_results_to_string2(results.get(), result_format_name(format), nullptr, nullptr, nullptr);
    if (!text) throw Error("cannot format the query results");
    out << reinterpret_cast<const char*>(text);
    librdf_free_memory(text);
}

}  // namespace newsgraph
