// Event patterns over tokens.
#include "extractors/event_extractor.hpp"

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/gazetteer_extractor.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {
bool is_ordinal(const NameCues& cues, std::string_view word) {
    return word.size() >= 3 && starts_with_digit(word) && cues.is(Cue::OrdinalSuffix, word.substr(word.size() - 2));
}
}  // namespace

void EventExtractor::run(Document& doc) const {
    const NameCues& cues = *cues_;
    std::vector<std::string> scratch;
    for (const Sentence& sentence : doc.sentences) {
        const auto& tokens = sentence.tokens;
        const std::vector<std::string>& folded = folded_tokens(doc, sentence, scratch);
        std::size_t n = tokens.size();
        for (std::size_t k = 0; k + 1 < n; ++k) {
            std::string_view first = doc.view(tokens[k]);
            // fold_token differs from fold only on apostrophes, which no qualifier or event noun holds.
            bool pattern = (cues.is(Cue::EventQualifier, folded[k]) || is_ordinal(cues, first)) &&
                           cues.is(Cue::EventNoun, folded[k + 1]) && is_lower_word(doc.view(tokens[k + 1]));
            if (pattern) {
                // "the 26th session of the Commission" reads as one event name
                Mention mention;
                mention.span = {tokens[k].begin, tokens[k + 1].end};
                mention.cls = EntityClass::Event;
                mention.name = squeeze_spaces(doc.view(mention.span));
                mention.confidence = confidence::kEventSession;
                mention.rule = "events/session";
                doc.mentions.push_back(std::move(mention));
                ++k;
                continue;
            }
            // an operation codenamed "Savannah Shield": the quoted capitalized words name it
            static const WordSet& code_words = word_list("code name word");
            if (k + 3 < n && has(code_words, folded[k]) && scan::is_quote_mark(doc.view(tokens[k + 1])) &&
                is_capitalized(doc.view(tokens[k + 2]))) {
                std::size_t end = k + 2;
                while (end < n && end < k + 7 && is_capitalized(doc.view(tokens[end]))) ++end;
                if (end < n && scan::is_quote_mark(doc.view(tokens[end]))) {
                    Mention mention;
                    mention.span = {tokens[k + 2].begin, tokens[end - 1].end};
                    mention.cls = EntityClass::Event;
                    mention.name = squeeze_spaces(doc.view(mention.span));
                    mention.confidence = confidence::kEventOperation;
                    mention.rule = "events/code-name";
                    // ("Savannah Shield" is no place, "Terra Protegida" no person)
                    std::erase_if(doc.mentions, [&](const Mention& m) { return mention.span.contains(m.span); });
                    doc.mentions.push_back(std::move(mention));
                    k = end;
                    continue;
                }
            }
            // "Operation Nightfall"
            std::string_view next = doc.view(tokens[k + 1]);
            if (is_capitalized(first) && cues.is(Cue::EventPrefix, folded[k]) && is_capitalized(next) &&
                !is_acronym(next)) {
                std::size_t end = k + 2;
                while (end < n && is_capitalized(doc.view(tokens[end])) && end < k + 4) ++end;
                Mention mention;
                mention.span = {tokens[k].begin, tokens[end - 1].end};
                mention.cls = EntityClass::Event;
                mention.name = squeeze_spaces(doc.view(mention.span));
                mention.confidence = confidence::kEventOperation;
                mention.rule = folded[k] == "operation" ? "events/operation" : "events/named-storm";
                doc.mentions.push_back(std::move(mention));
                k = end - 1;
            }
        }
    }
}

}  // namespace newsgraph
