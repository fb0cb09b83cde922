// Entity limits applied while a document goes through the pipeline: the
// first N entities are kept, with their mentions and relations.
#include "corpus/entity_cap.hpp"

#include <algorithm>

namespace newsgraph {

namespace {

// Keeps the entities `keep` says yes to, in order, with their mentions; drops
// the mentions of the others and every relation that touches one of them.
template <typename Keep>
void keep_entities(Document& doc, Keep keep) {
    std::vector<int> remap(doc.entities.size(), -1);
    std::vector<Entity> kept;
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        if (!keep(i, doc.entities[i])) continue;
        remap[i] = static_cast<int>(kept.size());
        kept.push_back(std::move(doc.entities[i]));
    }
    if (kept.size() == doc.entities.size()) return;
    doc.entities = std::move(kept);
    // Mentions of dropped entities go; unresolved ones (entity -1) stay.
    std::vector<int> mention_remap(doc.mentions.size(), -1);
    std::vector<Mention> mentions;
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
        Mention& mention = doc.mentions[i];
        if (mention.entity >= 0) {
            mention.entity = remap[static_cast<std::size_t>(mention.entity)];
            if (mention.entity < 0) continue;
        }
        mention_remap[i] = static_cast<int>(mentions.size());
        mentions.push_back(std::move(mention));
    }
    doc.mentions = std::move(mentions);
    for (Entity& entity : doc.entities) {
        std::vector<std::size_t> kept_mentions;
        for (std::size_t m : entity.mentions)
            if (m < mention_remap.size() && mention_remap[m] >= 0)
                kept_mentions.push_back(static_cast<std::size_t>(mention_remap[m]));
        entity.mentions = std::move(kept_mentions);
    }
    std::vector<Relation> relations;
    for (Relation& relation : doc.relations) {
        int subject = remap[relation.subject];
        int object = remap[relation.object];
        if (subject < 0 || object < 0) continue;
        relation.subject = static_cast<std::size_t>(subject);
        relation.object = static_cast<std::size_t>(object);
        relations.push_back(std::move(relation));
    }
    doc.relations = std::move(relations);
}

}  // namespace

void drop_low_confidence(Document& doc, double min_confidence) {
    if (min_confidence <= 0.0) return;
    keep_entities(doc, [&](std::size_t, const Entity& entity) { return entity.confidence >= min_confidence; });
}

std::size_t cap_entities(Document& doc, std::size_t max_entities) {
    std::size_t found = doc.entities.size();
    if (max_entities == 0 || found <= max_entities) return found;
    keep_entities(doc, [&](std::size_t index, const Entity&) { return index < max_entities; });
    return found;
}

CapReport run_pipeline_capped(const Pipeline& pipeline, Document& doc, std::size_t max_entities) {
    CapReport report;
    if (max_entities == 0) {
        pipeline.run(doc);
        return report;
    }
    pipeline.run(doc, [&](Document& grown) {
        if (grown.entities.empty() && grown.mentions.size() > max_entities) {
            // Unresolved mentions: keep the first ones in the text.
            report.mentions_found = std::max(report.mentions_found, grown.mentions.size());
            std::stable_sort(grown.mentions.begin(), grown.mentions.end(),
                             [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
            grown.mentions.resize(max_entities);
        }
        if (grown.entities.size() > max_entities)
            report.entities_found = std::max(report.entities_found, cap_entities(grown, max_entities));
    });
    return report;
}

}  // namespace newsgraph
