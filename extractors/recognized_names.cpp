// Turning the recognizer's spans over parse words into mentions.
#include "extractors/recognized_names.hpp"

#include <algorithm>
#include <string>

#include "core/entity_class.hpp"
#include "core/text.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

// Articles and determiners ("the Foreign Office"), by their part of speech.
bool leading_function_word(const Word& word) { return word.upos == "DET"; }

// A possessive ending ("Bush" + "'s") or punctuation after a name.
bool trailing_function_word(const Word& word) { return word.upos == "PART" || word.upos == "PUNCT"; }

// Folded forms of words [first, end), for title look-ups.
std::vector<std::string> folded_forms(const Sentence& sentence, std::size_t first, std::size_t end) {
    std::vector<std::string> out;
    for (std::size_t k = first; k < end; ++k) out.push_back(fold_token(sentence.words[k].form));
    return out;
}

// True when the word is a demonym or a member noun, which describes a person rather than names them
// ("Briton Peter Greste", "Scientologist Tom Cruise").
bool describing_word(const Document& doc, const Word& word, const Gazetteer& gazetteer) {
    for (EntityClass cls : {EntityClass::Place, EntityClass::Organization}) {
        auto hit = gazetteer.match_word(doc.text, word.span, cls);
        if (hit && hit->demonym) return true;
    }
    return false;
}

// First word of a person's name after any titles and describing words at the front ("Mr. Guterres" ->
// "Guterres"); a title or description alone is no name.
std::size_t after_descriptions(const Document& doc, const Sentence& sentence, std::size_t first, std::size_t end,
                               const NameTrimming& lexicons) {
    std::vector<std::string> folded = folded_forms(sentence, first, end);
    std::size_t at = 0;
    const std::vector<std::size_t>* values = nullptr;
    while (at + 1 < folded.size()) {
        std::size_t length = lexicons.titles.match(folded, at, values);
        if (length == 0 && describing_word(doc, sentence.words[first + at], lexicons.gazetteer)) length = 1;
        if (length == 0 || at + length >= folded.size()) break;
        at += length;
    }
    return first + at;
}

// The end of a person's name widened over the proper nouns right after it that the parse joins to it
// ("Fei-Fei Li" recognized as "Fei-Fei", with "Li" a flat part of the name).
std::size_t past_flat_parts(const Sentence& sentence, std::size_t first, std::size_t end) {
    for (std::size_t k = end; k < sentence.words.size(); ++k) {
        const Word& w = sentence.words[k];
        if (w.form == "-") continue;  // "Fei - Fei": a hyphen inside the name's token
        const bool joined = w.upos == "PROPN" && w.deprel == "flat" && w.head >= static_cast<int>(first) &&
                            w.head < static_cast<int>(k);
        if (!joined) break;
        end = k + 1;
    }
    return end;
}

// The byte span of words [first, end), widened to whole tokens ("Takahashi" of "Takahashi-Reid" is the token) and
// without a possessive ending ("WCO's" is one token of two words); none inside an adjective ("Lagos-based").
std::optional<Span> token_span(const Document& doc, const Sentence& sentence, std::size_t first, std::size_t end) {
    Span span{sentence.words[first].span.begin, sentence.words[end - 1].span.end};
    for (const Span& token : sentence.tokens) {
        if (!token.overlaps(span)) continue;
        // a name before a hyphen and a lower-case word is part of an adjective ("Lagos-based"), not a name
        if (token.end > span.end && doc.text[span.end] == '-' && span.end + 1 < token.end &&
            is_lower_word(doc.view(Span{span.end + 1, token.end})))
            return std::nullopt;
        span = Span{std::min(span.begin, token.begin), std::max(span.end, token.end)};
    }
    std::string_view text = doc.view(span);
    for (std::string_view ending : {"'s", "\u2019s", "'"})
        if (text.size() > ending.size() && text.ends_with(ending)) {
            span.end -= ending.size();
            break;
        }
    return span;
}

}  // namespace

std::optional<EntityClass> recognized_class(std::string_view type) {
    if (type.empty()) return std::nullopt;
    std::string local(type);
    if (local[0] >= 'a' && local[0] <= 'z') local[0] = static_cast<char>(local[0] - 'a' + 'A');
    auto cls = entity_class_from_name(local);
    bool named = cls == EntityClass::Person || cls == EntityClass::Organization || cls == EntityClass::Place;
    return named ? cls : std::nullopt;
}

std::vector<Mention> recognized_mentions(const Document& doc, const Sentence& sentence, const NameTrimming& lexicons) {
    std::vector<Mention> out;
    for (const NameSpan& name : sentence.names) {
        auto cls = recognized_class(name.type);
        if (!cls || name.end > sentence.words.size() || name.first >= name.end) continue;
        std::size_t first = name.first;
        std::size_t end = name.end;
        while (first < end && leading_function_word(sentence.words[first])) ++first;
        while (end > first && trailing_function_word(sentence.words[end - 1])) --end;
        // "the Lee" is a river, not a person: a person's name takes no article
        bool article = first > name.first || (first > 0 && leading_function_word(sentence.words[first - 1]));
        if (*cls == EntityClass::Person && article) continue;
        if (*cls == EntityClass::Person) {
            first = after_descriptions(doc, sentence, first, end, lexicons);
            end = past_flat_parts(sentence, first, end);
        }
        if (first >= end) continue;
        Mention mention;
        std::optional<Span> span = token_span(doc, sentence, first, end);
        if (!span) continue;
        mention.span = *span;
        mention.cls = *cls;
        mention.name = squeeze_spaces(doc.view(mention.span));
        mention.confidence = name.confidence;
        mention.rule = "recognizer/" + std::string(info(*cls).segment);
        out.push_back(std::move(mention));
    }
    return out;
}

}  // namespace newsgraph
