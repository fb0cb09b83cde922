// Runs the relation finders over one document and appends what they find.
#include "extractors/relation_extractor.hpp"

#include "extractors/text_scan.hpp"

namespace newsgraph {

namespace {
constexpr double kPositionConfidence = 0.85;
constexpr double kAmountConfidence = 0.6;

void append(Document& doc, std::vector<Relation> relations) {
    for (auto& r : relations)
        if (!scan::has_relation(doc, r)) doc.relations.push_back(std::move(r));
}

// The threat or goal an amount's sentence is about: the first one named before
// the amount in its sentence (its subject), else the nearest one after it.
std::vector<Relation> amount_topics(const Document& doc, std::string_view extractor) {
    std::vector<Relation> found;
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        const Entity& amount = doc.entities[i];
        if (amount.cls != EntityClass::Amount) continue;
        Span at = amount.span;
        if (at.empty() && !amount.mentions.empty()) at = doc.mentions[amount.mentions.front()].span;
        Span sentence = scan::sentence_span_at(doc, at.begin);
        if (sentence.empty()) continue;
        std::size_t topic = doc.entities.size();
        for (std::size_t m : scan::resolved_mentions_in(doc, sentence)) {
            auto e = static_cast<std::size_t>(doc.mentions[m].entity);
            EntityClass cls = doc.entities[e].cls;
            if (cls != EntityClass::Threat && cls != EntityClass::Goal) continue;
            if (doc.mentions[m].span.begin < at.begin || topic == doc.entities.size()) {
                topic = e;
                if (doc.mentions[m].span.begin < at.begin) break;
            }
        }
        if (topic == doc.entities.size()) continue;
        Relation r;
        r.subject = i;
        r.predicate = Predicate::About;
        r.object = topic;
        r.evidence = scan::make_evidence(doc, sentence, kAmountConfidence, extractor, "amount/sentence-topic");
        found.push_back(std::move(r));
    }
    return found;
}
}  // namespace

void RelationExtractor::run(Document& doc) const {
    std::vector<Relation> positions;
    for (const auto& p : positions_.find(doc)) {
        Relation r;
        r.subject = p.person;
        r.predicate = Predicate::HoldsPosition;
        r.object = p.organization;
        r.role = p.role;
        Span sentence = scan::sentence_span_at(doc, p.span.begin);
        r.evidence = scan::make_evidence(doc, sentence.empty() ? p.span : sentence, kPositionConfidence, name(), p.rule);
        positions.push_back(std::move(r));
    }
    append(doc, std::move(positions));
    append(doc, part_of_.find(doc, name()));
    append(doc, verbs_.find(doc, name()));
    append(doc, amount_topics(doc, name()));
}

}  // namespace newsgraph
