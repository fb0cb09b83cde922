// Names from capitalized token runs and the evidence around them.
#include "extractors/name_extractor.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/gazetteer_extractor.hpp"
#include "extractors/name_scan.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

bool is_acronym_of(std::string_view acronym, const std::vector<std::string_view>& words) {
    // digits count like letters: "M5S" for "Movimento 5 Stelle", "G20" for "Group of 20"
    std::string letters;
    for (char c : acronym)
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) letters += c;
    if (letters.size() < 2 || words.size() < 2) return false;
    // the first letter comes from the first word that must give one or a word before it that may
    bool first_fits = false;
    for (auto w : words) {
        if (w.empty()) continue;
        char first = w[0] >= 'a' && w[0] <= 'z' ? static_cast<char>(w[0] - 'a' + 'A') : w[0];
        if (first == letters[0] || (is_acronym(w) && w.find(letters[0]) != std::string_view::npos)) {
            first_fits = true;
            break;
        }
        if (is_acronym(w) || starts_with_digit(w) || is_capitalized(w)) break;  // a word that must give a letter
    }
    if (!first_fits) return false;
    // match letters against words: each capitalized word gives its first letter (an acronym word gives all of
    // its capitals); lower-case connectors may give their first letter or nothing
    std::vector<std::string> parts;
    std::vector<bool> optional;
    for (auto w : words) {
        if (w.empty()) continue;
        if (is_acronym(w) || starts_with_digit(w)) {
            std::string caps;
            for (char c : w)
                if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) caps += c;
            parts.push_back(caps);
            optional.push_back(false);
        } else {
            char first = w[0];
            if (first >= 'a' && first <= 'z') first = static_cast<char>(first - 'a' + 'A');
            std::string initials(1, first);
            // "Anti-Doping" gives "A" or "AD" ("World Anti-Doping Agency", WADA)
            for (std::size_t k = 1; k + 1 < w.size(); ++k)
                if (w[k] == '-' && w[k + 1] >= 'A' && w[k + 1] <= 'Z') initials += w[k + 1];
            parts.push_back(initials);
            optional.push_back(!is_capitalized(w));
        }
    }
    // quick rejections: every required word gives a letter, no word gives more than its own
    std::size_t required = 0, most = 0;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        required += optional[p] ? 0 : 1;
        most += parts[p].size();
    }
    if (required > letters.size() || most < letters.size()) return false;
    // simple recursive match
    std::vector<int> memo((parts.size() + 1) * (letters.size() + 1), -1);
    auto go = [&](auto& self, std::size_t p, std::size_t l) -> bool {
        if (p == parts.size()) return l == letters.size();
        int& m = memo[p * (letters.size() + 1) + l];
        if (m >= 0) return m == 1;
        bool ok = false;
        if (optional[p]) ok = self(self, p + 1, l);
        if (!ok && letters.compare(l, parts[p].size(), parts[p]) == 0) ok = self(self, p + 1, l + parts[p].size());
        // a capitalized word may also give its first letter only when it is an acronym word ("UN" -> "U")
        if (!ok && parts[p].size() > 1 && l < letters.size() && letters[l] == parts[p][0])
            ok = self(self, p + 1, l + 1);
        m = ok ? 1 : 0;
        return ok;
    };
    return go(go, 0, 0);
}

NameExtractor::NameExtractor() : NameExtractor(load_gazetteer()) {}

NameExtractor::NameExtractor(std::shared_ptr<const Gazetteer> gazetteer)
    : gazetteer_(std::move(gazetteer)), lexicons_(*tokenizer_) {}

void NameExtractor::run(Document& doc) const {
    NameScan scan(*this, doc);
    scan.run();
}

}  // namespace newsgraph
