// The taxonomy of goals and threats: SDG goals and targets with their UN IRIs,
// threats coded by ICCS or by newsgraph's non-crime branch, and the hierarchy.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/entity_class.hpp"

namespace newsgraph {

// One goal or threat: a lexicon entry, an SDG goal or target, an ICCS unit or a branch of ours.
struct Concept {
    std::string key;  // unique: "ransomware", "sdg16.4", "iccs0903", "nc2"
    EntityClass cls = EntityClass::Threat;
    std::string name;                  // canonical name: the node's name
    std::vector<std::string> aliases;  // other surface forms matched in text
    std::vector<std::string> codes;    // SDG "16.4", ICCS "0903", branch "NC2"
    std::string scheme;                // "sdg", "iccs", "branch", or empty for goals of our own
    std::string exact_match;           // UN IRI of an SDG goal or target
    std::string parent;                // key of the broader item, or empty
    bool cyber = false;                // ICCS disaggregating variable "cyber-crime related"
    bool unit = false;                 // a unit of a classification (ICCS section, division or group; branch)
};

// Every item, read from the lexicons once; immutable afterwards.
class Concepts {
public:
    // Reads lexicons/{threats,iccs,threat_branches,goals,sdg,sdg_phrases}.tsv and patterns/sdg_numbers.tsv;
    // throws Error naming file and line on a malformed row, an unknown code or parent, or a duplicate key.
    Concepts();
    // Threats first (a phrase shared by a threat and a goal stays a threat), then goals.
    const std::vector<Concept>& all() const { return all_; }
    // Concept by key, or nullptr.
    const Concept* by_key(std::string_view key) const;
    // Concept whose canonical name has the same IRI slug as `name`, or nullptr.
    const Concept* by_name(EntityClass cls, std::string_view name) const;
    // Concepts carrying `code` ("16.4", "0204", "ICCS 0204", "SDG 16.4", "target 16.4", "NC2").
    std::vector<const Concept*> by_code(std::string_view code) const;
    // The broader item, or nullptr at the top.
    const Concept* parent(const Concept& item) const;
    // True when `ancestor` is `item` or one of its broader concepts.
    bool within(const Concept& item, const Concept& ancestor) const;

private:
    void add(Concept item, const std::string& file, std::size_t line);
    void load_iccs();
    void load_branches();
    void load_threats();
    void load_sdg();
    void load_goals();
    void check_parents(const std::unordered_map<std::string, std::string>& where) const;

    std::vector<Concept> all_;
    std::unordered_map<std::string, std::size_t> by_key_;
    std::unordered_map<std::string, std::size_t> by_slug_[2];  // [0] threats, [1] goals
    std::unordered_map<std::string, std::string> where_;       // key -> "file:line"
};

// The taxonomy of the current resources (see set_resource_directory), built on first use.
const Concepts& concepts();

// The code in a question: "ICCS 0204" -> "0204", "SDG target 16.4" -> "16.4", "nc2" -> "NC2"; empty if none.
std::string normalize_code(std::string_view text);

}  // namespace newsgraph
