// RDF parsing: Redland for the standard syntaxes, RapidJSON for JSON-LD.
#include "readers/rdf_input.hpp"

#include <rapidjson/document.h>
#include <redland.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <utility>

#include "core/error.hpp"
#include "core/json_depth.hpp"
#include "core/text.hpp"
#include "core/vocabulary.hpp"

namespace newsgraph {

namespace {

std::string extension_of(const std::string& path) {
    return ascii_lower(std::filesystem::path(path).extension().string());
}

const char* redland_syntax(const std::string& extension) {
    if (extension == ".rdf" || extension == ".xml" || extension == ".owl") return "rdfxml";
    if (extension == ".nt") return "ntriples";
    if (extension == ".nq") return "nquads";
    if (extension == ".ttl") return "turtle";
    return nullptr;
}

Term to_term(librdf_node* node) {
    if (librdf_node_is_resource(node))
        return Term::iri(reinterpret_cast<const char*>(librdf_uri_as_string(librdf_node_get_uri(node))));
    if (librdf_node_is_blank(node))
        return Term::iri(std::string("_:") + reinterpret_cast<const char*>(librdf_node_get_blank_identifier(node)));
    size_t length = 0;
    const char* value = reinterpret_cast<const char*>(librdf_node_get_literal_value_as_counted_string(node, &length));
    librdf_uri* datatype = librdf_node_get_literal_value_datatype_uri(node);
    const char* language = librdf_node_get_literal_value_language(node);
    return Term::literal(std::string(value, length),
                         datatype ? reinterpret_cast<const char*>(librdf_uri_as_string(datatype)) : "",
                         language ? language : "");
}

// Collects the first error Redland reports, so it can be thrown with the file name.
int remember_error(void* user_data, librdf_log_message* message) {
    auto* first = static_cast<std::string*>(user_data);
    if (librdf_log_message_level(message) >= LIBRDF_LOG_ERROR && first->empty()) {
        *first = librdf_log_message_message(message);
        if (raptor_locator* where = librdf_log_message_locator(message); where && where->line > 0)
            *first += " (line " + std::to_string(where->line) + ")";
    }
    return 1;
}

// Parses a file (text == nullptr) or a string with Redland.
void read_with_redland(const std::string& path, const char* syntax, const TripleCallback& triple,
                       const std::string* text = nullptr) {
    std::unique_ptr<librdf_world, decltype(&librdf_free_world)> world(librdf_new_world(), &librdf_free_world);
    librdf_world_open(world.get());
    std::string error;
    librdf_world_set_logger(world.get(), &error, remember_error);
    std::unique_ptr<librdf_parser, decltype(&librdf_free_parser)> parser(
        librdf_new_parser(world.get(), syntax, nullptr, nullptr), &librdf_free_parser);
    if (!parser) throw Error(path, "cannot set up an RDF parser");
    // A document may not make the parser fetch anything: no network, no other
    // files, no external XML entities (RDF/XML).
    for (auto [option, value] : {std::pair{"noNet", "1"}, {"noFile", "1"}, {"loadExternalEntities", "0"}}) {
        std::string feature = std::string("http://feature.librdf.org/raptor-") + option;
        std::unique_ptr<librdf_uri, decltype(&librdf_free_uri)> feature_uri(
            librdf_new_uri(world.get(), reinterpret_cast<const unsigned char*>(feature.c_str())), &librdf_free_uri);
        std::unique_ptr<librdf_node, decltype(&librdf_free_node)> setting(
            librdf_new_node_from_literal(world.get(), reinterpret_cast<const unsigned char*>(value), nullptr, 0),
            &librdf_free_node);
        if (!feature_uri || !setting || librdf_parser_set_feature(parser.get(), feature_uri.get(), setting.get()) != 0)
            throw Error(path,
                        "cannot turn off network and file access in the RDF parser (" + std::string(option) + ")");
    }
    std::string absolute = std::filesystem::absolute(path).string();
    std::unique_ptr<librdf_uri, decltype(&librdf_free_uri)> uri(
        librdf_new_uri_from_filename(world.get(), absolute.c_str()), &librdf_free_uri);
    if (!parser || !uri) throw Error(path, "cannot set up an RDF parser");
    std::unique_ptr<librdf_stream, decltype(&librdf_free_stream)> stream(
        text ? librdf_parser_parse_string_as_stream(parser.get(), reinterpret_cast<const unsigned char*>(text->c_str()),
                                                    uri.get())
             : librdf_parser_parse_as_stream(parser.get(), uri.get(), uri.get()),
        &librdf_free_stream);
    if (!stream) throw Error(path, error.empty() ? "cannot parse as " + std::string(syntax) : error);
    for (; !librdf_stream_end(stream.get()); librdf_stream_next(stream.get())) {
        librdf_statement* statement = librdf_stream_get_object(stream.get());
        triple(to_term(librdf_statement_get_subject(statement)), to_term(librdf_statement_get_predicate(statement)),
               to_term(librdf_statement_get_object(statement)));
    }
    if (!error.empty()) throw Error(path, error);
}

// JSON-LD as newsgraph writes it: a context of prefixes, then @graph.
class JsonLdReader {
public:
    JsonLdReader(const std::string& path, const TripleCallback& triple) : path_(path), triple_(triple) {}

    void read(const std::string& text) {
        try {
            check_json_depth(text);
        } catch (const Error& error) {
            throw Error(path_, error.message());
        }
        rapidjson::Document doc;
        if (doc.Parse(text.c_str()).HasParseError() || !doc.IsObject()) throw Error(path_, "not a JSON-LD document");
        if (auto context = doc.FindMember("@context"); context != doc.MemberEnd()) {
            if (!context->value.IsObject()) throw Error(path_, "only an embedded @context of prefixes is supported");
            for (const auto& entry : context->value.GetObject())
                if (entry.value.IsString()) prefixes_[entry.name.GetString()] = entry.value.GetString();
        }
        auto graph = doc.FindMember("@graph");
        if (graph == doc.MemberEnd() || !graph->value.IsArray()) throw Error(path_, "no @graph array");
        for (const auto& node : graph->value.GetArray()) read_node(node);
    }

private:
    // The string `value` holds; anything else (a number, an object) is refused, not read as a string.
    std::string string_of(const rapidjson::Value& value, const char* what) const {
        if (!value.IsString()) throw Error(path_, std::string(what) + " must be a string");
        return value.GetString();
    }

    std::string expand(const std::string& name) const {
        auto colon = name.find(':');
        if (colon == std::string::npos) throw Error(path_, "undefined term '" + name + "'");
        auto prefix = prefixes_.find(name.substr(0, colon));
        if (prefix == prefixes_.end() || name.compare(colon + 1, 2, "//") == 0) return name;
        return prefix->second + name.substr(colon + 1);
    }

    Term value_term(const rapidjson::Value& value) const {
        if (value.IsString()) return Term::literal(value.GetString());
        if (value.IsInt64())
            return Term::literal(std::to_string(value.GetInt64()), std::string(vocab::kXsd) + "integer");
        if (value.IsBool())
            return Term::literal(value.GetBool() ? "true" : "false", std::string(vocab::kXsd) + "boolean");
        if (!value.IsObject()) throw Error(path_, "unsupported JSON-LD value");
        if (auto id = value.FindMember("@id"); id != value.MemberEnd())
            return Term::iri(expand(string_of(id->value, "@id")));
        auto literal = value.FindMember("@value");
        if (literal == value.MemberEnd() || !literal->value.IsString()) throw Error(path_, "unsupported JSON-LD value");
        std::string datatype, language;
        if (auto type = value.FindMember("@type"); type != value.MemberEnd())
            datatype = expand(string_of(type->value, "@type"));
        if (auto lang = value.FindMember("@language"); lang != value.MemberEnd())
            language = string_of(lang->value, "@language");
        return Term::literal(literal->value.GetString(), datatype, language);
    }

    void read_node(const rapidjson::Value& node) {
        if (!node.IsObject() || !node.HasMember("@id") || !node["@id"].IsString())
            throw Error(path_, "a @graph entry without @id");
        Term subject = Term::iri(expand(node["@id"].GetString()));
        for (const auto& member : node.GetObject()) {
            std::string key = member.name.GetString();
            if (key == "@id") continue;
            Term predicate = Term::iri(key == "@type" ? std::string(vocab::kRdf) + "type" : expand(key));
            auto emit = [&](const rapidjson::Value& value) {
                triple_(subject, predicate,
                        key == "@type" ? Term::iri(expand(string_of(value, "@type"))) : value_term(value));
            };
            if (member.value.IsArray())
                for (const auto& value : member.value.GetArray()) emit(value);
            else
                emit(member.value);
        }
    }

    const std::string& path_;
    const TripleCallback& triple_;
    std::map<std::string, std::string> prefixes_;
};

}  // namespace

void read_turtle_text(const std::string& text, const std::string& name, const TripleCallback& triple) {
    read_with_redland(name, "turtle", triple, &text);
}

void read_rdf_file(const std::string& path, const TripleCallback& triple) {
    std::string extension = extension_of(path);
    if (!std::filesystem::is_regular_file(path)) throw Error(path, "no such file");
    if (extension == ".jsonld" || extension == ".json") {
        std::ifstream in(path, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        JsonLdReader(path, triple).read(text);
        return;
    }
    const char* syntax = redland_syntax(extension);
    if (!syntax) throw Error(path, "unknown RDF format (expected .rdf, .nt, .nq, .ttl or .jsonld)");
    read_with_redland(path, syntax, triple);
}

}  // namespace newsgraph
