// Lexicon loading and case-aware matching.
#include "extractors/gazetteer.hpp"

#include <cctype>

#include "core/concepts.hpp"
#include "core/resources.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

std::vector<std::string> split_bars(const std::string& cell) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= cell.size()) {
        std::size_t bar = cell.find('|', start);
        if (bar == std::string::npos) bar = cell.size();
        std::string part = cell.substr(start, bar - start);
        while (!part.empty() && part.front() == ' ') part.erase(part.begin());
        while (!part.empty() && part.back() == ' ') part.pop_back();
        if (!part.empty()) parts.push_back(part);
        start = bar + 1;
    }
    return parts;
}

namespace {
std::string cell(const std::vector<std::string>& row, std::size_t i) { return i < row.size() ? row[i] : std::string(); }

// True when tokens [at, at + length) are not the first words of their sentence and no capitalized word touches
// them on either side: "in Flores, Uruguay", not "Isabel Flores", "Flores Street" or a headline.
bool stands_alone(std::string_view text, const std::vector<Span>& tokens, std::size_t at, std::size_t length) {
    if (at == 0) return false;
    if (is_capitalized(tokens[at - 1].of(text))) return false;
    return at + length >= tokens.size() || !is_capitalized(tokens[at + length].of(text));
}
}  // namespace

void Gazetteer::add(const Tokenizer& tokenizer, std::size_t entry, const std::string& surface, bool demonym,
                    bool standalone) {
    bool caps =
        is_acronym(surface) && entries_[entry].cls != EntityClass::Threat && entries_[entry].cls != EntityClass::Goal;
    aliases_.push_back({entry, surface, caps, demonym, standalone && surface.find(' ') == std::string::npos});
    index_.add(tokenizer, surface, aliases_.size() - 1);
}

Gazetteer::Gazetteer(const Tokenizer& tokenizer) {
    auto push = [&](GazetteerEntry entry) {
        by_key_[entry.key] = entries_.size();
        entries_.push_back(std::move(entry));
        return entries_.size() - 1;
    };
    for (const auto& row : tsv_resource("lexicons/organizations.tsv")) {
        if (row.size() < 2) continue;
        std::size_t e = push({row[0], row[1], EntityClass::Organization, "", cell(row, 3)});
        add(tokenizer, e, row[1], false);
        for (const auto& alias : split_bars(cell(row, 2))) add(tokenizer, e, alias, false);
        // a member noun ("Scientologist") names the organization as a demonym names a country
        for (const auto& noun : split_bars(cell(row, 4))) add(tokenizer, e, noun, true);
    }
    // Hand-made places, then the ISO 3166-2 subdivisions (same columns plus the code) and GeoNames' cities. A
    // one-word name of either ("Flores", "Unity", "Corona") is also a surname or a word often enough to need
    // standing alone (see match).
    for (std::string_view file : {"lexicons/places.tsv", "lexicons/subdivisions.tsv", "lexicons/cities.tsv"}) {
        bool iso = file != "lexicons/places.tsv";
        for (const auto& row : tsv_resource(file)) {
            if (row.size() < 2) continue;
            std::size_t e = push({row[0], row[1], EntityClass::Place, cell(row, 2), cell(row, 5)});
            add(tokenizer, e, row[1], false, iso);
            for (const auto& alias : split_bars(cell(row, 3))) add(tokenizer, e, alias, false, iso);
            for (const auto& demonym : split_bars(cell(row, 4))) add(tokenizer, e, demonym, true);
        }
    }
    for (const Concept& item : concepts().all()) {
        std::size_t e = push({item.key, item.name, item.cls, "", item.parent});
        for (const auto& alias : item.aliases) add(tokenizer, e, alias, false);
    }
}

std::optional<GazetteerHit> Gazetteer::match_word(std::string_view text, Span word, EntityClass only,
                                                  bool in_context) const {
    const std::vector<Span> spans{word};
    const std::vector<std::string> folded{fold_token(text.substr(word.begin, word.size()))};
    return match(text, spans, folded, 0, only, 1, in_context);
}

Mention lexicon_mention(const GazetteerEntry& entry, Span span, double confidence, std::string rule) {
    Mention mention;
    mention.span = span;
    mention.cls = entry.cls;
    mention.name = entry.name;
    mention.key = entry.key;
    mention.confidence = confidence;
    mention.rule = std::move(rule);
    return mention;
}

std::shared_ptr<const Gazetteer> load_gazetteer() { return std::make_shared<const Gazetteer>(*Tokenizer::shared()); }

const GazetteerEntry* Gazetteer::find_key(const std::string& key) const {
    auto found = by_key_.find(key);
    return found == by_key_.end() ? nullptr : &entries_[found->second];
}

std::optional<GazetteerHit> Gazetteer::match(std::string_view text, const std::vector<Span>& tokens,
                                             const std::vector<std::string>& folded, std::size_t at,
                                             std::optional<EntityClass> only, std::size_t max_length,
                                             bool in_context) const {
    for (auto [length, values] : index_.matches(folded, at)) {
        if (length > max_length) continue;
        for (std::size_t a : *values) {
            const Alias& alias = aliases_[a];
            const GazetteerEntry& entry = entries_[alias.entry];
            if (only && entry.cls != *only) continue;
            std::string_view first = tokens[at].of(text);
            bool proper = entry.cls == EntityClass::Organization || entry.cls == EntityClass::Place;
            // a name begins with a capital unless the lexicon writes it in lower case, and then it is as written
            // ("claimed by al-Qaeda"; not "the channel" for "the Channel")
            const bool lower_start = proper && !is_capitalized(first) && !starts_with_digit(first);
            if (lower_start && !std::islower(static_cast<unsigned char>(alias.surface.front()))) continue;
            if (alias.standalone && !in_context && !stands_alone(text, tokens, at, length)) continue;
            if (alias.exact_case || lower_start) {
                std::string joined;
                for (std::size_t i = at; i < at + length; ++i) joined += tokens[i].of(text);
                std::string wanted;
                for (char c : alias.surface)
                    if (c != ' ') wanted += c;
                if (joined != wanted) continue;
            }
            return GazetteerHit{length, &entry, alias.demonym};
        }
    }
    return std::nullopt;
}

}  // namespace newsgraph
