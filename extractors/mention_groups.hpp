// Grouping of one document's mentions into would-be entities by name: lexicon keys and full names
// first, then lone surnames and bare acronyms joined to the nearest full name they fit.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "language/tokenizer.hpp"

namespace newsgraph {

// Mentions of one entity: its class, lexicon key and the folded words of its fullest name.
struct MentionGroup {
    EntityClass cls;
    std::string key;
    std::vector<std::size_t> mentions;  // indices into Document::mentions
    std::vector<std::string> tokens;    // folded words of the fullest name so far
    std::string fold_name;
};

// Per-document grouping state; lives on the stack of one Resolver::run.
class MentionGroups {
public:
    MentionGroups(Document& doc, const Tokenizer& tokenizer) : doc_(doc), tokenizer_(tokenizer) {}
    // The folded words of a name, tokenized once per distinct name.
    const std::vector<std::string>& name_tokens(const std::string& name);
    // A lone place name that is the surname of a person in the text becomes that person ("Paris").
    void surnames_as_people();
    // A person's name that is a company's name without its legal form ("Brenner Automobil" of "Brenner Automobil
    // AG", a headline's subject) is that company.
    void companies_named_as_people();
    // Groups every mention: pass 1 keyed and full names, pass 2 partial person names and acronyms.
    void group();
    std::vector<MentionGroup>& groups() { return groups_; }

private:
    using GroupIndex = std::map<std::pair<EntityClass, std::string>, std::set<std::size_t>>;
    void add_to(std::size_t g, std::size_t m, const std::vector<std::string>& tokens);
    void new_group(std::size_t m, const std::vector<std::string>& tokens);
    static std::size_t first_in(const GroupIndex& index, EntityClass cls, const std::string& text);
    // True when the partial mention m can be a short form of group g (surname, first name, acronym).
    bool fits(const MentionGroup& group, const Mention& mention, const std::vector<std::string>& tokens) const;
    // The one person group named by the same first and last words as `tokens` with middle names on one side only,
    // else SIZE_MAX.
    std::size_t with_middle_names(const std::vector<std::string>& tokens) const;
    // The one person group whose fuller name ends with `tokens`, a surname opening with a name particle ("van der
    // Berg"), else SIZE_MAX.
    std::size_t by_particle_surname(const std::vector<std::string>& tokens) const;
    // The one organization group of `organizations` whose name ends with the folded `word` (not an ordinary word,
    // head word or given name), else groups_.size().
    std::size_t organization_ending_with(const std::string& word, const std::vector<std::size_t>& organizations) const;
    // True for a one-word organization mention that may stand for a fuller company name beginning with it.
    static bool first_word_of_company(const Mention& mention, const std::vector<std::string>& tokens);
    // The nearest group before m among `candidates` that m fits, or groups_.size().
    std::size_t nearest(std::size_t m, const std::vector<std::size_t>& candidates,
                        const std::vector<std::multiset<std::size_t>>& begins);
    void join_partials(const std::vector<std::size_t>& partial);

    Document& doc_;
    const Tokenizer& tokenizer_;
    std::vector<MentionGroup> groups_;
    // Groups by (class, key) and by (class, folded name), in creation order.
    GroupIndex by_key_, by_name_;
    std::unordered_map<std::string, std::vector<std::string>> tokens_of_name_;
};

}  // namespace newsgraph
