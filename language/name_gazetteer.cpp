// Loading the recognizer's lexicons and marking their phrases in a sentence.
#include "language/name_gazetteer.hpp"

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"
#include "language/tagger_features.hpp"

namespace newsgraph {

const std::vector<GazetteerSource>& name_gazetteer_sources() {
    static const std::vector<GazetteerSource> sources = {
        {"lexicons/places.tsv", "place", {1, 3}},
        {"lexicons/places.tsv", "demonym", {4}},
        {"lexicons/subdivisions.tsv", "place", {1, 3}},
        {"lexicons/place_codes.tsv", "place", {1}},
        {"lexicons/organizations.tsv", "organization", {1, 2}},
        {"lexicons/given_names.tsv", "given", {0}},
        {"lexicons/given_names_en.tsv", "given", {0}},
        {"lexicons/titles.tsv", "title", {0}},
        {"lexicons/name_heads.tsv", "head", {0}, 1},
        {"lexicons/non_names.tsv", "non-name", {0}},
    };
    return sources;
}

namespace {

constexpr std::uint64_t kSeed = 0x6A09E667F3BCC909ull;

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == separator) {
            if (i > start) parts.emplace_back(text.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

}  // namespace

std::uint64_t NameGazetteer::word_key(std::string_view lower) { return hash_text(lower); }

NameGazetteer::NameGazetteer() {
    for (const GazetteerSource& source : name_gazetteer_sources()) {
        for (const std::vector<std::string>& row : tsv_resource(source.path)) {
            std::string label(source.label);
            if (source.label_column >= 0 && static_cast<std::size_t>(source.label_column) < row.size())
                label += "-" + ascii_lower(row[static_cast<std::size_t>(source.label_column)]);
            for (int column : source.columns)
                if (static_cast<std::size_t>(column) < row.size())
                    for (const std::string& phrase : split(row[static_cast<std::size_t>(column)], '|'))
                        add(phrase, label);
        }
    }
}

NameGazetteer::NameGazetteer(const std::vector<std::pair<std::string, std::string>>& phrases) {
    for (const auto& [phrase, label] : phrases) add(phrase, label);
}

void NameGazetteer::add(std::string_view phrase, const std::string& label) {
    std::vector<std::string> words = split(ascii_lower(phrase), ' ');
    if (words.empty()) return;
    std::size_t index = 0;
    while (index < labels_.size() && labels_[index] != label) ++index;
    if (index == labels_.size()) {
        if (labels_.size() == 64) throw Error("more than 64 gazetteer labels");
        labels_.push_back(label);
        label_hashes_.push_back(hash_text(label));
    }
    std::uint64_t key = kSeed;
    for (std::size_t i = 0; i < words.size(); ++i) {
        key = hash_pair(key, word_key(words[i]));
        Entry& entry = entries_[key];
        if (i + 1 < words.size())
            entry.longer = true;
        else if (!(entry.labels >> index & 1)) {
            entry.labels |= std::uint64_t{1} << index;
            ++phrase_count_;
        }
    }
}

void NameGazetteer::marks(const std::vector<std::uint64_t>& words,
                          std::vector<std::vector<std::uint64_t>>& marks) const {
    marks.resize(words.size());
    for (auto& list : marks) list.clear();
    for (std::size_t start = 0; start < words.size(); ++start) {
        std::uint64_t key = kSeed;
        for (std::size_t end = start; end < words.size(); ++end) {
            key = hash_pair(key, words[end]);
            auto found = entries_.find(key);
            if (found == entries_.end()) break;
            for (std::uint64_t bits = found->second.labels; bits; bits &= bits - 1) {
                std::uint64_t label = label_hashes_[static_cast<std::size_t>(__builtin_ctzll(bits))];
                if (start == end) {
                    marks[start].push_back(hash_pair(label, 3));
                    continue;
                }
                marks[start].push_back(hash_pair(label, 0));
                for (std::size_t i = start + 1; i < end; ++i) marks[i].push_back(hash_pair(label, 1));
                marks[end].push_back(hash_pair(label, 2));
            }
            if (!found->second.longer) break;
        }
    }
}

}  // namespace newsgraph
