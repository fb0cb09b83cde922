#include "language/tagger_features.hpp"

namespace newsgraph {

namespace {

// The template ids (the first element of every feature hash).
enum Template : std::uint64_t {
    kBias = 1,
    kForm,
    kLower,
    kPrefix1,
    kSuffix1 = kPrefix1 + 4,
    kShape = kSuffix1 + 4,
    kShapeFirst,
    kLength,
    kLowerPrev,
    kLowerPrev2,
    kLowerNext,
    kLowerNext2,
    kSuffixPrev,
    kSuffixNext,
    kAmbiguity,
    kAmbiguityPrev,
    kAmbiguityPrev2,
    kAmbiguityNext,
    kAmbiguityNext2,
    kTagPrev,
    kTagPrev2,
    kTagPrevLower,
    kTagPrevAmbiguityNext,
    kLowerLowerNext,
    kLowerPrevLower,
    kAmbiguityAmbiguityNext,
    kTagPrevAmbiguity,
    kShapePrev,
    kShapeNext,
    kTagPrevSuffix,
    kAmbiguityPrevAmbiguity,
    kGuessNext,
    kGuessNext2,
    kTagPrevGuessNext,
    kGuessNextLower,
    kGuessNextSuffix,
    kCluster,
    kClusterMid,
    kClusterCoarse,
    kClusterPrev,
    kClusterNext,
    kClusterMidPrev,
    kClusterMidNext,
    kClusterMidPrev2,
    kClusterMidNext2,
    kClusterSuffix,
    kTagPrevCluster,
};

bool starts_char(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

// The class of a word's first byte `c` in its shape: X, x, d, u (non-ASCII) or the byte itself.
char shape_class(unsigned char c) {
    return c >= 'A' && c <= 'Z'   ? 'X'
           : c >= 'a' && c <= 'z' ? 'x'
           : c >= '0' && c <= '9' ? 'd'
           : c >= 0x80            ? 'u'
                                  : static_cast<char>(c);
}

constexpr std::uint64_t kFnvBasis = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

WordInfo make_info(const TreebankWord& word, const AmbiguityDictionary& dictionary, const WordClusters& clusters) {
    WordInfo info;
    std::string_view form = word.form;  // lower-cased by hash_lower: ASCII case keeps bytes and characters
    info.form = hash_text(form);
    info.lower = hash_lower(form);
    info.shape = hash_shape(form);
    std::size_t chars = 0;
    for (char byte : form) chars += starts_char(byte);
    info.length = chars < 5 ? chars : chars < 7 ? 5 : chars < 10 ? 7 : 10;
    for (std::size_t n = 1; n <= 4; ++n) {
        info.prefix[n - 1] = hash_lower(first_chars(form, n));
        info.suffix[n - 1] = hash_lower(last_chars(form, n));
    }
    std::uint32_t entry = dictionary.index.find(info.lower);
    info.ambiguity = entry == HashIndex::kAbsent ? kRareWordAmbiguity : dictionary.classes[entry];
    ClusterIds ids = clusters.of(form);
    info.cluster = ids.fine;
    info.cluster_mid = ids.mid;
    info.cluster_coarse = ids.coarse;
    return info;
}

// Stand-ins for the words before the first and after the last.
const WordInfo& boundary(bool before) {
    static const WordInfo start = [] {
        WordInfo info;
        info.form = info.lower = info.shape = info.ambiguity = hash_text("<s>");
        info.cluster = info.cluster_mid = info.cluster_coarse = 0x10000;
        info.suffix[2] = info.lower;
        return info;
    }();
    static const WordInfo end = [] {
        WordInfo info;
        info.form = info.lower = info.shape = info.ambiguity = hash_text("</s>");
        info.cluster = info.cluster_mid = info.cluster_coarse = 0x10001;
        info.suffix[2] = info.lower;
        return info;
    }();
    return before ? start : end;
}

}  // namespace

std::string_view first_chars(std::string_view text, std::size_t n) {
    std::size_t i = 0;
    for (std::size_t seen = 0; i < text.size(); ++i)
        if (starts_char(text[i]) && seen++ == n) break;
    return text.substr(0, i);
}

std::string_view last_chars(std::string_view text, std::size_t n) {
    std::size_t i = text.size();
    for (std::size_t seen = 0; i > 0 && seen < n;)
        if (starts_char(text[--i])) ++seen;
    return text.substr(i);
}

std::uint64_t hash_text(std::string_view text) {
    std::uint64_t hash = kFnvBasis;
    for (unsigned char byte : text) hash = (hash ^ byte) * kFnvPrime;
    return hash_mix(hash ^ text.size());
}

std::uint64_t hash_lower(std::string_view text) {
    std::uint64_t hash = kFnvBasis;
    for (unsigned char byte : text) hash = (hash ^ (byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte)) * kFnvPrime;
    return hash_mix(hash ^ text.size());
}

std::string word_shape(std::string_view form) {
    std::string shape;
    for (unsigned char c : form) {
        if (!starts_char(static_cast<char>(c))) continue;
        char kind = shape_class(c);
        if (shape.empty() || shape.back() != kind) shape.push_back(kind);
    }
    return shape;
}

std::uint64_t hash_shape(std::string_view form) {
    std::uint64_t hash = kFnvBasis, length = 0;
    char last = 0;
    for (unsigned char c : form) {
        if (!starts_char(static_cast<char>(c))) continue;
        char kind = shape_class(c);
        if (length > 0 && kind == last) continue;
        hash = (hash ^ static_cast<unsigned char>(kind)) * kFnvPrime;
        last = kind;
        ++length;
    }
    return hash_mix(hash ^ length);
}

void word_infos(const std::vector<TreebankWord>& words, const AmbiguityDictionary& dictionary,
                const WordClusters& clusters, std::vector<WordInfo>& infos) {
    infos.clear();
    infos.reserve(words.size());
    for (const TreebankWord& word : words) infos.push_back(make_info(word, dictionary, clusters));
}

namespace {

// Word `i + offset`, or a boundary stand-in.
const WordInfo& word_at(const std::vector<WordInfo>& infos, std::size_t i, std::ptrdiff_t offset) {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    if (j < 0) return boundary(true);
    if (j >= static_cast<std::ptrdiff_t>(infos.size())) return boundary(false);
    return infos[static_cast<std::size_t>(j)];
}

}  // namespace

void static_features(const std::vector<WordInfo>& infos, std::size_t i, std::vector<std::uint64_t>& out) {
    const WordInfo &w = infos[i], &p = word_at(infos, i, -1), &p2 = word_at(infos, i, -2);
    const WordInfo &n = word_at(infos, i, 1), &n2 = word_at(infos, i, 2);
    auto add = [&](std::uint64_t id, std::uint64_t value) { out.push_back(hash_pair(id, value)); };
    add(kBias, 0);
    add(kForm, w.form);
    add(kLower, w.lower);
    for (std::uint64_t k = 0; k < 4; ++k) {
        add(kPrefix1 + k, w.prefix[k]);
        add(kSuffix1 + k, w.suffix[k]);
    }
    add(kShape, w.shape);
    add(kShapeFirst, hash_pair(w.shape, i == 0));
    add(kLength, w.length);
    add(kLowerPrev, p.lower);
    add(kLowerPrev2, p2.lower);
    add(kLowerNext, n.lower);
    add(kLowerNext2, n2.lower);
    add(kSuffixPrev, p.suffix[2]);
    add(kSuffixNext, n.suffix[2]);
    add(kAmbiguity, w.ambiguity);
    add(kAmbiguityPrev, p.ambiguity);
    add(kAmbiguityPrev2, p2.ambiguity);
    add(kAmbiguityNext, n.ambiguity);
    add(kAmbiguityNext2, n2.ambiguity);
    add(kLowerLowerNext, hash_pair(w.lower, n.lower));
    add(kLowerPrevLower, hash_pair(p.lower, w.lower));
    add(kAmbiguityAmbiguityNext, hash_pair(w.ambiguity, n.ambiguity));
    add(kShapePrev, p.shape);
    add(kShapeNext, n.shape);
    add(kAmbiguityPrevAmbiguity, hash_pair(p.ambiguity, w.ambiguity));
    add(kCluster, w.cluster);
    add(kClusterMid, w.cluster_mid);
    add(kClusterCoarse, w.cluster_coarse);
    add(kClusterPrev, p.cluster);
    add(kClusterNext, n.cluster);
    add(kClusterMidPrev, p.cluster_mid);
    add(kClusterMidNext, n.cluster_mid);
    add(kClusterMidPrev2, p2.cluster_mid);
    add(kClusterMidNext2, n2.cluster_mid);
    add(kClusterSuffix, hash_pair(w.cluster, w.suffix[2]));
}

void dynamic_features(const std::vector<WordInfo>& infos, std::size_t i, const std::vector<std::uint8_t>& tags,
                      const std::vector<std::uint8_t>& guesses, std::vector<std::uint64_t>& out) {
    const WordInfo &w = infos[i], &n = word_at(infos, i, 1);
    std::uint64_t t1 = i >= 1 ? tags[i - 1] : 255, t2 = i >= 2 ? tags[i - 2] : 255;
    std::uint64_t g1 = i + 1 < guesses.size() ? guesses[i + 1] : 254;
    std::uint64_t g2 = i + 2 < guesses.size() ? guesses[i + 2] : 254;
    auto add = [&](std::uint64_t id, std::uint64_t value) { out.push_back(hash_pair(id, value)); };
    add(kTagPrev, t1);
    add(kTagPrev2, t2 * 256 + t1);
    add(kTagPrevLower, hash_pair(t1, w.lower));
    add(kTagPrevAmbiguityNext, hash_pair(t1, n.ambiguity));
    add(kTagPrevAmbiguity, hash_pair(t1, w.ambiguity));
    add(kTagPrevSuffix, hash_pair(t1, w.suffix[2]));
    add(kGuessNext, g1);
    add(kGuessNext2, g1 * 256 + g2);
    add(kTagPrevGuessNext, t1 * 256 + g1);
    add(kGuessNextLower, hash_pair(g1, w.lower));
    add(kGuessNextSuffix, hash_pair(g1, w.suffix[2]));
    add(kTagPrevCluster, t1 * 0x20000 + w.cluster);
}

}  // namespace newsgraph
