// Loading the irregular past forms.
#include "language/irregular_verbs.hpp"

#include "core/resources.hpp"

namespace newsgraph {

namespace {
constexpr std::string_view kLexicon = "lexicons/irregular_verbs.tsv";
}  // namespace

IrregularVerbs::IrregularVerbs() {
    for (const auto& row : tsv_resource(kLexicon))
        if (row.size() >= 2) {
            lemmas_.emplace(row[0], row[1]);
            lemma_set_.insert(row[1]);
        }
}

std::shared_ptr<const IrregularVerbs> IrregularVerbs::shared() { return shared_from_resources<IrregularVerbs>(); }

const std::string* IrregularVerbs::lemma(std::string_view lower) const {
    auto found = lemmas_.find(std::string(lower));
    return found == lemmas_.end() ? nullptr : &found->second;
}

}  // namespace newsgraph
