// The people an article gives a title ("Chancellor Rishi Sunak", "X, the
// Foreign Secretary", holdsPosition roles), so that "the Chancellor said"
// can stand for the one person who holds that title.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "extractors/position_relations.hpp"
#include "extractors/text_scan.hpp"

namespace newsgraph {

// Titles held by the people of one document. Built once per document; read-only after.
class TitleHolders {
public:
    // `tokens` tokenize the whole `text` and `placed` are its mentions on them.
    TitleHolders(std::string_view text, const std::vector<scan::Token>& tokens, const std::vector<scan::Placed>& placed,
                 const std::vector<Position>& positions, const TitleLexicon& titles);
    // The one person whose title holds `title` (folded words; an abbreviation such as "pm" is expanded),
    // or `none` when no person or several do.
    std::size_t holder(std::vector<std::string> title, std::size_t none) const;
    // True when `word` (folded) is a short form of a title ("pm").
    bool abbreviation(const std::string& word) const { return abbreviations_.count(word) > 0; }

private:
    void add(std::size_t person, std::vector<std::string> title);
    void title_before(std::string_view text, const std::vector<scan::Token>& tokens, const scan::Placed& p,
                      const TitleLexicon& titles);
    void title_after(const std::vector<scan::Token>& tokens, const scan::Placed& p, const TitleLexicon& titles);

    std::vector<std::pair<std::size_t, std::vector<std::string>>> held_;
    std::map<std::string, std::vector<std::string>> abbreviations_;  // "pm" -> {"prime", "minister"}
};

}  // namespace newsgraph
