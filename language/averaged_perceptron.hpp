// A multiclass averaged perceptron over hashed sparse features, for training
// only: it learns, then hands its averaged, pruned and quantized weights to the
// runtime as SparseWeights.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "language/sparse_weights.hpp"

namespace newsgraph {

class AveragedPerceptron {
public:
    // Sets `scores` (one per class, `classes` long) from the current weights of `keys`.
    void score(const std::vector<std::uint64_t>& keys, std::vector<float>& scores) const;
    // Rewards class `good` and penalizes class `bad` for every key.
    void update(const std::vector<std::uint64_t>& keys, int good, int bad);
    // Counts one training instance (the clock of the average).
    void tick() { ++clock_; }
    // The averaged weights without those below `threshold` in magnitude, at most about `max_bytes` stored
    // (the threshold rises until they fit), quantized to 16 bits. Keys in order: deterministic.
    SparseWeights averaged(float threshold, std::size_t max_bytes) const;
    std::size_t feature_count() const { return weights_.size(); }

private:
    struct Entry {
        std::uint16_t cls;
        float weight;
        double stamped;  // sum of clock * change, for the average
    };
    void change(std::vector<Entry>& row, int cls, float delta);

    std::unordered_map<std::uint64_t, std::vector<Entry>> weights_;
    double clock_ = 1;
};

}  // namespace newsgraph
