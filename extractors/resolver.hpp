// Pipeline component that groups mentions into document entities
// (provides Entities): surnames to full names, acronyms to long forms,
// accent and case variants together.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/extractor.hpp"
#include "extractors/gazetteer.hpp"
#include "extractors/mention_groups.hpp"
#include "language/tokenizer.hpp"

namespace newsgraph {

// In-document coreference by name. Drops mentions that overlap a better one
// (a place inside an organization's name), then sets Mention::entity.
class Resolver : public Extractor {
public:
    // Loads the honorifics of lexicons/titles.tsv ("Mr. Guterres" is kept as an alias) and its own gazetteer.
    Resolver();
    // Shares `gazetteer` with the other components of the pipeline.
    explicit Resolver(std::shared_ptr<const Gazetteer> gazetteer);
    std::string_view name() const override { return "resolver"; }
    std::vector<Annotation> needs() const override { return {Annotation::Mentions}; }
    std::vector<Annotation> provides() const override { return {Annotation::Entities}; }
    void run(Document& doc) const override;

private:
    // "Mr. Guterres" when an honorific stands right before the mention, else "".
    std::string honorific_form(const Document& doc, const Mention& mention) const;
    // "Durham, North Carolina" when mention `index` is followed by ", " and a place that is no city ("Nairobi,
    // Mombasa and Kisumu" is a list), else "".
    std::string with_region(const Document& doc, std::size_t index) const;
    // The entity of one group: canonical name, aliases, confidence.
    Entity entity_of(const Document& doc, const MentionGroup& group, MentionGroups& names) const;

    std::shared_ptr<const Tokenizer> tokenizer_ = Tokenizer::shared();
    std::shared_ptr<const Gazetteer> gazetteer_;
    std::vector<std::string> honorifics_;  // "Mr", "Mr.", "Dr", "Professor"...
};

}  // namespace newsgraph
