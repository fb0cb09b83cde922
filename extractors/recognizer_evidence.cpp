// Weighing the recognizer's names against the lexicon and rule mentions.
#include "extractors/recognizer_evidence.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/word_lists.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

bool named_class(EntityClass cls) {
    return cls == EntityClass::Person || cls == EntityClass::Organization || cls == EntityClass::Place;
}

}  // namespace

MentionIndex::MentionIndex(const std::vector<Mention>& mentions) : mentions_(&mentions), by_begin_(mentions.size()) {
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        by_begin_[i] = i;
        longest_ = std::max(longest_, mentions[i].span.size());
    }
    std::stable_sort(by_begin_.begin(), by_begin_.end(),
                     [&](std::size_t a, std::size_t b) { return mentions[a].span.begin < mentions[b].span.begin; });
}

std::vector<std::size_t> MentionIndex::overlapping(Span span) const {
    const std::vector<Mention>& mentions = *mentions_;
    std::size_t from = span.begin > longest_ ? span.begin - longest_ : 0;
    auto it = std::lower_bound(by_begin_.begin(), by_begin_.end(), from,
                               [&](std::size_t i, std::size_t at) { return mentions[i].span.begin < at; });
    std::vector<std::size_t> out;
    for (; it != by_begin_.end() && mentions[*it].span.begin < span.end; ++it)
        if (mentions[*it].span.overlaps(span)) out.push_back(*it);
    return out;
}

bool overrulable(const Mention& rule_mention, const Mention& recognized) {
    if (!named_class(rule_mention.cls)) return false;
    if (rule_mention.span == recognized.span)  // the same words: a class the recognizer disputes
        return rule_mention.cls != recognized.cls && rule_mention.confidence <= confidence::kPlainName;
    if (recognized.span.contains(rule_mention.span))  // the recognizer reads a longer name
        return rule_mention.confidence <= confidence::kOverrulableRule;
    return rule_mention.confidence <= confidence::kOverrulableInside;
}

bool place_in_person_name(const Mention& rule_mention, const Mention& recognized) {
    return rule_mention.cls == EntityClass::Place && rule_mention.rule == "gazetteer/place" &&
           recognized.cls == EntityClass::Person && recognized.confidence >= confidence::kRecognizedOverRules &&
           recognized.span.contains(rule_mention.span) && recognized.span != rule_mention.span;
}

double agreed_confidence(const Mention& rule_mention, const Mention& recognized) {
    if (!named_class(rule_mention.cls) || rule_mention.span != recognized.span || rule_mention.cls != recognized.cls)
        return rule_mention.confidence;
    return 1.0 - (1.0 - rule_mention.confidence) * (1.0 - recognized.confidence);
}

bool owns_organization_title(const Document& doc, const Sentence& sentence, Span name, const PhraseIndex& titles) {
    static const WordSet& offices = word_list("public office");
    std::size_t k = 0;
    while (k < sentence.tokens.size() && sentence.tokens[k].begin < name.begin) ++k;
    if (k + 2 >= sentence.tokens.size() || sentence.tokens[k].end != name.end) return false;
    std::string_view possessive = doc.view(sentence.tokens[k + 1]);
    if (possessive != "'s" && possessive != "\u2019s") return false;
    std::vector<std::string> folded;
    for (std::size_t t = k + 2; t < sentence.tokens.size() && t < k + 6; ++t)
        folded.push_back(fold_token(doc.view(sentence.tokens[t])));
    const std::vector<std::size_t>* values = nullptr;
    std::size_t length = titles.match(folded, 0, values);
    if (length == 0) return false;
    for (std::size_t t = 0; t < length; ++t)
        if (has(offices, folded[t])) return false;
    // a title only a body has ("chairman"), not one a person may have too ("Gorbachev's spokesman")
    static const WordSet& company_titles = word_list("company title");
    return has(company_titles, folded[length - 1]);
}

bool person_named_before(const Document& doc, const std::vector<Mention>& mentions, const std::string& word,
                         std::size_t before) {
    for (const Mention& m : mentions) {
        if (m.cls != EntityClass::Person || m.span.begin >= before) continue;
        std::string_view text = doc.view(m.span);
        for (std::size_t at = 0; at < text.size();) {
            std::size_t end = text.find(' ', at);
            if (end == std::string_view::npos) end = text.size();
            if (fold_token(text.substr(at, end - at)) == word) return true;
            at = end + 1;
        }
    }
    return false;
}

bool overrules(const Mention& recognized) { return recognized.confidence >= confidence::kRecognizedOverRules; }

bool tagged_proper(const Document& doc, Span span) {
    auto sentence = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), span.begin,
                                     [](std::size_t at, const Sentence& s) { return at < s.span.begin; });
    if (sentence == doc.sentences.begin()) return false;
    --sentence;
    bool any = false;
    for (const Word& word : sentence->words) {
        if (!word.span.overlaps(span) || word.upos == "PUNCT") continue;
        if (word.upos != "PROPN") return false;
        any = true;
    }
    return any;
}

bool needs_recognizer_support(const Document& doc, const Mention& rule_mention) {
    if (!named_class(rule_mention.cls) || rule_mention.confidence > confidence::kUnsupportedRule) return false;
    return !tagged_proper(doc, rule_mention.span);
}

bool known_lower_case_name(const Gazetteer& gazetteer, const Tokenizer& tokenizer, const Mention& recognized) {
    std::string capitalized = recognized.name;
    std::vector<Span> spans = tokenizer.tokenize(capitalized, Span{0, capitalized.size()});
    std::vector<std::string> folded;
    for (const Span& t : spans) {
        char first = capitalized[t.begin];
        if (!is_lower_word(t.of(capitalized)) || first < 'a' || first > 'z') return false;
        capitalized[t.begin] = static_cast<char>(capitalized[t.begin] - 'a' + 'A');
        folded.push_back(fold_token(t.of(capitalized)));
    }
    if (spans.empty()) return false;
    auto hit = gazetteer.match(capitalized, spans, folded, 0, recognized.cls);
    return hit && !hit->demonym && hit->length == spans.size();
}

}  // namespace newsgraph
