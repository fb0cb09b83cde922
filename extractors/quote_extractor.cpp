// Quote entities, `said` and `about` relations.
#include "extractors/quote_extractor.hpp"

#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/quote_attribution.hpp"
#include "extractors/quote_finder.hpp"
#include "extractors/text_scan.hpp"

namespace newsgraph {

namespace {
constexpr std::size_t kLabelBytes = 80;  // quote names are labels; the full words are in Entity::text

// A short label: the first words of the quote, cut at a space.
std::string label_of(const std::string& text) {
    if (text.size() <= kLabelBytes) return text;
    std::size_t cut = text.rfind(' ', kLabelBytes);
    if (cut == std::string::npos || cut == 0) cut = kLabelBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // stay on a UTF-8 boundary
    return text.substr(0, cut) + "\u2026";
}

bool is_topic(EntityClass cls) {
    return cls == EntityClass::Threat || cls == EntityClass::Goal || cls == EntityClass::Organization;
}
}  // namespace

QuoteExtractor::QuoteExtractor() {
    for (const auto& row : tsv_resource("patterns/speech_verbs.tsv"))
        if (row.size() >= 3 && row[0] == "said") speech_verbs_.insert(ascii_lower(row[2]));
}

void QuoteExtractor::run(Document& doc) const {
    auto quotes = find_quotes(doc, speech_verbs_);
    if (quotes.empty()) return;                  // no quote: nothing to attribute or add
    const auto scans = scan::shared_scans(doc);  // the relation component reuses them
    auto positions = positions_.find(doc, *scans);
    auto attributions = attribute_quotes(doc, quotes, speech_verbs_, positions, positions_.titles(),
                                         scan::document_tokens(doc, *scans));

    const scan::MentionsByBegin mentions(doc);
    for (std::size_t i = 0; i < quotes.size(); ++i) {
        const FoundQuote& quote = quotes[i];
        Entity entity;
        entity.cls = EntityClass::Quote;
        entity.text = quote.text;
        entity.name = label_of(quote.text);
        entity.confidence = confidence::kQuote;
        entity.span = Span{quote.parts.front().begin, quote.parts.back().end};
        std::size_t index = doc.entities.size();
        doc.entities.push_back(std::move(entity));

        Span sentence = scan::sentence_span_at(doc, quote.outer.begin);
        if (sentence.empty() || !sentence.contains(quote.outer)) sentence = quote.outer;
        const Attribution& a = attributions[i];
        if (a.found && a.speaker != index) {
            Relation said;
            said.subject = a.speaker;
            said.predicate = Predicate::Said;
            said.object = index;
            Span span{std::min(sentence.begin, a.span.begin), std::max(sentence.end, a.span.end)};
            said.evidence = scan::make_evidence(doc, span, a.confidence, name(), a.rule);
            doc.relations.push_back(std::move(said));
        }
        for (const Span& part : quote.parts) {
            for (std::size_t m : mentions.resolved_in(part)) {
                auto target = static_cast<std::size_t>(doc.mentions[m].entity);
                if (!is_topic(doc.entities[target].cls)) continue;
                Relation about;
                about.subject = index;
                about.predicate = Predicate::About;
                about.object = target;
                about.evidence =
                    scan::make_evidence(doc, sentence, confidence::kQuoteAbout, name(), "quote/mentions-inside");
                if (!scan::has_relation(doc, about)) doc.relations.push_back(std::move(about));
            }
        }
    }
}

}  // namespace newsgraph
