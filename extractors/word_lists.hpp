// Named lists of English words the extraction rules test tokens against (pronouns, prepositions,
// purpose verbs...), read from lexicons/word_lists.tsv.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newsgraph {

// A set of words that answers for std::string and std::string_view alike.
struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

// Immutable after construction; shared by all threads through shared().
class WordLists {
public:
    WordLists();
    // The one instance for the current resource directory.
    static std::shared_ptr<const WordLists> shared();
    // The words of list `name`; throws Error naming the file when the file has no such list.
    const WordSet& get(std::string_view name) const;

private:
    std::unordered_map<std::string, WordSet> lists_;
};

// List `name` of the shared instance; valid until the resource directory changes (as every shared lexicon).
const WordSet& word_list(std::string_view name);

// True when `words` holds `word`.
inline bool has(const WordSet& words, std::string_view word) { return words.find(word) != words.end(); }

}  // namespace newsgraph
