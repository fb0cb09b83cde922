// The closed word classes the name rules test words against (connectors, articles, apposition
// nouns, locative prepositions, ...), read from ontology/lexicons/name_cues.tsv.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/resources.hpp"

namespace newsgraph {

// One word class of name_cues.tsv; the file's second column names it.
enum class Cue {
    Connector,
    Particle,
    Determiner,
    Opener,
    AppositionWord,
    Locative,
    PlaceNoun,
    OrganizationNoun,
    PlaceAppositionNoun,
    PersonNoun,
    ClauseWord,
    AdministrativeArea,
    NamePrefix,
    GovernmentNoun,
    SpeechBefore,
    SpeechLead,
    SpeechLeadTo,
    SpeechAdverb,
    Former,
    TitleAffiliation,
    Coordinator,
    Genitive,
    Definite,
    InnerJoin,
    ListSeparator,
    OfWord,
    EventPrefix,
    EventQualifier,
    EventNoun,
    OrdinalSuffix,
    ParticipleEnding,
    AdverbEnding,
    CommonEnding,
    NameSuffix,
    LegalForm,
    Workplace,
    PostNominal,
};

// The word classes, immutable once loaded and safe to share between threads.
class NameCues {
public:
    // Loads lexicons/name_cues.tsv from the current resource directory; throws Error naming file and line.
    NameCues();
    // Reads rows of a cue file; `file` names it in errors ("file:line: unknown cue ...").
    NameCues(std::string_view file, const std::vector<TsvRow>& rows);
    // The instance for the current resource directory, loaded once.
    static std::shared_ptr<const NameCues> shared();

    // True when the folded word belongs to the class.
    bool is(Cue cue, const std::string& folded) const;
    bool is(Cue cue, std::string_view folded) const { return is(cue, std::string(folded)); }
    // True when the folded word ends in one of the cue's endings and is at least that ending's minimum length
    // (cues named *_ending in the file: common-word, participle and adverb endings).
    bool ends_with(Cue cue, std::string_view folded) const;
    // ends_with(Cue::CommonEnding, folded): an ending ordinary English words have and personal names do not.
    bool common_ending(std::string_view folded) const { return ends_with(Cue::CommonEnding, folded); }

private:
    struct Ending {
        std::string text;
        std::size_t min_length = 0;
    };
    static constexpr std::size_t kCues = static_cast<std::size_t>(Cue::PostNominal) + 1;
    void load(std::string_view file, const std::vector<TsvRow>& rows);
    std::array<std::unordered_set<std::string>, kCues> words_;
    std::array<std::vector<Ending>, kCues> endings_;
};

}  // namespace newsgraph
