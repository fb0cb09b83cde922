// Tab-separated listing, one line per entity, quote and relation, and per mention when asked.
#include "cli/inspect_printer.hpp"

#include <cstdio>
#include <string>

namespace newsgraph {

namespace {
std::string fixed(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

// One "mention" line per mention of `entity`: its text, the rule that found it and its confidence.
void print_mentions(const Document& doc, const Entity& entity, std::ostream& out) {
    for (std::size_t index : entity.mentions) {
        const Mention& m = doc.mentions[index];
        out << "mention\t" << doc.view(m.span) << '\t' << m.rule << '\t' << fixed(m.confidence) << '\n';
    }
}
}  // namespace

void print_document(const Document& doc, std::ostream& out, bool mentions) {
    out << "# " << doc.id << " (" << doc.meta.source_path << "): " << doc.sentences.size() << " sentences, "
        << doc.entities.size() << " entities, " << doc.relations.size() << " relations\n";
    for (const Entity& entity : doc.entities) {
        out << "entity\t" << info(entity.cls).local_name << '\t' << entity.name << '\t' << fixed(entity.confidence);
        if (entity.cls == EntityClass::Amount) out << '\t' << entity.value << ' ' << entity.currency;
        if (entity.cls == EntityClass::Quote) out << '\t' << entity.text;
        for (const std::string& alias : entity.aliases) out << "\talias=" << alias;
        out << '\n';
        if (mentions) print_mentions(doc, entity, out);
    }
    for (const Relation& relation : doc.relations) {
        const Entity& subject = doc.entities[relation.subject];
        const Entity& object = doc.entities[relation.object];
        out << "relation\t" << subject.name << '\t' << info(relation.predicate).local_name << '\t'
            << (object.cls == EntityClass::Quote ? object.text.substr(0, 40) : object.name);
        if (!relation.role.empty()) out << "\trole=" << relation.role;
        out << "\trule=" << relation.evidence.extractor << '/' << relation.evidence.rule << '\t'
            << fixed(relation.evidence.confidence) << '\n';
    }
}

}  // namespace newsgraph
