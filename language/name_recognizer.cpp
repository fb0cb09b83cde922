// Loading a recognizer model and greedy BILOU decoding.
#include "language/name_recognizer.hpp"

#include <cmath>
#include <limits>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "language/model_file.hpp"
#include "language/name_features.hpp"

namespace newsgraph {

std::string write_name_model(const NameModel& model, ModelLayout layout) {
    ModelWriter out(kNameModelKind, kNameModelVersion, layout);
    out.put_u32(kNameFeatureSet);
    out.put_strings(model.types);
    model.weights.write(out);
    out.put_array(model.case_keys);
    out.put_array(model.case_classes);
    model.clusters.write(out);
    return out.finish();
}

NameModel read_name_model(ModelReader& in) {
    if (in.get_u32() != kNameFeatureSet) in.fail("made for another feature set of the recognizer");
    NameModel model;
    model.types = in.get_strings();
    if (model.types.empty() || model.types.size() > 60) in.fail("bad entity type count");
    model.weights = SparseWeights::read(in);
    model.case_keys = in.get_array<std::uint64_t>();
    model.case_classes = in.get_array<std::uint8_t>();
    model.clusters = WordClusters::read(in);
    in.expect_end();
    if (model.case_keys.size() != model.case_classes.size()) in.fail("case profiles of different lengths");
    for (std::uint8_t profile : model.case_classes)
        if (profile > static_cast<std::uint8_t>(CaseProfile::Capitalized)) in.fail("unknown case profile");
    if (model.weights.class_bound() > 1 + 4 * model.types.size()) in.fail("weights for more tags than the types have");
    return model;
}

NameRecognizer NameRecognizer::from_bytes(std::string_view bytes, const std::string& name, ModelIntegrity integrity) {
    ModelReader in(bytes, name, kNameModelKind, kNameModelVersion, integrity);
    return NameRecognizer(read_name_model(in), shared_from_resources<NameGazetteer>());
}

NameRecognizer NameRecognizer::load(const std::string& path) { return from_bytes(read_model_bytes(path), path); }

NameRecognizer::NameRecognizer(NameModel model, std::shared_ptr<const NameGazetteer> gazetteer)
    : tags_(std::move(model.types)),
      weights_(std::move(model.weights)),
      cases_(model.case_keys, model.case_classes),
      clusters_(std::move(model.clusters)),
      gazetteer_(std::move(gazetteer)) {}

std::vector<std::uint8_t> NameRecognizer::tag(const std::vector<Word>& words, std::vector<float>* margins) const {
    NameSentenceInfo info;
    name_sentence_info(words, *gazetteer_, cases_, clusters_, info);
    std::size_t count = words.size(), classes = tags_.tag_count();
    std::vector<std::uint8_t> tags(count);
    std::vector<std::uint64_t> features;
    std::vector<std::int32_t> scores(classes);
    if (margins) margins->assign(count, 0.0f);
    for (std::size_t i = 0; i < count; ++i) {
        features.clear();
        name_static_features(info, i, features);
        name_dynamic_features(info, i, tags, features);
        std::fill(scores.begin(), scores.end(), 0);
        weights_.add_scores(features.data(), features.size(), scores.data());
        std::uint8_t previous = i ? tags[i - 1] : NameTagSet::kOutside;
        std::int64_t best = std::numeric_limits<std::int64_t>::min(), second = best;
        for (std::size_t c = 0; c < classes; ++c) {
            auto tag = static_cast<std::uint8_t>(c);
            if (!NameTagSet::allowed(previous, tag) || (i + 1 == count && !NameTagSet::may_end(tag))) continue;
            if (scores[c] > best) {
                second = best;
                best = scores[c];
                tags[i] = tag;
            } else if (scores[c] > second) {
                second = scores[c];
            }
        }
        if (margins && second != std::numeric_limits<std::int64_t>::min())
            (*margins)[i] = static_cast<float>(best - second) * weights_.scale();
        else if (margins)
            (*margins)[i] = 100.0f;
    }
    return tags;
}

std::vector<NameSpan> NameRecognizer::recognize(const std::vector<Word>& words) const {
    std::vector<float> margins;
    std::vector<NameSpan> spans = tags_.decode(tag(words, &margins));
    for (NameSpan& span : spans) {
        float margin = std::numeric_limits<float>::max();
        for (std::size_t i = span.first; i < span.end; ++i) margin = std::min(margin, margins[i]);
        span.confidence = std::round(1000.0 / (1.0 + std::exp(-0.5 * margin))) / 1000.0;
    }
    return spans;
}

}  // namespace newsgraph
