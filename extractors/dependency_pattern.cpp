// Compiles the dependency path language of ontology/patterns/README.md.
#include "extractors/dependency_pattern.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/error.hpp"
#include "core/resources.hpp"

namespace newsgraph {

namespace {

constexpr std::string_view kFile = "patterns/dependency_relations.tsv";

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t begin = 0;
    while (true) {
        std::size_t end = text.find(separator, begin);
        parts.push_back(text.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
        if (end == std::string::npos) return parts;
        begin = end + 1;
    }
}

RelationTest relation_test(const std::string& text, const std::string& where) {
    RelationTest test;
    for (const std::string& part : split(text, '|')) {
        if (part.empty() || part == "*") throw Error(where, "a step needs a dependency relation: '" + text + "'");
        if (part.back() == '*')
            test.prefixes.push_back(part.substr(0, part.size() - 1));
        else
            test.exact.push_back(part);
    }
    return test;
}

ChildTest child_test(const std::string& value, bool negated, const std::string& where) {
    ChildTest test;
    test.negated = negated;
    std::size_t slash = value.find('/');
    test.relation = relation_test(value.substr(0, slash), where);
    if (slash != std::string::npos) {
        test.lemmas = split(value.substr(slash + 1), '|');
        if (std::find(test.lemmas.begin(), test.lemmas.end(), "") != test.lemmas.end())
            throw Error(where, "an empty lemma in '" + value + "'");
    }
    return test;
}

// One "key=value" or flag of a [...] group.
void add_condition(NodeTest& node, const std::string& item, const std::string& where,
                   const std::vector<std::string>& lists) {
    std::size_t equals = item.find('=');
    std::string key = item.substr(0, equals);
    std::string value = equals == std::string::npos ? "" : item.substr(equals + 1);
    if (equals == std::string::npos) {
        if (key == "title") return void(node.title = true);
        if (key == "!title") return void(node.not_title = true);
        if (key == "!domain") return void(node.not_domain = true);
        if (key == "demonym") return void(node.demonym = true);
        if (key == "!demonym") return void(node.not_demonym = true);
        if (key == "role") return void(node.role = true);
        throw Error(where, "unknown node flag '" + key + "' (title, !title, !domain, demonym, !demonym, role)");
    }
    if (value.empty()) throw Error(where, "'" + key + "=' needs a value");
    if (key == "lemma") {
        node.lemmas = split(value, '|');
    } else if (key == "lemma!") {
        node.not_lemmas = split(value, '|');
    } else if (key == "upos") {
        node.upos = split(value, '|');
    } else if (key == "list" || key == "list!") {
        std::replace(value.begin(), value.end(), '_', ' ');
        if (std::find(lists.begin(), lists.end(), value) == lists.end())
            throw Error(where, "no word list named '" + value + "' in lexicons/word_lists.tsv");
        if (key == "list")
            node.list = value;
        else
            node.not_lists.push_back(value);
    } else if (key == "has" || key == "not") {
        node.children.push_back(child_test(value, key == "not", where));
    } else {
        throw Error(where, "unknown node test '" + key + "' (lemma, lemma!, upos, list, list!, has, not)");
    }
}

// Reads "[a b=c ...]" at text[at] into `node`; returns the position after it.
std::size_t read_group(const std::string& text, std::size_t at, NodeTest& node, const std::string& where,
                       const std::vector<std::string>& lists) {
    std::size_t close = text.find(']', at);
    if (close == std::string::npos) throw Error(where, "'[' without ']' in '" + text + "'");
    std::string inside = text.substr(at + 1, close - at - 1);
    for (const std::string& item : split(inside, ' '))
        if (!item.empty()) add_condition(node, item, where, lists);
    return close + 1;
}

std::size_t skip_spaces(const std::string& text, std::size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    return at;
}

}  // namespace

bool RelationTest::matches(const std::string& deprel) const {
    for (const std::string& r : exact)
        if (deprel == r) return true;
    for (const std::string& p : prefixes)
        if (deprel.compare(0, p.size(), p) == 0 && (deprel.size() == p.size() || deprel[p.size()] == ':')) return true;
    return false;
}

DependencyPath compile_path(const std::string& text, const std::string& where, const std::vector<std::string>& lists) {
    DependencyPath path;
    std::size_t at = skip_spaces(text, 0);
    if (at >= text.size() || text[at] != 'S') throw Error(where, "a path starts with S: '" + text + "'");
    at = skip_spaces(text, at + 1);
    if (at < text.size() && text[at] == '[') at = skip_spaces(text, read_group(text, at, path.start, where, lists));
    while (at < text.size() && (text[at] == '<' || text[at] == '>')) {
        PathStep step;
        step.up = text[at] == '<';
        std::size_t end = text.find_first_of(" [", at);
        step.relation =
            relation_test(text.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1), where);
        at = skip_spaces(text, end == std::string::npos ? text.size() : end);
        if (at < text.size() && text[at] == '[') at = skip_spaces(text, read_group(text, at, step.node, where, lists));
        path.steps.push_back(std::move(step));
    }
    if (at >= text.size() || text[at] != 'O') throw Error(where, "a path ends with O: '" + text + "'");
    at = skip_spaces(text, at + 1);
    if (at < text.size() && text[at] == '[') at = skip_spaces(text, read_group(text, at, path.end, where, lists));
    if (at != text.size()) throw Error(where, "unexpected '" + text.substr(at) + "' after O");
    if (path.steps.empty()) throw Error(where, "a path needs at least one step");
    return path;
}

std::vector<EntityClass> pattern_classes(const std::string& cell, const std::string& where) {
    std::vector<EntityClass> classes;
    for (const std::string& name : split(cell, '|')) {
        if (name == "Agent") {
            classes.push_back(EntityClass::Person);
            classes.push_back(EntityClass::Organization);
            continue;
        }
        auto cls = entity_class_from_name(name);
        if (!cls) throw Error(where, "unknown entity class '" + name + "'");
        classes.push_back(*cls);
    }
    return classes;
}

std::vector<DependencyPattern> parse_dependency_patterns(std::string_view text, const std::string& shown) {
    std::vector<std::string> lists;
    for (const auto& row : tsv_resource("lexicons/word_lists.tsv"))
        if (std::find(lists.begin(), lists.end(), row[0]) == lists.end()) lists.push_back(row[0]);
    std::vector<DependencyPattern> patterns;
    for (const TsvRow& row : parse_tsv(text)) {
        const std::string where = shown + ":" + std::to_string(row.line);
        const auto& f = row.fields;
        if (f.size() != 6)
            throw Error(where, "expected 6 columns (predicate, rule, confidence, subjects, objects, path)");
        DependencyPattern pattern;
        auto predicate = predicate_from_name(f[0]);
        if (!predicate) throw Error(where, "unknown predicate '" + f[0] + "'");
        pattern.predicate = *predicate;
        pattern.rule = f[1];
        char* end = nullptr;
        pattern.confidence = std::strtod(f[2].c_str(), &end);
        if (f[2].empty() || *end != '\0' || pattern.confidence <= 0 || pattern.confidence > 1)
            throw Error(where, "confidence must be a number in (0, 1]: '" + f[2] + "'");
        pattern.subjects = pattern_classes(f[3], where);
        pattern.objects = pattern_classes(f[4], where);
        pattern.path = compile_path(f[5], where, lists);
        patterns.push_back(std::move(pattern));
    }
    return patterns;
}

std::vector<DependencyPattern> load_dependency_patterns() {
    return parse_dependency_patterns(resource(kFile), std::string(kFile));
}

}  // namespace newsgraph
