#include "language/tagger_model.hpp"

#include "core/error.hpp"
#include "language/tagger_features.hpp"

namespace newsgraph {

void TaggerModel::write(ModelWriter& out) const {
    out.put_u32(kTaggerFeatureSet);
    out.put_strings(upos);
    out.put_strings(xpos);
    out.put_array(word_keys);
    out.put_array(word_classes);
    if (out.prepared()) {
        out.put_u64(table ? table_features : feature_keys.size());
        (table ? *table : WeightTable(feature_keys, rows, entry_classes, entry_weights, upos.size()))
            .write_prepared(out);
    } else {
        if (table) throw Error("a tagger read from a prepared image cannot be written as a model file");
        out.put_array(feature_keys);
        out.put_array(rows);
        out.put_array(entry_classes);
        out.put_array(entry_weights);
    }
    out.put_f32(scale);
    lemmas.write(out);
    clusters.write(out);
}

namespace {

// The weight arrays of a model file, checked.
void read_weights(ModelReader& in, TaggerModel& model) {
    model.feature_keys = in.get_array<std::uint64_t>();
    model.rows = in.get_array<std::uint32_t>();
    model.entry_classes = in.get_array<std::uint8_t>();
    model.entry_weights = in.get_array<std::int16_t>();
    if (model.rows.size() != model.feature_keys.size() + 1 || model.rows.front() != 0 ||
        model.rows.back() != model.entry_classes.size() || model.entry_classes.size() != model.entry_weights.size())
        in.fail("weight rows inconsistent");
    for (std::size_t i = 0; i + 1 < model.rows.size(); ++i)
        if (model.rows[i] > model.rows[i + 1]) in.fail("weight rows out of order");
    for (std::uint8_t tag : model.entry_classes)
        if (tag >= model.upos.size()) in.fail("weight for an unknown tag class");
}

}  // namespace

TaggerModel TaggerModel::read(ModelReader& in) {
    TaggerModel model;
    if (in.get_u32() != kTaggerFeatureSet) in.fail("made for another feature set of the tagger");
    model.upos = in.get_strings();
    model.xpos = in.get_strings();
    if (model.upos.empty() || model.upos.size() != model.xpos.size() || model.upos.size() > 255)
        in.fail("bad tag classes");
    model.word_keys = in.get_array<std::uint64_t>();
    model.word_classes = in.get_array<std::uint64_t>();
    if (model.word_keys.size() != model.word_classes.size()) in.fail("ambiguity dictionary of different lengths");
    if (in.prepared()) {
        model.table_features = in.get_u64();
        model.table = WeightTable::read_prepared(in);
    } else {
        read_weights(in, model);
    }
    model.scale = in.get_f32();
    model.lemmas = LemmaTables::read(in, model.upos.size());
    model.clusters = WordClusters::read(in);
    in.expect_end();
    return model;
}

}  // namespace newsgraph
