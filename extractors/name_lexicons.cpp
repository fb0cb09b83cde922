// Loading of the name-evidence word lists.
#include "extractors/name_lexicons.hpp"

#include "core/resources.hpp"

namespace newsgraph {

std::shared_ptr<const NameLexicons> NameLexicons::shared() {
    static const std::shared_ptr<const NameLexicons> lexicons =
        std::make_shared<const NameLexicons>(*Tokenizer::shared());
    return lexicons;
}

NameLexicons::NameLexicons(const Tokenizer& tokenizer) {
    std::size_t id = 0;
    for (const auto& row : tsv_resource("lexicons/titles.tsv")) {
        if (row.empty() || row[0].empty()) continue;
        titles.add(tokenizer, row[0], id);
        honorific_titles.push_back(row.size() > 1 && row[1] == "honorific");
        // "Mr" and "Mr." are the same title
        if (row[0].find(' ') == std::string::npos && row[0].back() != '.') titles.add(tokenizer, row[0] + ".", id);
        ++id;
    }
    for (const auto& row : tsv_resource("lexicons/given_names.tsv"))
        if (!row.empty() && !row[0].empty()) curated_given_names.insert(fold_token(row[0]));
    given_names = curated_given_names;
    for (const auto& row : tsv_resource("lexicons/given_names_en.tsv"))
        if (!row.empty() && !row[0].empty()) given_names.insert(fold_token(row[0]));
    for (const auto& row : tsv_resource("lexicons/company_names.tsv"))
        if (!row.empty() && !row[0].empty()) company_names.insert(fold_token(row[0]));
    for (const auto& row : tsv_resource("lexicons/name_heads.tsv")) {
        if (row.size() < 2) continue;
        HeadWord head;
        head.cls = row[1] == "Place"   ? EntityClass::Place
                   : row[1] == "Event" ? EntityClass::Event
                   : row[1] == "Goal"  ? EntityClass::Goal
                                       : EntityClass::Organization;
        head.standalone = row.size() > 2 && row[2] == "standalone";
        auto space = row[0].find(' ');
        if (space == std::string::npos)
            heads[fold_token(row[0])] = head;
        else
            compound_heads[fold_token(row[0].substr(0, space)) + " " + fold_token(row[0].substr(space + 1))] = head;
    }
    for (const auto& row : tsv_resource("lexicons/speech_verbs.tsv"))
        if (!row.empty()) speech_verbs.insert(fold_token(row[0]));
    for (const auto& row : tsv_resource("lexicons/non_names.tsv"))
        if (!row.empty()) non_names.insert(fold_token(row[0]));
    for (const auto& row : tsv_resource("lexicons/common_words.tsv"))
        if (!row.empty() && !row[0].empty()) common_words.insert(fold_token(row[0]));
}

bool NameLexicons::is_given_name(const std::string& folded) const {
    if (given_names.count(folded)) return true;
    auto dash = folded.find('-');
    return dash != std::string::npos && dash > 0 && given_names.count(folded.substr(0, dash)) > 0;
}

const HeadWord* NameLexicons::head(const std::string& folded) const {
    auto found = heads.find(folded);
    return found == heads.end() ? nullptr : &found->second;
}

const HeadWord* NameLexicons::compound_head(const std::string& before, const std::string& folded) const {
    auto found = compound_heads.find(before + " " + folded);
    return found == compound_heads.end() ? nullptr : &found->second;
}

}  // namespace newsgraph
