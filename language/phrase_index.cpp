// Phrase look-up by joined folded tokens.
#include "language/phrase_index.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "language/tokenizer.hpp"

namespace newsgraph {

std::string fold_token(std::string_view token) {
    std::string folded = fold(token);
    if (folded.find('\xE2') == std::string::npos) return folded;  // no U+2019 (nor any other E2 xx xx)
    std::string out;
    out.reserve(folded.size());
    std::string_view curly = "\u2019";
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (std::string_view(folded).substr(i, curly.size()) == curly) {
            out += '\'';
            i += curly.size() - 1;
        } else {
            out += folded[i];
        }
    }
    return out;
}

std::string PhraseIndex::key(const Tokenizer& tokenizer, std::string_view phrase) {
    std::string joined;
    for (const Span& token : tokenizer.tokenize(phrase)) {
        if (!joined.empty()) joined += ' ';
        joined += fold_token(token.of(phrase));
    }
    return joined;
}

void PhraseIndex::add(const Tokenizer& tokenizer, std::string_view phrase, std::size_t value) {
    std::string joined = key(tokenizer, phrase);
    if (joined.empty()) return;
    std::size_t count = 1;
    for (char c : joined)
        if (c == ' ') ++count;
    if (count > longest_) longest_ = count;
    auto& values = phrases_[joined];  // map nodes stay put, so the step may point at them
    Step& step = steps_[joined];
    step.phrase = true;
    step.values = &values;
    for (std::size_t at = joined.find(' '); at != std::string::npos; at = joined.find(' ', at + 1))
        steps_[joined.substr(0, at)].longer = true;
    for (std::size_t v : values)
        if (v == value) return;
    values.push_back(value);
}

const std::vector<std::size_t>* PhraseIndex::find(const std::string& joined) const {
    auto found = phrases_.find(joined);
    return found == phrases_.end() ? nullptr : &found->second;
}

std::size_t PhraseIndex::match(const std::vector<std::string>& folded, std::size_t at,
                               const std::vector<std::size_t>*& values) const {
    auto all = matches(folded, at);
    values = all.empty() ? nullptr : all.front().second;
    return all.empty() ? 0 : all.front().first;
}

std::vector<std::pair<std::size_t, const std::vector<std::size_t>*>> PhraseIndex::matches(
    const std::vector<std::string>& folded, std::size_t at) const {
    std::vector<std::pair<std::size_t, const std::vector<std::size_t>*>> out;
    std::size_t limit = std::min(longest_, folded.size() - std::min(at, folded.size()));
    // Grow the phrase one token at a time while some phrase still starts this way.
    std::string joined;  // tokens at..at+n joined by spaces; one token is looked up without a copy
    for (std::size_t n = 0; n < limit; ++n) {
        if (n == 1) joined = folded[at];
        if (n >= 1) {
            joined += ' ';
            joined += folded[at + n];
        }
        auto found = steps_.find(n == 0 ? folded[at] : joined);
        if (found == steps_.end()) break;
        if (found->second.phrase) out.emplace_back(n + 1, found->second.values);
        if (!found->second.longer) break;
    }
    std::reverse(out.begin(), out.end());  // longest first
    return out;
}

}  // namespace newsgraph
