// The recognizer's gazetteer: phrases from the ontology's lexicons (places,
// organizations, given names, titles, name heads...), each with a label, found
// in a sentence by longest-prefix walks over the words' lower-case hashes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph {

// One lexicon file read into the gazetteer: which columns hold phrases and the label they get.
struct GazetteerSource {
    std::string_view path;     // resource path under ontology/
    std::string_view label;    // feature label of its phrases
    std::vector<int> columns;  // 0-based columns holding phrases ('|'-separated alternatives)
    int label_column = -1;     // when >= 0, the label is extended with this column's value ("head-place")
};

// The lexicons the recognizer reads; one row per source, extend it here.
const std::vector<GazetteerSource>& name_gazetteer_sources();

// Phrases and their labels; immutable once built, shared by threads.
class NameGazetteer {
public:
    // Reads every source of name_gazetteer_sources() from the current resource directory.
    NameGazetteer();
    // Builds from (phrase, label) pairs (phrases are split on spaces and lower-cased).
    explicit NameGazetteer(const std::vector<std::pair<std::string, std::string>>& phrases);

    // Hash of one lower-cased word as marks() expects it.
    static std::uint64_t word_key(std::string_view lower);
    // For each word (given by word_key of its lower-cased form), the hashes of the (label, BILOU part)
    // of every phrase covering it, appended to marks[i] (marks is resized to the word count).
    void marks(const std::vector<std::uint64_t>& words, std::vector<std::vector<std::uint64_t>>& marks) const;

    std::size_t phrase_count() const { return phrase_count_; }
    const std::vector<std::string>& labels() const { return labels_; }

private:
    void add(std::string_view phrase, const std::string& label);

    struct Entry {
        std::uint64_t labels = 0;  // bit per label index
        bool longer = false;       // a longer phrase starts with this one
    };
    std::unordered_map<std::uint64_t, Entry> entries_;  // chained hash of the first n words -> entry
    std::vector<std::string> labels_;
    std::vector<std::uint64_t> label_hashes_;
    std::size_t phrase_count_ = 0;
};

}  // namespace newsgraph
