// Learning and looking up words' usual case.
#include "language/case_profiles.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "language/tagger_features.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

void CaseProfileCounter::add_sentence(const std::vector<std::string_view>& forms) {
    for (std::size_t i = 1; i < forms.size(); ++i) {
        bool lower = is_lower_word(forms[i]), capitalized = is_capitalized(forms[i]) && !is_acronym(forms[i]);
        if (lower || capitalized) seen_.emplace_back(hash_text(ascii_lower(forms[i])), capitalized);
    }
}

std::vector<std::pair<std::uint64_t, CaseProfileCounter::Counts>> CaseProfileCounter::sorted() const {
    std::vector<std::pair<std::uint64_t, bool>> seen = seen_;
    std::sort(seen.begin(), seen.end());
    std::vector<std::pair<std::uint64_t, Counts>> out;
    for (const auto& [key, capitalized] : seen) {
        if (out.empty() || out.back().first != key) out.emplace_back(key, Counts{});
        (capitalized ? out.back().second.capitalized : out.back().second.lower) += 1;
    }
    return out;
}

void CaseProfileCounter::profiles(std::uint32_t min_count, std::vector<std::uint64_t>& keys,
                                  std::vector<std::uint8_t>& classes) const {
    keys.clear();
    classes.clear();
    for (const auto& [key, counts] : sorted()) {
        if (counts.lower + counts.capitalized < min_count) continue;
        CaseProfile profile = counts.lower >= 4 * counts.capitalized   ? CaseProfile::Lower
                              : counts.capitalized >= 4 * counts.lower ? CaseProfile::Capitalized
                                                                       : CaseProfile::Mixed;
        keys.push_back(key);
        classes.push_back(static_cast<std::uint8_t>(profile));
    }
}

CaseProfiles::CaseProfiles(const std::vector<std::uint64_t>& keys, const std::vector<std::uint8_t>& classes) {
    std::vector<std::uint32_t> values(classes.begin(), classes.end());
    index_ = HashIndex(keys, values);
}

}  // namespace newsgraph
