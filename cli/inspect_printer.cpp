// Tab-separated listing, one line per entity, quote and relation.
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
        for (std::size_t index : mentions ? entity.mentions : std::vector<std::size_t>{}) {
            const Mention& m = doc.mentions[index];
            out << "mention\t" << doc.view(m.span) << '\t' << m.rule << '\t' << fixed(m.confidence) << '\n';
        }
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
