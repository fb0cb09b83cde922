// Learning of the lemmatizer's tables from tagged training words: the most
// frequent rewrite rule of each word and, per tag, of each suffix.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "language/lemmatizer.hpp"

namespace newsgraph {

// One training word: its form, tag class and gold lemma.
struct LemmaExample {
    std::string form;
    std::uint8_t tag = 0;
    std::string lemma;
};

// Learns the tables; `keeps_form[tag]` marks proper-noun classes (their unseen words keep their form).
LemmaTables learn_lemma_tables(const std::vector<LemmaExample>& examples, std::vector<std::uint8_t> keeps_form,
                               std::uint32_t max_suffix, std::uint32_t min_types);

}  // namespace newsgraph
