// Position titles, and the finder that reads the positions of every sentence (rules in position_sentence.cpp).
#include "extractors/position_relations.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/position_sentence.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {

std::vector<std::string> folded_words(std::string_view phrase) {
    std::vector<std::string> words;
    for (const auto& token : scan::tokenize(phrase, Span{0, phrase.size()})) words.push_back(token.low);
    return words;
}

TitleKind kind_from_name(std::string_view name) {
    if (name == "leader") return TitleKind::Leader;
    if (name == "deputy") return TitleKind::Deputy;
    if (name == "member") return TitleKind::Member;
    return TitleKind::Staff;
}

}  // namespace

TitleLexicon::TitleLexicon() {
    for (const auto& row : tsv_resource("patterns/titles.tsv")) {
        if (row.size() < 4 || row[0] != "holdsPosition") continue;
        titles_.push_back({folded_words(row[2]), kind_from_name(row[3])});
        rule_ = row[1];
    }
    // Role titles of the entity extractors' lexicon (read, not owned here), when it is there.
    try {
        for (const auto& row : tsv_resource("lexicons/titles.tsv")) {
            if (row.size() < 2 || row[1] != "role") continue;
            auto words = folded_words(row[0]);
            bool known = std::any_of(titles_.begin(), titles_.end(), [&](const Title& t) { return t.words == words; });
            if (!known && !words.empty() && words.front() != "former") titles_.push_back({words, TitleKind::Staff});
        }
    } catch (const Error&) {
        // Only this component's titles.
    }
    // Longest first so "Deputy Executive Director" wins over "Executive Director".
    std::stable_sort(titles_.begin(), titles_.end(),
                     [](const Title& a, const Title& b) { return a.words.size() > b.words.size(); });
    for (std::size_t i = 0; i < titles_.size(); ++i)
        if (!titles_[i].words.empty()) {
            by_first_word_[titles_[i].words.front()].push_back(i);
            const auto& words = titles_[i].words;
            // An abbreviated title ("Gov.") ends in its dotted word, as the parse writes it.
            bool dotted = words.size() >= 2 && words.back() == ".";
            last_words_.insert(dotted ? words[words.size() - 2] + "." : words.back());
        }
}

std::size_t TitleLexicon::match(const std::vector<std::string>& words, std::size_t at) const {
    if (at >= words.size()) return 0;
    auto starting = by_first_word_.find(words[at]);
    if (starting == by_first_word_.end()) return 0;
    for (std::size_t index : starting->second) {
        const Title& title = titles_[index];
        if (at + title.words.size() > words.size()) continue;
        if (std::equal(title.words.begin(), title.words.end(), words.begin() + static_cast<std::ptrdiff_t>(at)))
            return title.words.size();
    }
    return 0;
}

TitleKind TitleLexicon::kind(const std::string& folded_title) const {
    auto words = folded_words(folded_title);
    for (const auto& title : titles_)
        if (title.words == words) return title.kind;
    // The last word decides for modified titles ("regional director").
    for (std::size_t start = 1; start < words.size(); ++start) {
        std::vector<std::string> tail(words.begin() + static_cast<std::ptrdiff_t>(start), words.end());
        for (const auto& title : titles_)
            if (title.words == tail) return title.kind;
    }
    return TitleKind::Staff;
}

PositionFinder::PositionFinder() {
    for (const auto& row : tsv_resource("patterns/position_verbs.tsv"))
        if (row.size() >= 4 && row[0] == "holdsPosition") head_verbs_.push_back({ascii_lower(row[2]), row[3], row[1]});
}

std::vector<Position> PositionFinder::find(const Document& doc) const { return find(doc, scan::ScannedSentences(doc)); }

std::vector<Position> PositionFinder::find(const Document& doc, const scan::ScannedSentences& scans) const {
    std::vector<Position> found;
    for (std::size_t index = 0; index < doc.sentences.size(); ++index)
        SentencePositions(doc, scans[index], titles_, head_verbs_, found).find();
    return found;
}

}  // namespace newsgraph
