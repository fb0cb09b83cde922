// Mentions from the learned recognizer's name spans (Sentence::names): their class from the
// recognizer's type, their words trimmed by the parse (articles, possessive endings, titles).
#pragma once

#include <optional>
#include <vector>

#include "core/document.hpp"
#include "extractors/gazetteer.hpp"
#include "language/phrase_index.hpp"

namespace newsgraph {

// What trims a recognized person's name: folded titles ("mr", "president") and the gazetteer's demonyms and
// member nouns ("Briton", "Scientologist").
struct NameTrimming {
    const PhraseIndex& titles;
    const Gazetteer& gazetteer;
};

// The mention a recognized span proposes: class Person, Organization or Place, the span's words
// without a leading article, title or describing word and a trailing possessive or punctuation; empty when
// the type is another kind or nothing is left.
std::vector<Mention> recognized_mentions(const Document& doc, const Sentence& sentence, const NameTrimming& lexicons);

// The class a recognizer type stands for ("person" -> Person), if it is one of the three named kinds.
std::optional<EntityClass> recognized_class(std::string_view type);

}  // namespace newsgraph
