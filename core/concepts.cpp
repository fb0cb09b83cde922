// Reading the goal and threat taxonomy from the lexicons, with file:line errors.
#include "core/concepts.hpp"

#include <algorithm>
#include <cctype>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {

constexpr std::string_view kThreats = "lexicons/threats.tsv";
constexpr std::string_view kIccs = "lexicons/iccs.tsv";
constexpr std::string_view kBranches = "lexicons/threat_branches.tsv";
constexpr std::string_view kGoals = "lexicons/goals.tsv";
constexpr std::string_view kSdg = "lexicons/sdg.tsv";
constexpr std::string_view kSdgPhrases = "lexicons/sdg_phrases.tsv";
constexpr std::string_view kSdgNumbers = "patterns/sdg_numbers.tsv";

std::string cell(const TsvRow& row, std::size_t i) { return i < row.fields.size() ? row.fields[i] : std::string(); }

[[noreturn]] void fail(std::string_view file, std::size_t line, const std::string& message) {
    throw Error(std::string(file) + ":" + std::to_string(line), message);
}

// The row has at least `count` cells and a non-empty first one.
void need_cells(std::string_view file, const TsvRow& row, std::size_t count, std::string_view what) {
    if (row.fields.size() < count || row.fields[0].empty())
        fail(file, row.line, "expected " + std::to_string(count) + " tab-separated cells (" + std::string(what) + ")");
}

// Cells split on '|', trimmed, empty parts dropped.
std::vector<std::string> bars(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t bar = std::min(text.find('|', start), text.size());
        std::string part = text.substr(start, bar - start);
        while (!part.empty() && part.front() == ' ') part.erase(part.begin());
        while (!part.empty() && part.back() == ' ') part.pop_back();
        if (!part.empty()) parts.push_back(std::move(part));
        start = bar + 1;
    }
    return parts;
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t space = std::min(text.find(' ', start), text.size());
        if (space > start) out.push_back(text.substr(start, space - start));
        start = space + 1;
    }
    return out;
}

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "16" or "16.4" or "16.a".
bool is_sdg_code(std::string_view code) {
    std::size_t dot = code.find('.');
    if (!all_digits(code.substr(0, dot))) return false;
    if (dot == std::string_view::npos) return true;
    std::string_view rest = code.substr(dot + 1);
    return all_digits(rest) || (rest.size() == 1 && rest[0] >= 'a' && rest[0] <= 'z');
}

// Key of the unit a threat code names: ICCS "0903" -> "iccs0903", branch "NC2" -> "nc2".
std::string unit_key(std::string_view code) {
    if (all_digits(code)) return "iccs" + std::string(code);
    std::string key(code);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

}  // namespace

Concepts::Concepts() {
    load_threats();
    load_iccs();
    load_branches();
    // a threat without a parent hangs under the unit of its first code (or that unit's parent when the
    // threat is the unit itself under our name, as "fraud" is ICCS 0701 "Fraud")
    for (Concept& item : all_) {
        if (item.cls != EntityClass::Threat || item.unit) continue;
        for (const std::string& code : item.codes)
            if (!by_key(unit_key(code))) throw Error(where_[item.key], "unknown threat code " + code);
        if (!item.parent.empty()) continue;
        const Concept& unit = all_[by_key_.at(unit_key(item.codes.front()))];
        item.parent = slug(unit.name) == slug(item.name) ? unit.parent : unit.key;
    }
    load_goals();
    load_sdg();
    check_parents(where_);
}

void Concepts::add(Concept item, const std::string& file, std::size_t line) {
    if (by_key_.count(item.key)) fail(file, line, "duplicate key " + item.key + " (first at " + where_[item.key] + ")");
    where_[item.key] = file + ":" + std::to_string(line);
    by_key_[item.key] = all_.size();
    by_slug_[item.cls == EntityClass::Goal ? 1 : 0].try_emplace(slug(item.name), all_.size());
    all_.push_back(std::move(item));
}

void Concepts::load_threats() {
    for (const TsvRow& row : numbered_tsv_resource(kThreats)) {
        need_cells(kThreats, row, 4, "key, name, synonyms, codes");
        Concept item;
        item.key = row.fields[0];
        item.name = row.fields[1];
        item.aliases = bars(row.fields[2]);
        item.aliases.insert(item.aliases.begin(), item.name);
        item.codes = words(row.fields[3]);
        if (item.name.empty()) fail(kThreats, row.line, "empty canonical name");
        if (item.codes.empty()) fail(kThreats, row.line, "threat " + item.key + " has no ICCS or branch code");
        item.scheme = all_digits(item.codes.front()) ? "iccs" : "branch";
        item.parent = cell(row, 4);
        std::string tags = cell(row, 5);
        if (!tags.empty() && tags != "cyber") fail(kThreats, row.line, "unknown tag \"" + tags + "\" (known: cyber)");
        item.cyber = tags == "cyber";
        add(std::move(item), std::string(kThreats), row.line);
    }
}

void Concepts::load_iccs() {
    for (const TsvRow& row : numbered_tsv_resource(kIccs)) {
        need_cells(kIccs, row, 2, "code, official name");
        const std::string& code = row.fields[0];
        if (!all_digits(code) || code.size() < 2 || code.size() > 6 || code.size() == 3)
            fail(kIccs, row.line, "ICCS code \"" + code + "\" is not 2, 4, 5 or 6 digits");
        Concept item;
        item.key = unit_key(code);
        item.name = row.fields[1];
        item.aliases = bars(cell(row, 2));
        item.codes = {code};
        item.scheme = "iccs";
        item.unit = true;
        if (code.size() > 2) item.parent = unit_key(code.substr(0, code.size() == 4 ? 2 : code.size() - 1));
        add(std::move(item), std::string(kIccs), row.line);
    }
}

void Concepts::load_branches() {
    for (const TsvRow& row : numbered_tsv_resource(kBranches)) {
        need_cells(kBranches, row, 2, "code, name");
        const std::string& code = row.fields[0];
        if (code.size() < 2 || code.substr(0, 2) != "NC" || !(code.size() == 2 || all_digits(code.substr(2))))
            fail(kBranches, row.line, "branch code \"" + code + "\" is not NC or NC<number>");
        Concept item;
        item.key = unit_key(code);
        item.name = row.fields[1];
        item.codes = {code};
        item.scheme = "branch";
        item.unit = true;
        if (code.size() > 2) item.parent = "nc";
        add(std::move(item), std::string(kBranches), row.line);
    }
}

void Concepts::load_goals() {
    for (const TsvRow& row : numbered_tsv_resource(kGoals)) {
        need_cells(kGoals, row, 2, "key, name");
        Concept item;
        item.key = row.fields[0];
        item.cls = EntityClass::Goal;
        item.name = row.fields[1];
        item.aliases = bars(cell(row, 2));
        item.aliases.insert(item.aliases.begin(), item.name);
        add(std::move(item), std::string(kGoals), row.line);
    }
}

void Concepts::load_sdg() {
    std::vector<std::pair<std::string, std::string>> forms;  // level, form with {}
    for (const TsvRow& row : numbered_tsv_resource(kSdgNumbers)) {
        need_cells(kSdgNumbers, row, 2, "level, form");
        if ((row.fields[0] != "goal" && row.fields[0] != "target") || row.fields[1].find("{}") == std::string::npos)
            fail(kSdgNumbers, row.line, "expected \"goal\" or \"target\" and a form containing {}");
        forms.emplace_back(row.fields[0], row.fields[1]);
    }
    std::unordered_map<std::string, std::pair<std::string, std::vector<std::string>>> curated;  // short name, phrases
    for (const TsvRow& row : numbered_tsv_resource(kSdgPhrases)) {
        need_cells(kSdgPhrases, row, 2, "code, short name, key phrases");
        curated[row.fields[0]] = {row.fields[1], bars(cell(row, 2))};
    }
    for (const TsvRow& row : numbered_tsv_resource(kSdg)) {
        need_cells(kSdg, row, 4, "code, UN IRI, parent code, English label");
        const std::string& code = row.fields[0];
        if (!is_sdg_code(code)) fail(kSdg, row.line, "SDG code \"" + code + "\" is not a goal or target number");
        bool goal = row.fields[2].empty();
        Concept item;
        item.key = "sdg" + code;
        item.cls = EntityClass::Goal;
        item.codes = {code};
        item.scheme = "sdg";
        item.exact_match = row.fields[1];
        if (!goal) item.parent = "sdg" + row.fields[2];
        auto found = curated.find(code);
        std::string short_name = found == curated.end() ? std::string() : found->second.first;
        item.name = goal ? "SDG " + code + (short_name.empty() ? "" : ": " + short_name) : "SDG target " + code;
        item.aliases.push_back(item.name);
        for (const auto& [level, form] : forms)
            if ((level == "goal") == goal) {
                std::string alias = form;
                alias.replace(alias.find("{}"), 2, code);
                item.aliases.push_back(alias);
            }
        if (found != curated.end())
            item.aliases.insert(item.aliases.end(), found->second.second.begin(), found->second.second.end());
        add(std::move(item), std::string(kSdg), row.line);
    }
    for (const TsvRow& row : numbered_tsv_resource(kSdgPhrases))
        if (!by_key("sdg" + row.fields[0])) fail(kSdgPhrases, row.line, "no SDG goal or target " + row.fields[0]);
}

void Concepts::check_parents(const std::unordered_map<std::string, std::string>& where) const {
    for (const Concept& item : all_) {
        if (item.parent.empty()) continue;
        const Concept* parent = by_key(item.parent);
        if (!parent) throw Error(where.at(item.key), "unknown parent key " + item.parent);
        if (parent->cls != item.cls)
            throw Error(where.at(item.key), "parent " + item.parent + " is not of the same class");
        const Concept* up = parent;
        for (int depth = 0; up; ++depth, up = this->parent(*up))
            if (depth > 16 || up == &item) throw Error(where.at(item.key), "parent chain loops");
    }
}

const Concept* Concepts::by_key(std::string_view key) const {
    auto found = by_key_.find(std::string(key));
    return found == by_key_.end() ? nullptr : &all_[found->second];
}

const Concept* Concepts::by_name(EntityClass cls, std::string_view name) const {
    if (cls != EntityClass::Goal && cls != EntityClass::Threat) return nullptr;
    const auto& map = by_slug_[cls == EntityClass::Goal ? 1 : 0];
    auto found = map.find(slug(name));
    return found == map.end() ? nullptr : &all_[found->second];
}

std::vector<const Concept*> Concepts::by_code(std::string_view text) const {
    std::string code = normalize_code(text);
    std::vector<const Concept*> found;
    if (code.empty()) return found;
    // "ICCS 10" is a crime section, "SDG 10" a goal; a bare "10" may be either
    std::string folded = fold(text);
    bool threats = folded.rfind("sdg", 0) != 0 && folded.rfind("target", 0) != 0 && folded.rfind("goal", 0) != 0 &&
                   folded.rfind("sustainable", 0) != 0;
    bool goals = folded.rfind("iccs", 0) != 0;
    for (const Concept& item : all_) {
        if (!(item.cls == EntityClass::Goal ? goals : threats)) continue;
        if (std::find(item.codes.begin(), item.codes.end(), code) != item.codes.end()) found.push_back(&item);
    }
    return found;
}

const Concept* Concepts::parent(const Concept& item) const {
    return item.parent.empty() ? nullptr : by_key(item.parent);
}

bool Concepts::within(const Concept& item, const Concept& ancestor) const {
    for (const Concept* up = &item; up; up = parent(*up))
        if (up == &ancestor) return true;
    return false;
}

const Concepts& concepts() {
    static const Concepts table;
    return table;
}

std::string normalize_code(std::string_view text) {
    std::string code = fold(text);
    for (std::string_view prefix : {"sustainable development goal", "iccs", "sdg", "target", "goal"}) {
        while (!code.empty() && code.front() == ' ') code.erase(code.begin());
        if (code.rfind(prefix, 0) == 0) code.erase(0, prefix.size());
    }
    while (!code.empty() && code.front() == ' ') code.erase(code.begin());
    while (!code.empty() && code.back() == ' ') code.pop_back();
    if (code.size() >= 2 && code.substr(0, 2) == "nc" && (code.size() == 2 || all_digits(code.substr(2))))
        return "NC" + code.substr(2);
    if (is_sdg_code(code)) return code;
    return {};
}

}  // namespace newsgraph
