// Loading and look-up of the name rules' cue words.
#include "extractors/name_cues.hpp"

#include <charconv>

#include "core/error.hpp"
#include "language/phrase_index.hpp"

namespace newsgraph {

namespace {

constexpr std::string_view kFile = "lexicons/name_cues.tsv";

// The cue names of the file's second column, in the order of enum Cue.
constexpr std::array<std::string_view, static_cast<std::size_t>(Cue::PostNominal) + 1> kCueNames{
    "connector",
    "particle",
    "determiner",
    "opener",
    "apposition_word",
    "locative",
    "place_noun",
    "organization_noun",
    "place_apposition_noun",
    "person_noun",
    "clause_word",
    "administrative_area",
    "name_prefix",
    "government_noun",
    "speech_before",
    "speech_lead",
    "speech_lead_to",
    "speech_adverb",
    "former",
    "title_affiliation",
    "coordinator",
    "genitive",
    "definite",
    "inner_join",
    "list_separator",
    "of_word",
    "event_prefix",
    "event_qualifier",
    "event_noun",
    "ordinal_suffix",
    "participle_ending",
    "adverb_ending",
    "common_ending",
    "name_suffix",
    "legal_form",
    "workplace",
    "post_nominal",
};

// every cue has its name: a missing one would leave the last entry empty
static_assert(kCueNames.back() == "post_nominal");

[[noreturn]] void fail(std::string_view file, std::size_t line, const std::string& message) {
    throw Error(std::string(file) + ":" + std::to_string(line), message);
}

}  // namespace

NameCues::NameCues() { load(kFile, numbered_tsv_resource(kFile)); }

NameCues::NameCues(std::string_view file, const std::vector<TsvRow>& rows) { load(file, rows); }

std::shared_ptr<const NameCues> NameCues::shared() { return shared_from_resources<NameCues>(); }

void NameCues::load(std::string_view file, const std::vector<TsvRow>& rows) {
    for (const TsvRow& row : rows) {
        if (row.fields.size() < 2 || row.fields[0].empty())
            fail(file, row.line, "expected a word and a cue separated by a tab");
        std::size_t cue = 0;
        while (cue < kCueNames.size() && kCueNames[cue] != row.fields[1]) ++cue;
        if (cue == kCueNames.size()) fail(file, row.line, "unknown cue \"" + row.fields[1] + "\"");
        // openers are marks compared as written; every other cue word folded
        std::string word = row.fields[0] == "\\#"                 ? "#"
                           : static_cast<Cue>(cue) == Cue::Opener ? row.fields[0]
                                                                  : fold_token(row.fields[0]);
        bool ending = kCueNames[cue].ends_with("_ending");
        if (row.fields.size() != (ending ? 3U : 2U))
            fail(file, row.line,
                 ending ? "an ending (" + row.fields[1] + ") needs its minimum word length in a third column"
                        : std::string("expected two columns, a word and a cue"));
        if (ending) {
            const std::string& digits = row.fields[2];
            Ending item{word, 0};
            auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), item.min_length);
            if (error != std::errc() || end != digits.data() + digits.size() || digits.empty())
                fail(file, row.line, "minimum length \"" + digits + "\" is not a number");
            endings_[cue].push_back(std::move(item));
        }
        words_[cue].insert(std::move(word));
    }
}

bool NameCues::is(Cue cue, const std::string& folded) const {
    return words_[static_cast<std::size_t>(cue)].count(folded) > 0;
}

bool NameCues::ends_with(Cue cue, std::string_view folded) const {
    for (const Ending& ending : endings_[static_cast<std::size_t>(cue)])
        if (folded.size() >= ending.min_length && folded.ends_with(ending.text)) return true;
    return false;
}

}  // namespace newsgraph
