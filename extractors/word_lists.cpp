// Loading the named word lists.
#include "extractors/word_lists.hpp"

#include "core/error.hpp"
#include "core/resources.hpp"

namespace newsgraph {

namespace {
constexpr std::string_view kFile = "lexicons/word_lists.tsv";
}

WordLists::WordLists() {
    for (const auto& row : tsv_resource(kFile))
        if (row.size() >= 2) lists_[row[0]].insert(row[1]);
}

std::shared_ptr<const WordLists> WordLists::shared() { return shared_from_resources<WordLists>(); }

const WordSet& WordLists::get(std::string_view name) const {
    auto found = lists_.find(std::string(name));
    if (found == lists_.end()) throw Error(std::string(kFile), "no word list named '" + std::string(name) + "'");
    return found->second;
}

const WordSet& word_list(std::string_view name) { return WordLists::shared()->get(name); }

}  // namespace newsgraph
