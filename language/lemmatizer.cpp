#include "language/lemmatizer.hpp"

#include "core/text.hpp"
#include "language/tagger_features.hpp"

namespace newsgraph {

namespace {

// True when byte `at` of `text` continues a UTF-8 sequence (cutting there would split a character).
bool inside_character(std::string_view text, std::size_t at) {
    return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
}

LemmaRule rule_from(std::string_view source, std::string_view lemma, bool lowercase) {
    std::size_t common = 0;
    while (common < source.size() && common < lemma.size() && source[common] == lemma[common]) ++common;
    while (common > 0 && (inside_character(source, common) || inside_character(lemma, common))) --common;
    return {lowercase, static_cast<std::uint32_t>(source.size() - common), std::string(lemma.substr(common))};
}

}  // namespace

LemmaRule lemma_rule_between(std::string_view form, std::string_view lemma) {
    LemmaRule as_written = rule_from(form, lemma, false);
    LemmaRule lowered = rule_from(ascii_lower(form), lemma, true);
    return as_written.strip < lowered.strip ? as_written : lowered;
}

bool apply_lemma_rule(const LemmaRule& rule, std::string_view form, std::string& lemma) {
    // A rule learned on another word may not cut this one inside a character.
    if (rule.strip > form.size() || inside_character(form, form.size() - rule.strip)) return false;
    lemma = rule.lowercase ? ascii_lower(form) : std::string(form);
    lemma.resize(form.size() - rule.strip);
    lemma += rule.append;
    return true;
}

std::uint64_t lemma_suffix_key(std::uint8_t tag, std::string_view suffix) {
    return hash_pair(hash_pair(0x5CF, tag), hash_text(suffix));
}

std::uint64_t lemma_word_key(std::uint8_t tag, std::string_view lower_form) {
    return lemma_word_key(tag, hash_text(lower_form));
}

std::uint64_t lemma_word_key(std::uint8_t tag, std::uint64_t lower_hash) {
    return hash_pair(hash_pair(0x30D, tag), lower_hash);
}

void LemmaTables::write(ModelWriter& out) const {
    out.put_u64(rules.size());
    for (const LemmaRule& rule : rules) {
        out.put_u8(rule.lowercase);
        out.put_u32(rule.strip);
        out.put_string(rule.append);
    }
    out.put_u32(max_suffix);
    out.put_array(suffix_keys);
    out.put_array(suffix_rules);
    out.put_array(word_keys);
    out.put_array(word_rules);
    out.put_array(keeps_form);
}

LemmaTables LemmaTables::read(ModelReader& in, std::size_t tag_count) {
    LemmaTables tables;
    std::uint64_t rule_count = in.get_u64();
    if (rule_count > (1u << 24)) in.fail("too many lemma rules");
    for (std::uint64_t i = 0; i < rule_count; ++i) {
        LemmaRule rule;
        rule.lowercase = in.get_u8() != 0;
        rule.strip = in.get_u32();
        rule.append = in.get_string();
        tables.rules.push_back(std::move(rule));
    }
    tables.max_suffix = in.get_u32();
    tables.suffix_keys = in.get_array<std::uint64_t>();
    tables.suffix_rules = in.get_array<std::uint32_t>();
    tables.word_keys = in.get_array<std::uint64_t>();
    tables.word_rules = in.get_array<std::uint32_t>();
    tables.keeps_form = in.get_array<std::uint8_t>();
    if (tables.suffix_keys.size() != tables.suffix_rules.size() || tables.word_keys.size() != tables.word_rules.size())
        in.fail("lemma tables of different lengths");
    if (tables.keeps_form.size() != tag_count) in.fail("lemma tables for another tag set");
    for (const auto* ids : {&tables.suffix_rules, &tables.word_rules})
        for (std::uint32_t id : *ids)
            if (id >= tables.rules.size()) in.fail("lemma rule out of range");
    return tables;
}

Lemmatizer::Lemmatizer(LemmaTables tables, WordClusters vocabulary)
    : tables_(std::move(tables)),
      suffixes_(tables_.suffix_keys, tables_.suffix_rules),
      words_(tables_.word_keys, tables_.word_rules),
      vocabulary_(std::move(vocabulary)) {}

std::string Lemmatizer::lemma(std::string_view form, std::uint8_t tag) const {
    return lemma(form, hash_text(ascii_lower(form)), tag);
}

std::string Lemmatizer::lemma(std::string_view form, std::uint64_t lower_hash, std::uint8_t tag) const {
    std::string lemma;
    std::uint32_t rule = words_.find(lemma_word_key(tag, lower_hash));
    if (rule != HashIndex::kAbsent && apply_lemma_rule(tables_.rules[rule], form, lemma)) return lemma;
    return default_lemma(form, ascii_lower(form), tag);
}

std::string Lemmatizer::default_lemma(std::string_view form, std::string_view lower, std::uint8_t tag) const {
    if (tag < tables_.keeps_form.size() && tables_.keeps_form[tag]) return std::string(form);
    std::string lemma, longest, best;
    std::uint32_t best_rank = HashIndex::kAbsent;
    for (std::size_t n = tables_.max_suffix + 1; n-- > 0;) {
        std::string_view suffix = last_chars(lower, n);
        if (suffix.size() == lower.size() && n > 0) continue;  // a suffix is shorter than the word
        std::uint32_t rule = suffixes_.find(lemma_suffix_key(tag, suffix));
        if (rule == HashIndex::kAbsent || !apply_lemma_rule(tables_.rules[rule], form, lemma)) continue;
        if (vocabulary_.empty()) return lemma;
        if (longest.empty()) longest = lemma;
        if (lemma.size() < 3) continue;  // a two-letter word is too frequent to be a fair choice ("beat": "be")
        if (std::uint32_t rank = vocabulary_.rank(lemma); rank < best_rank) {
            best_rank = rank;
            best = lemma;
        }
    }
    if (best_rank != HashIndex::kAbsent) return best;
    return longest.empty() ? std::string(lower) : longest;
}

}  // namespace newsgraph
