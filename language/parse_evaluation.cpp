// CoNLL 2018 evaluation: character spans, word alignment (with multiword tokens), scores.
#include "language/parse_evaluation.hpp"

#include <algorithm>
#include <string_view>

#include "core/error.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {

// One word of a flattened treebank: its character span (the token's, for the words of a multiword token).
struct SpanWord {
    std::size_t start = 0, end = 0;
    bool multiword = false;
    const TreebankWord* word = nullptr;
    long parent = -2;  // index of the head word in the flattened list, -1 for the root, -2 unknown
};

struct Flat {
    std::string chars;  // every form, whitespace left out
    std::vector<std::pair<std::size_t, std::size_t>> tokens, sentences;
    std::vector<SpanWord> words;
};

// Appends `form` without ASCII whitespace and the no-break and typographic spaces.
void append_without_spaces(std::string& out, std::string_view form) {
    for (std::size_t i = 0; i < form.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(form[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (c == 0xC2 && i + 1 < form.size() && static_cast<unsigned char>(form[i + 1]) == 0xA0) {
            ++i;
            continue;
        }
        out += form[i];
    }
}

Flat flatten(const std::vector<TreebankSentence>& sentences) {
    Flat flat;
    for (const TreebankSentence& sentence : sentences) {
        std::size_t sentence_start = flat.chars.size(), first_word = flat.words.size();
        auto mwt = sentence.multiword_tokens.begin();
        for (std::size_t i = 0; i < sentence.words.size();) {
            std::size_t start = flat.chars.size();
            bool multiword = mwt != sentence.multiword_tokens.end() && mwt->first == static_cast<int>(i) + 1;
            std::size_t count = multiword ? static_cast<std::size_t>(mwt->last - mwt->first + 1) : 1;
            append_without_spaces(flat.chars, multiword ? mwt->form : sentence.words[i].form);
            flat.tokens.emplace_back(start, flat.chars.size());
            for (std::size_t w = i; w < i + count && w < sentence.words.size(); ++w)
                flat.words.push_back({start, flat.chars.size(), multiword, &sentence.words[w]});
            if (multiword) ++mwt;
            i += count;
        }
        for (std::size_t w = first_word; w < flat.words.size(); ++w) {
            int head = flat.words[w].word->head;
            if (head == 0) flat.words[w].parent = -1;
            if (head > 0 && first_word + head - 1 < flat.words.size())
                flat.words[w].parent = static_cast<long>(first_word + head - 1);
        }
        flat.sentences.emplace_back(sentence_start, flat.chars.size());
    }
    return flat;
}

bool beyond_end(const std::vector<SpanWord>& words, std::size_t i, std::size_t end) {
    if (i >= words.size()) return true;
    return words[i].multiword ? words[i].start >= end : words[i].end > end;
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

// Aligns gold[gs, gi) with system[ss, si) by the longest common subsequence of lower-cased forms.
void align_lcs(const Flat& gold, const Flat& system, std::size_t gs, std::size_t ss, std::size_t gi, std::size_t si,
               Pairs& pairs) {
    std::size_t n = gi - gs, m = si - ss;
    auto same = [&](std::size_t g, std::size_t s) {
        return ascii_lower(gold.words[gs + g].word->form) == ascii_lower(system.words[ss + s].word->form);
    };
    std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t g = n; g-- > 0;)
        for (std::size_t s = m; s-- > 0;)
            lcs[g][s] = std::max({same(g, s) ? lcs[g + 1][s + 1] + 1 : 0, lcs[g + 1][s], lcs[g][s + 1]});
    for (std::size_t g = 0, s = 0; g < n && s < m;) {
        if (same(g, s))
            pairs.emplace_back(gs + g++, ss + s++);
        else if (lcs[g][s] == lcs[g + 1][s])
            ++g;
        else
            ++s;
    }
}

// The stretch of words around a multiword token; advances gi and si past it, returns its start.
std::pair<std::size_t, std::size_t> multiword_span(const Flat& gold, const Flat& system, std::size_t& gi,
                                                   std::size_t& si) {
    const auto &g = gold.words, &s = system.words;
    std::size_t end = g[gi].multiword ? g[gi].end : s[si].end;
    if (g[gi].multiword && !s[si].multiword && s[si].start < g[gi].start) ++si;
    if (!g[gi].multiword && g[gi].start < s[si].start) ++gi;
    std::pair<std::size_t, std::size_t> start{gi, si};
    while (!beyond_end(g, gi, end) || !beyond_end(s, si, end)) {
        const SpanWord& next = gi < g.size() && (si >= s.size() || g[gi].start <= s[si].start) ? g[gi++] : s[si++];
        if (next.multiword && next.end > end) end = next.end;
    }
    return start;
}

Pairs align_words(const Flat& gold, const Flat& system) {
    Pairs pairs;
    for (std::size_t gi = 0, si = 0; gi < gold.words.size() && si < system.words.size();) {
        const SpanWord &g = gold.words[gi], &s = system.words[si];
        if (g.multiword || s.multiword) {
            auto [gs, ss] = multiword_span(gold, system, gi, si);
            if (gi > gs && si > ss) align_lcs(gold, system, gs, ss, gi, si, pairs);
        } else if (g.start == s.start && g.end == s.end) {
            pairs.emplace_back(gi++, si++);
        } else if (g.start <= s.start) {
            ++gi;
        } else {
            ++si;
        }
    }
    return pairs;
}

ParseScore span_score(const std::vector<std::pair<std::size_t, std::size_t>>& gold,
                      const std::vector<std::pair<std::size_t, std::size_t>>& system) {
    ParseScore score{0, gold.size(), system.size()};
    for (const auto& span : gold)
        if (std::binary_search(system.begin(), system.end(), span)) ++score.correct;
    return score;
}

std::string universal(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

}  // namespace

ParseEvaluation evaluate_parse(const std::vector<TreebankSentence>& gold_sentences,
                               const std::vector<TreebankSentence>& system_sentences, const std::string& gold_name,
                               const std::string& system_name) {
    Flat gold = flatten(gold_sentences), system = flatten(system_sentences);
    if (gold.chars != system.chars) {
        auto [g, s] = std::mismatch(gold.chars.begin(), gold.chars.end(), system.chars.begin(), system.chars.end());
        std::size_t at = static_cast<std::size_t>(g - gold.chars.begin());
        throw Error(system_name, "its text differs from " + gold_name + "'s (whitespace left out) at byte " +
                                     std::to_string(at) + ": \"" + gold.chars.substr(at, 20) + "\" there, \"" +
                                     system.chars.substr(at, 20) + "\" here");
    }
    ParseEvaluation result;
    result.tokens = span_score(gold.tokens, system.tokens);
    result.sentences = span_score(gold.sentences, system.sentences);
    Pairs pairs = align_words(gold, system);
    std::vector<long> to_gold(system.words.size(), -3);  // -3: not aligned
    for (auto [g, s] : pairs) to_gold[s] = static_cast<long>(g);
    ParseScore base{0, gold.words.size(), system.words.size()};
    result.words = result.upos = result.xpos = result.lemmas = result.uas = result.las = base;
    result.words.correct = pairs.size();
    for (auto [g, s] : pairs) {
        const TreebankWord &gw = *gold.words[g].word, &sw = *system.words[s].word;
        long system_parent = system.words[s].parent;
        long aligned_parent = system_parent >= 0 ? to_gold[static_cast<std::size_t>(system_parent)] : system_parent;
        bool head = aligned_parent == gold.words[g].parent;
        result.upos.correct += gw.upos == sw.upos;
        result.xpos.correct += gw.xpos == sw.xpos;
        result.lemmas.correct += gw.lemma == "_" || gw.lemma == sw.lemma;
        result.uas.correct += head;
        result.las.correct += head && universal(gw.deprel) == universal(sw.deprel);
    }
    return result;
}

}  // namespace newsgraph
