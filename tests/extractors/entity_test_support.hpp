// Test helpers: run the sentence, entity and resolution components over a
// text and look entities up by class and name.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "extractors/amount_extractor.hpp"
#include "extractors/event_extractor.hpp"
#include "extractors/gazetteer_extractor.hpp"
#include "extractors/name_extractor.hpp"
#include "extractors/resolver.hpp"
#include "language/sentence_splitter.hpp"

namespace newsgraph::test {

// The document after sentences, mentions, resolution and amounts.
inline Document analyse(std::string text) {
    static const SentenceSplitter splitter;
    static const GazetteerExtractor gazetteer;
    static const NameExtractor names;
    static const EventExtractor events;
    static const Resolver resolver;
    static const AmountExtractor amounts;
    Document doc;
    doc.id = "test";
    doc.text = std::move(text);
    for (const Extractor* component :
         std::initializer_list<const Extractor*>{&splitter, &gazetteer, &names, &events, &resolver, &amounts})
        component->run(doc);
    return doc;
}

// The entity of this class whose canonical name is `name`, or nullptr.
inline const Entity* entity(const Document& doc, EntityClass cls, std::string_view name) {
    for (const Entity& e : doc.entities)
        if (e.cls == cls && e.name == name) return &e;
    return nullptr;
}

// True when any entity has `name` as its name or one of its aliases.
inline bool named_anywhere(const Document& doc, std::string_view name) {
    for (const Entity& e : doc.entities) {
        if (e.name == name) return true;
        if (std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()) return true;
    }
    return false;
}

// Number of entities of a class.
inline std::size_t count(const Document& doc, EntityClass cls) {
    return static_cast<std::size_t>(
        std::count_if(doc.entities.begin(), doc.entities.end(), [&](const Entity& e) { return e.cls == cls; }));
}

// True when the alias list contains `alias`.
inline bool has_alias(const Entity& e, std::string_view alias) {
    return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

}  // namespace newsgraph::test
