// Titles next to a person's name and in holdsPosition roles, and the look-up of a title's one holder.
#include "extractors/title_holders.hpp"

#include <algorithm>
#include <set>

#include "core/resources.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

namespace {

constexpr std::size_t kTitleWords = 6;  // "Deputy Chief Medical Officer for England"
constexpr std::size_t kModifiers = 2;   // capitalized words before a title that belong to it ("Foreign")

std::vector<std::string> folded_words(std::string_view phrase) {
    std::vector<std::string> words;
    for (const auto& t : scan::tokenize(phrase, Span{0, phrase.size()}))
        if (t.word) words.push_back(t.low);
    return words;
}

bool capitalized(std::string_view text, const scan::Token& t) {
    char c = t.span.begin < text.size() ? text[t.span.begin] : 'a';
    return c >= 'A' && c <= 'Z';
}

// True when the title `held` is the title `asked`: it holds its words in a row, and no word before them makes it
// another office ("shadow home secretary", "deputy prime minister" are not "home secretary", "prime minister").
bool holds(const std::vector<std::string>& held, const std::vector<std::string>& asked) {
    static const WordSet& other_office = word_list("other office");
    auto at = std::search(held.begin(), held.end(), asked.begin(), asked.end());
    if (asked.empty() || at == held.end()) return false;
    return std::none_of(held.begin(), at, [](const std::string& word) { return has(other_office, word); });
}

}  // namespace

TitleHolders::TitleHolders(std::string_view text, const std::vector<scan::Token>& tokens,
                           const std::vector<scan::Placed>& placed, const std::vector<Position>& positions,
                           const TitleLexicon& titles) {
    for (const auto& row : tsv_resource("patterns/title_abbreviations.tsv"))
        if (row.size() >= 2) abbreviations_[folded_words(row[0]).front()] = folded_words(row[1]);
    for (const Position& p : positions) add(p.person, folded_words(p.role));
    for (const scan::Placed& p : placed) {
        if (p.cls != EntityClass::Person) continue;
        title_before(text, tokens, p, titles);
        title_after(tokens, p, titles);
    }
}

void TitleHolders::add(std::size_t person, std::vector<std::string> title) {
    if (!title.empty()) held_.emplace_back(person, std::move(title));
}

// True when tokens [from, end) complete a title with the body it heads: "of Health", "for Education".
static bool title_body(std::string_view text, const std::vector<scan::Token>& tokens, std::size_t from,
                       std::size_t end) {
    if (from == end) return true;
    if (tokens[from].low != "of" && tokens[from].low != "for") return false;
    for (std::size_t k = from + 1; k < end; ++k)
        if (!tokens[k].word || !(capitalized(text, tokens[k]) || tokens[k].low == "and" || tokens[k].low == "the"))
            return false;
    return from + 1 < end;
}

// "Foreign Secretary James Cleverly", "Minister of Health, José Mucavele": a title (with the body it heads)
// right before the name, and the capitalized words before it.
void TitleHolders::title_before(std::string_view text, const std::vector<scan::Token>& tokens, const scan::Placed& p,
                                const TitleLexicon& titles) {
    std::size_t stop = p.first;
    if (stop > 0 && tokens[stop - 1].low == ",") --stop;
    std::size_t floor = stop > kTitleWords ? stop - kTitleWords : 0;
    std::vector<std::string> words;
    for (std::size_t k = floor; k < stop; ++k) words.push_back(tokens[k].low);
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::size_t length = titles.match(words, k);
        if (length == 0 || !title_body(text, tokens, floor + k + length, stop)) continue;
        // "the minister, John": a list, not a title; "The Home Secretary, Yvette Cooper,": a formal title is one
        if (stop != p.first && floor + k + length == stop && !capitalized(text, tokens[floor + k])) continue;
        std::size_t first = k;
        while (first > 0 && k - first < kModifiers && tokens[floor + first - 1].word &&
               capitalized(text, tokens[floor + first - 1]) && !scan::ends_with_possessive(words[first - 1]))
            --first;
        add(p.entity, std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(first), words.end()));
        return;
    }
}

// "James Cleverly, the Foreign Secretary,": a title phrase in apposition after the name.
void TitleHolders::title_after(const std::vector<scan::Token>& tokens, const scan::Placed& p,
                               const TitleLexicon& titles) {
    std::size_t at = p.end;
    if (at >= tokens.size() || tokens[at].low != ",") return;
    ++at;
    if (at < tokens.size() && (tokens[at].low == "the" || tokens[at].low == "a")) ++at;
    std::vector<std::string> words;
    for (std::size_t k = at; k < tokens.size() && k < at + kTitleWords && tokens[k].word; ++k)
        words.push_back(tokens[k].low);
    for (std::size_t stop = words.size(); stop > 0; --stop)
        for (std::size_t k = 0; k < stop; ++k)
            if (titles.match(words, k) == stop - k) {
                add(p.entity,
                    std::vector<std::string>(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(stop)));
                return;
            }
}

std::size_t TitleHolders::holder(std::vector<std::string> title, std::size_t none) const {
    if (title.size() == 1)
        if (auto full = abbreviations_.find(title.front()); full != abbreviations_.end()) title = full->second;
    std::set<std::size_t> people;
    for (const auto& [person, held] : held_)
        if (holds(held, title)) people.insert(person);
    return people.size() == 1 ? *people.begin() : none;
}

}  // namespace newsgraph
