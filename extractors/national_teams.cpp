// Countries that play a match are national teams.
#include "extractors/national_teams.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/gazetteer_extractor.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

bool is_dash(std::string_view word) { return word == "-" || word == "\u2013" || word == "\u2014"; }

}  // namespace

NationalTeams::NationalTeams() : NationalTeams(load_gazetteer()) {}

NationalTeams::NationalTeams(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {
    for (const auto& row : tsv_resource("patterns/match_reports.tsv")) {
        if (row.size() < 2) continue;
        if (row[0] == "context") context_.insert(fold_token(row[1]));
        if (row[0] == "result") results_.insert(fold_token(row[1]));
        if (row[0] == "score_link") score_links_.insert(fold_token(row[1]));
    }
}

bool NationalTeams::country_mention(const Mention& mention) const {
    if (mention.cls != EntityClass::Place || mention.key.empty() || !mention.rule.starts_with("gazetteer/"))
        return false;
    const GazetteerEntry* entry = gazetteer_->find_key(mention.key);
    return entry && entry->kind == "country";
}

bool NationalTeams::is_match_report(const Document& doc) const {
    // at least two different words of the trade
    std::set<std::string> seen;
    std::vector<std::string> scratch;
    for (const Sentence& s : doc.sentences)
        for (const std::string& folded : folded_tokens(doc, s, scratch))
            if (context_.count(folded) && seen.insert(folded).second && seen.size() == 2) return true;
    return false;
}

namespace {

// The index of the token of `tokens` that begins (or, with `end`, ends) at `offset`, or tokens.size().
std::size_t token_at(const std::vector<Span>& tokens, std::size_t offset, bool end) {
    auto found = std::lower_bound(tokens.begin(), tokens.end(), offset,
                                  [end](const Span& t, std::size_t at) { return (end ? t.end : t.begin) < at; });
    if (found == tokens.end() || (end ? found->end : found->begin) != offset) return tokens.size();
    return static_cast<std::size_t>(found - tokens.begin());
}

}  // namespace

std::vector<NationalTeams::CountriesByToken> NationalTeams::countries_by_sentence(const Document& doc) const {
    std::vector<CountriesByToken> countries(doc.sentences.size());
    for (const Mention& m : doc.mentions) {
        if (!country_mention(m) || m.rule == "gazetteer/demonym") continue;
        const std::size_t sentence = doc.sentence_at(m.span.begin);
        if (sentence >= doc.sentences.size()) continue;
        const std::vector<Span>& tokens = doc.sentences[sentence].tokens;
        const std::size_t first = token_at(tokens, m.span.begin, false);
        const std::size_t last = token_at(tokens, m.span.end, true);  // none when it crosses a sentence boundary
        if (first == tokens.size() || last == tokens.size()) continue;
        countries[sentence].starts[first] = &m;
        countries[sentence].ends[last] = &m;
    }
    return countries;
}

void NationalTeams::run(Document& doc) const {
    if (!is_match_report(doc)) return;

    // the country mentions of each sentence, by first and last token
    std::vector<CountriesByToken> countries = countries_by_sentence(doc);
    std::set<std::string> teams;  // lexicon keys of countries that played
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        const Sentence& s = doc.sentences[i];
        const auto& [starts, ends] = countries[i];
        for (auto [last, left] : ends) {
            std::size_t k = last + 1;
            // "Sweden 1 – 0 Korea", "Tunisia lost 1 – 2 to England"
            if (k < s.tokens.size() && results_.count(fold_token(doc.view(s.tokens[k])))) ++k;
            bool score = k + 2 < s.tokens.size() && starts_with_digit(doc.view(s.tokens[k])) &&
                         is_dash(doc.view(s.tokens[k + 1])) && starts_with_digit(doc.view(s.tokens[k + 2]));
            if (score) {
                teams.insert(left->key);
                std::size_t after = k + 3;
                if (after < s.tokens.size() && score_links_.count(fold_token(doc.view(s.tokens[after])))) ++after;
                if (auto right = starts.find(after); right != starts.end()) teams.insert(right->second->key);
                continue;
            }
            // "Sweden defeated South Korea", "Belgium defeated debutants Panama"
            if (k == last + 1) continue;
            for (std::size_t next = k; next < s.tokens.size() && next <= k + 1; ++next) {
                auto right = starts.find(next);
                if (right == starts.end()) continue;
                teams.insert(left->key);
                teams.insert(right->second->key);
                break;
            }
        }
    }
    for (Mention& m : doc.mentions) {
        if (!country_mention(m) || !teams.count(m.key)) continue;
        m.cls = EntityClass::Organization;
        m.name += " national team";
        m.key = "team:" + m.key;
        m.rule = "national_teams/match";
    }
}

}  // namespace newsgraph
