// Pipeline component that finds names of people, organizations and places
// from capitalization plus evidence (titles, given names, speech verbs,
// appositions, head words, acronym definitions, "the Commission" back-references).
#pragma once

#include <memory>

#include "core/extractor.hpp"
#include "extractors/gazetteer.hpp"
#include "extractors/name_cues.hpp"
#include "extractors/name_lexicons.hpp"
#include "language/tokenizer.hpp"

namespace newsgraph {

// Rule-based name finder; runs after the gazetteer and adds to its mentions.
// Capitalized words without evidence are not names.
class NameExtractor : public Extractor {
public:
    // Loads its own gazetteer.
    NameExtractor();
    // Shares `gazetteer` with the other components of the pipeline.
    explicit NameExtractor(std::shared_ptr<const Gazetteer> gazetteer);
    std::string_view name() const override { return "names"; }
    std::vector<Annotation> needs() const override { return {Annotation::Tokens, Annotation::Mentions}; }
    std::vector<Annotation> provides() const override { return {Annotation::Mentions}; }
    void run(Document& doc) const override;

private:
    std::shared_ptr<const Tokenizer> tokenizer_ = Tokenizer::shared();
    std::shared_ptr<const Gazetteer> gazetteer_;
    std::shared_ptr<const NameCues> cues_ = NameCues::shared();
    NameLexicons lexicons_;
    friend class NameScan;
};

// True when `acronym` ("UNODC") can be read as the initials of `words`
// ("UN Office on Drugs and Crime"); small connecting words may be skipped.
bool is_acronym_of(std::string_view acronym, const std::vector<std::string_view>& words);

}  // namespace newsgraph
