// Feature templates of the name recognizer.
#include "language/name_features.hpp"

#include "core/text.hpp"
#include "language/tagger_features.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

// Template ids (the first element of every feature hash); append only, or bump kNameFeatureSet.
enum Template : std::uint64_t {
    kBias = 1,
    kForm,
    kLower,
    kShape,
    kPrefix1,
    kSuffix1 = kPrefix1 + 3,
    kLowerPrev = kSuffix1 + 4,
    kLowerNext,
    kLowerPrev2,
    kLowerNext2,
    kShapePrev,
    kShapeNext,
    kUpos,
    kUposPrev,
    kUposNext,
    kUposPrev2,
    kUposNext2,
    kXpos,
    kXposPrev,
    kXposNext,
    kUposBigramLeft,
    kUposBigramRight,
    kDeprel,
    kHeadLemma,
    kDeprelHeadLemma,
    kDeprelHeadUpos,
    kCasingShape,
    kFirstShape,
    kMark,
    kMarkPrev,
    kMarkNext,
    kMarkShape,
    kLowerPrevShape,
    kLowerUpos,
    kTagPrev,
    kTagPrev2,
    kTagPrevShape,
    kTagPrevLower,
    kTagPrevUpos,
    kSuffixXpos,
    kCaseProfile,
    kCaseProfileShape,
    kCaseProfilePrev,
    kCaseProfileNext,
    kCluster,
    kClusterMid,
    kClusterCoarse,
    kClusterPrev,
    kClusterNext,
    kClusterMidPrev,
    kClusterMidNext,
    kClusterMidPrev2,
    kClusterMidNext2,
    kClusterShape,
    kTagPrevClusterMid,
};

std::uint64_t casing_of(const std::vector<Word>& words) {
    std::size_t letters = 0, capitalized = 0, upper = 0;
    for (const Word& word : words) {
        if (!is_wordlike(word.form) || starts_with_digit(word.form)) continue;
        ++letters;
        capitalized += is_capitalized(word.form);
        upper += is_acronym(word.form);
    }
    const char* casing = capitalized == 0                 ? "lower"
                         : upper * 4 >= letters * 3       ? "upper"
                         : capitalized * 4 >= letters * 3 ? "title"
                                                          : "mixed";
    return letters < 3 ? hash_text("short") : hash_text(casing);
}

const NameWordInfo& boundary(bool before) {
    static const NameWordInfo start = [] {
        NameWordInfo info;
        info.form = info.lower = info.shape = info.upos = info.xpos = hash_text("<s>");
        info.cluster = info.cluster_mid = info.cluster_coarse = 0x10000;
        return info;
    }();
    static const NameWordInfo end = [] {
        NameWordInfo info;
        info.form = info.lower = info.shape = info.upos = info.xpos = hash_text("</s>");
        info.cluster = info.cluster_mid = info.cluster_coarse = 0x10001;
        return info;
    }();
    return before ? start : end;
}

const NameWordInfo& word_at(const NameSentenceInfo& info, std::size_t i, std::ptrdiff_t offset) {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    if (j < 0) return boundary(true);
    if (j >= static_cast<std::ptrdiff_t>(info.words.size())) return boundary(false);
    return info.words[static_cast<std::size_t>(j)];
}

}  // namespace

void name_sentence_info(const std::vector<Word>& words, const NameGazetteer& gazetteer, const CaseProfiles& cases,
                        const WordClusters& clusters, NameSentenceInfo& info) {
    info.casing = casing_of(words);
    info.words.resize(words.size());
    std::vector<std::uint64_t> keys(words.size());
    std::vector<std::string> lowers(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        lowers[i] = ascii_lower(words[i].form);
        keys[i] = NameGazetteer::word_key(lowers[i]);
    }
    std::vector<std::vector<std::uint64_t>> marks;
    gazetteer.marks(keys, marks);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Word& word = words[i];
        NameWordInfo& w = info.words[i];
        w.form = hash_text(word.form);
        w.lower = keys[i];
        w.shape = hash_shape(word.form);
        w.upos = hash_text(word.upos);
        w.xpos = hash_text(word.xpos);
        w.deprel = hash_text(word.deprel);
        bool rooted = word.head >= 0 && static_cast<std::size_t>(word.head) < words.size();
        w.head_lemma = rooted ? hash_lower(words[static_cast<std::size_t>(word.head)].lemma) : 0;
        w.head_upos = rooted ? hash_text(words[static_cast<std::size_t>(word.head)].upos) : 0;
        for (std::size_t n = 1; n <= 3; ++n) w.prefix[n - 1] = hash_text(first_chars(lowers[i], n));
        for (std::size_t n = 1; n <= 4; ++n) w.suffix[n - 1] = hash_text(last_chars(lowers[i], n));
        w.marks = std::move(marks[i]);
        w.case_profile =
            static_cast<std::uint64_t>(cases.of(keys[i])) * 4 + (is_capitalized(word.form) ? 2 : 0) + (i == 0 ? 1 : 0);
        ClusterIds ids = clusters.of(word.form);
        w.cluster = ids.fine;
        w.cluster_mid = ids.mid;
        w.cluster_coarse = ids.coarse;
    }
}

void name_static_features(const NameSentenceInfo& info, std::size_t i, std::vector<std::uint64_t>& out) {
    const NameWordInfo &w = info.words[i], &p = word_at(info, i, -1), &n = word_at(info, i, 1);
    const NameWordInfo &p2 = word_at(info, i, -2), &n2 = word_at(info, i, 2);
    auto add = [&](std::uint64_t id, std::uint64_t value) { out.push_back(hash_pair(id, value)); };
    add(kBias, 0);
    add(kForm, w.form);
    add(kLower, w.lower);
    add(kShape, w.shape);
    for (std::uint64_t k = 0; k < 3; ++k) add(kPrefix1 + k, w.prefix[k]);
    for (std::uint64_t k = 0; k < 4; ++k) add(kSuffix1 + k, w.suffix[k]);
    add(kLowerPrev, p.lower);
    add(kLowerNext, n.lower);
    add(kLowerPrev2, p2.lower);
    add(kLowerNext2, n2.lower);
    add(kShapePrev, hash_pair(p.shape, w.shape));
    add(kShapeNext, hash_pair(w.shape, n.shape));
    add(kUpos, w.upos);
    add(kUposPrev, p.upos);
    add(kUposNext, n.upos);
    add(kUposPrev2, p2.upos);
    add(kUposNext2, n2.upos);
    add(kXpos, w.xpos);
    add(kXposPrev, p.xpos);
    add(kXposNext, n.xpos);
    add(kUposBigramLeft, hash_pair(p.upos, w.upos));
    add(kUposBigramRight, hash_pair(w.upos, n.upos));
    add(kDeprel, w.deprel);
    add(kHeadLemma, w.head_lemma);
    add(kDeprelHeadLemma, hash_pair(w.deprel, w.head_lemma));
    add(kDeprelHeadUpos, hash_pair(w.deprel, w.head_upos));
    add(kCasingShape, hash_pair(info.casing, w.shape));
    add(kFirstShape, hash_pair(i == 0, w.shape));
    add(kLowerPrevShape, hash_pair(p.lower, w.shape));
    add(kLowerUpos, hash_pair(w.lower, w.upos));
    add(kSuffixXpos, hash_pair(w.suffix[2], w.xpos));
    add(kCaseProfile, w.case_profile);
    add(kCaseProfileShape, hash_pair(w.case_profile, w.shape));
    add(kCaseProfilePrev, hash_pair(p.case_profile, w.case_profile));
    add(kCaseProfileNext, hash_pair(w.case_profile, n.case_profile));
    for (std::uint64_t mark : w.marks) {
        add(kMark, mark);
        add(kMarkShape, hash_pair(mark, w.shape));
    }
    for (std::uint64_t mark : p.marks) add(kMarkPrev, mark);
    for (std::uint64_t mark : n.marks) add(kMarkNext, mark);
    add(kCluster, w.cluster);
    add(kClusterMid, w.cluster_mid);
    add(kClusterCoarse, w.cluster_coarse);
    add(kClusterPrev, p.cluster);
    add(kClusterNext, n.cluster);
    add(kClusterMidPrev, p.cluster_mid);
    add(kClusterMidNext, n.cluster_mid);
    add(kClusterMidPrev2, p2.cluster_mid);
    add(kClusterMidNext2, n2.cluster_mid);
    add(kClusterShape, hash_pair(w.cluster, w.shape));
}

void name_dynamic_features(const NameSentenceInfo& info, std::size_t i, const std::vector<std::uint8_t>& tags,
                           std::vector<std::uint64_t>& out) {
    const NameWordInfo& w = info.words[i];
    std::uint64_t t1 = i >= 1 ? tags[i - 1] : 255, t2 = i >= 2 ? tags[i - 2] : 255;
    auto add = [&](std::uint64_t id, std::uint64_t value) { out.push_back(hash_pair(id, value)); };
    add(kTagPrev, t1);
    add(kTagPrev2, t2 * 256 + t1);
    add(kTagPrevShape, hash_pair(t1, w.shape));
    add(kTagPrevLower, hash_pair(t1, w.lower));
    add(kTagPrevUpos, hash_pair(t1, w.upos));
    add(kTagPrevClusterMid, hash_pair(t1, w.cluster_mid));
}

}  // namespace newsgraph
