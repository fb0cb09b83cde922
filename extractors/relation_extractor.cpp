// Runs the relation finders over one document and appends what they find.
#include "extractors/relation_extractor.hpp"

#include "extractors/confidences.hpp"
#include "extractors/text_scan.hpp"

namespace newsgraph {

namespace {

void append(Document& doc, std::vector<Relation> relations) {
    for (auto& r : relations)
        if (!scan::has_relation(doc, r)) doc.relations.push_back(std::move(r));
}

bool is_topic(EntityClass cls) { return cls == EntityClass::Threat || cls == EntityClass::Goal; }

// Organizations and events that an amount may fund, cost or be seized by.
bool is_funded(EntityClass cls) { return cls == EntityClass::Organization || cls == EntityClass::Event; }

// True when token `at` opens the sentence, after an optional "the" and a dateline dash ("Maputo – The WHO"), or a
// clause coordinated after a comma ("..., and the Gates Foundation pledged").
bool opens_clause(const std::vector<scan::Token>& tokens, std::size_t at) {
    if (at > 0 && tokens[at - 1].low == "the") --at;
    if (at == 0) return true;
    const std::string& before = tokens[at - 1].low;
    if (at >= 2 && tokens[at - 2].low == "," && scan::is_clause_coordinator(before)) return true;
    return before == "\u2013" || before == "\u2014" || before == "-";
}

// What an amount measures, by the first rule that fits its sentence: the entity it qualifies ("a EUR 450m
// Climate Adaptation Fund"), the giver after "from" ("a $6 million grant from Gavi"), a threat or goal named
// before it, the organization or event its clause opens with ("The WHO has released US$3.2 million"), a
// threat or goal after it, and last an organization or event after it ("€50 million ... led by Met Éireann").
std::vector<Relation> amount_topics(const Document& doc, std::string_view extractor,
                                    const scan::ScannedSentences& scans) {
    std::vector<Relation> found;
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        const Entity& amount = doc.entities[i];
        if (amount.cls != EntityClass::Amount) continue;
        Span at = amount.span;
        if (at.empty() && !amount.mentions.empty()) at = doc.mentions[amount.mentions.front()].span;
        const std::size_t index = doc.sentence_at(at.begin);
        if (index >= doc.sentences.size() || doc.sentences[index].span.empty()) continue;
        const Span sentence = doc.sentences[index].span;
        const auto& tokens = scans[index].tokens;
        const auto& placed = scans[index].placed;
        const std::size_t amount_end = scan::token_at_or_after(tokens, at.end);
        const std::size_t none = doc.entities.size();
        std::size_t qualified = none, giver = none, topic_before = none, subject = none, topic_after = none,
                    funded_after = none;
        std::string rule;
        for (const auto& m : placed) {
            if (m.entity == i) continue;
            const std::size_t begin = tokens[m.first].span.begin;
            if (begin < at.begin) {
                if (is_topic(m.cls) && topic_before == none) topic_before = m.entity;
                if (is_funded(m.cls) && opens_clause(tokens, m.first)) subject = m.entity;  // the amount's clause
                continue;
            }
            if (begin < at.end) continue;
            if ((is_topic(m.cls) || is_funded(m.cls)) && m.first == amount_end) qualified = m.entity;
            // "a $6 million grant from Gavi": one noun may stand between the amount and "from".
            if (is_funded(m.cls) && m.first > amount_end && m.first <= amount_end + 2 &&
                tokens[m.first - 1].low == "from")
                giver = m.entity;
            if (is_topic(m.cls) && topic_after == none) topic_after = m.entity;
            // (not the market a price is quoted on: "rose to $148.35 on the Nasdaq")
            std::size_t before = m.first > 0 && tokens[m.first - 1].low == "the" ? m.first - 1 : m.first;
            if (is_funded(m.cls) && funded_after == none && !(before > 0 && tokens[before - 1].low == "on"))
                funded_after = m.entity;
        }
        std::size_t target = none;
        for (auto [candidate, name] :
             {std::pair{qualified, "amount/qualifies"}, std::pair{giver, "amount/from"},
              std::pair{topic_before, "amount/sentence-topic"}, std::pair{subject, "amount/sentence-subject"},
              std::pair{topic_after, "amount/sentence-topic"}, std::pair{funded_after, "amount/funds"}}) {
            if (candidate == none) continue;
            target = candidate;
            rule = name;
            break;
        }
        if (target == none) continue;
        Relation r;
        r.subject = i;
        r.predicate = Predicate::About;
        r.object = target;
        r.evidence = scan::make_evidence(doc, sentence, confidence::kAmountRelation, extractor, rule);
        found.push_back(std::move(r));
    }
    return found;
}
}  // namespace

void RelationExtractor::run(Document& doc) const {
    // The finders only add relations, so the sentences scanned once (by the quote component, as a rule)
    // stay valid for all of them; none needs them after this.
    const std::shared_ptr<const scan::ScannedSentences> shared = scan::shared_scans(doc);
    doc.cache.reset();
    const scan::ScannedSentences& scans = *shared;
    std::vector<Relation> positions;
    for (const auto& p : positions_.find(doc, scans)) {
        Relation r;
        r.subject = p.person;
        r.predicate = Predicate::HoldsPosition;
        r.object = p.organization;
        r.role = p.role;
        if (p.kind == TitleKind::Member) {  // "a member of the Muttahida Qaumi Movement": a membership
            r.predicate = Predicate::MemberOf;
            r.role.clear();
        }
        Span sentence = scan::sentence_span_at(doc, p.span.begin);
        r.evidence =
            scan::make_evidence(doc, sentence.empty() ? p.span : sentence, confidence::kPosition, name(), p.rule);
        positions.push_back(std::move(r));
    }
    append(doc, std::move(positions));
    append(doc, part_of_.find(doc, name(), scans));
    append(doc, verbs_.find(doc, name(), scans));
    append(doc, amount_topics(doc, name(), scans));
}

}  // namespace newsgraph
