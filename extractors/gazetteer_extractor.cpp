// Lexicon matches become mentions.
#include "extractors/gazetteer_extractor.hpp"

#include <set>

namespace newsgraph {

const std::vector<std::string>& folded_tokens(const Document& doc, const Sentence& sentence,
                                              std::vector<std::string>& scratch) {
    if (sentence.folded.size() == sentence.tokens.size()) return sentence.folded;
    scratch.clear();
    scratch.reserve(sentence.tokens.size());
    for (const Span& token : sentence.tokens) scratch.push_back(fold_token(doc.view(token)));
    return scratch;
}

GazetteerExtractor::GazetteerExtractor() : gazetteer_(*tokenizer_) {}

void GazetteerExtractor::run(Document& doc) const {
    std::vector<Mention> found;
    std::vector<bool> demonym;
    std::set<std::string> named_keys;
    std::vector<std::string> scratch;
    for (const Sentence& sentence : doc.sentences) {
        const std::vector<std::string>& folded = folded_tokens(doc, sentence, scratch);
        for (std::size_t i = 0; i < sentence.tokens.size();) {
            auto hit = gazetteer_.match(doc.text, sentence.tokens, folded, i);
            if (!hit) {
                ++i;
                continue;
            }
            Mention mention;
            mention.span = {sentence.tokens[i].begin, sentence.tokens[i + hit->length - 1].end};
            mention.cls = hit->entry->cls;
            mention.name = hit->entry->name;
            mention.key = hit->entry->key;
            bool proper = mention.cls == EntityClass::Organization || mention.cls == EntityClass::Place;
            mention.confidence = hit->demonym ? 0.6 : (proper ? 0.9 : 0.85);
            mention.rule = hit->demonym ? "gazetteer/demonym" : "gazetteer/" + std::string(info(mention.cls).segment);
            if (!hit->demonym) named_keys.insert(mention.key);
            // "Massachusetts Institute of Technology", "Bank of England": a place named inside an organization's
            // name is spoken of too (the resolver keeps both)
            std::vector<Mention> inner;
            if (mention.cls == EntityClass::Organization && !hit->demonym && hit->length > 1) {
                for (std::size_t k = i; k < i + hit->length;) {
                    auto place =
                        gazetteer_.match(doc.text, sentence.tokens, folded, k, EntityClass::Place, i + hit->length - k);
                    if (!place || place->demonym) {
                        ++k;
                        continue;
                    }
                    Mention nested;
                    nested.span = {sentence.tokens[k].begin, sentence.tokens[k + place->length - 1].end};
                    nested.cls = EntityClass::Place;
                    nested.name = place->entry->name;
                    nested.key = place->entry->key;
                    nested.confidence = 0.8;
                    nested.rule = "gazetteer/nested_place";
                    inner.push_back(std::move(nested));
                    k += place->length;
                }
            }
            found.push_back(std::move(mention));
            demonym.push_back(hit->demonym);
            for (Mention& nested : inner) {
                named_keys.insert(nested.key);
                found.push_back(std::move(nested));
                demonym.push_back(false);
            }
            i += hit->length;
        }
    }
    for (std::size_t m = 0; m < found.size(); ++m)
        if (!demonym[m] || named_keys.count(found[m].key)) doc.mentions.push_back(std::move(found[m]));
}

}  // namespace newsgraph
