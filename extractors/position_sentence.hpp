// The position rules of one sentence: a title between a person and an organization (or a place, for a
// public office) in the words around them, however the sentence was parsed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "extractors/position_relations.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

// Reads the positions one scanned sentence states and appends them to `found`.
class SentencePositions {
public:
    SentencePositions(const Document& doc, const scan::ScannedSentence& sentence, const TitleLexicon& titles,
                      const std::vector<PositionVerb>& verbs, std::vector<Position>& found);
    // Runs every rule over the sentence.
    void find();

private:
    // "its" / "the NOUN's" standing for an organization; `first`/`end` are the tokens it covers.
    struct OrgReference {
        std::size_t entity = 0;
        std::size_t first = 0;
        std::size_t end = 0;
    };

    // ORG's TITLE [of WORDS], [Hon.] X  /  its TITLE, X  /  the NOUN's TITLE, X
    void organization_title_comma_name();
    // X, [the] TITLE of [the] ORG  /  X, [the] ORG['s] TITLE  /  X, its TITLE  /  X, who heads ORG
    void appositions(const scan::Placed& person);
    // X, TITLE of ORG [, and TITLE of ORG]: each title of the apposition with its organization
    void apposition_titles_of(const scan::Placed& person);
    // ORG['s] [word word] TITLE X; PLACE['s] OFFICE X ("Japanese Prime Minister Toshiki Kaifu")
    void titles_before(const scan::Placed& person);
    // TITLE X of [the] ORG; OFFICE X of PLACE ("Mayor Tom Bradley of Los Angeles"), whatever the parse
    void title_name_of(const scan::Placed& person);
    // [the] TITLE of [the] ORG, X
    void title_of_org_name(const scan::Placed& person);

    // True when a title and "for", "of" or "to" stand before the organization at `at`: "the spokesperson for the
    // UN Secretary-General, Stephane Dujarric" names the spokesperson, not the Secretary-General.
    bool aide_before(std::size_t at) const;
    // A title (with an optional "acting"/"interim", and "and TITLE" after it) at `at`: its end token, or `at`.
    std::size_t title_at(std::size_t at) const;
    // True when token `token` may describe the title after it: a capitalized word, or an adjective or noun.
    bool describes(std::size_t token) const;
    // True when the word before token `end` is a public office held for a place ("minister", "president").
    bool public_office(std::size_t end) const;
    // Records the position of `person` in `org` with the title over tokens [title_first, title_end).
    void add(const scan::Placed& person, const scan::Placed& org, std::size_t title_first, std::size_t title_end,
             std::string rule);
    // The organization named at `at`, past an article.
    const scan::Placed* org_at(std::size_t at) const;
    // "its" / "the NOUN's" at `at`, resolved to an organization named earlier.
    std::optional<OrgReference> reference_at(std::size_t at) const;
    // After a title ending at `end`: "of/for/in WORD [WORD]" that narrows it ("director of operations",
    // "Regional Director for Africa", "representative in Zambia"), when a comma follows; the token after the title as
    // written.
    std::size_t qualifier_end(std::size_t end) const;
    // After an organization ending at `at`: the end of "'s [WORDS] UNIT" ("the FBI's Cincinnati field office"),
    // a unit of it that a title before it leads; 0 when none follows.
    std::size_t unit_after(std::size_t at) const;
    // A person right after the comma at `comma`, allowing one honorific word between ("Cllr", "Dr").
    const scan::Placed* person_after_comma(std::size_t comma) const;
    // A title written from `at` (up to two describing words first): the end of the title, or `at`.
    std::size_t described_title(std::size_t at, std::size_t limit) const;
    // "the [word word] ORG": an organization after an article and up to two describing words.
    const scan::Placed* described_org_at(std::size_t at) const;

    const Document& doc_;
    const std::vector<scan::Token>& tokens_;
    const std::vector<std::string>& words_;
    const std::vector<scan::Placed>& placed_;
    const std::size_t n_;
    const TitleLexicon& titles_;
    const std::vector<PositionVerb>& verbs_;
    const WordSet& title_modifiers_;
    std::vector<Position>& found_;
};

}  // namespace newsgraph
