// Averaged perceptron updates and the export of its weights.
#include "language/averaged_perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace newsgraph {

void AveragedPerceptron::score(const std::vector<std::uint64_t>& keys, std::vector<float>& scores) const {
    std::fill(scores.begin(), scores.end(), 0.0f);
    for (std::uint64_t key : keys) {
        auto found = weights_.find(key);
        if (found == weights_.end()) continue;
        for (const Entry& entry : found->second) scores[entry.cls] += entry.weight;
    }
}

void AveragedPerceptron::change(std::vector<Entry>& row, int cls, float delta) {
    for (Entry& entry : row)
        if (entry.cls == cls) {
            entry.weight += delta;
            entry.stamped += clock_ * delta;
            return;
        }
    row.push_back(Entry{static_cast<std::uint16_t>(cls), delta, clock_ * delta});
}

void AveragedPerceptron::update(const std::vector<std::uint64_t>& keys, int good, int bad) {
    for (std::uint64_t key : keys) {
        std::vector<Entry>& row = weights_[key];
        change(row, good, 1.0f);
        change(row, bad, -1.0f);
    }
}

namespace {

struct Averaged {
    std::uint64_t key;
    std::vector<std::pair<std::uint16_t, float>> entries;
};

std::size_t stored_bytes(const std::vector<Averaged>& rows, float threshold) {
    std::size_t bytes = 0;
    for (const Averaged& row : rows) {
        std::size_t kept = 0;
        for (const auto& entry : row.entries) kept += std::fabs(entry.second) >= threshold;
        if (kept) bytes += 12 + 4 * kept;
    }
    return bytes;
}

// The smallest magnitude at least `low` whose pruned weights fit in `max_bytes`, by binary search
// over the distinct magnitudes.
float fitting_threshold(const std::vector<Averaged>& rows, float low, std::size_t max_bytes) {
    std::vector<float> magnitudes;
    for (const Averaged& row : rows)
        for (const auto& entry : row.entries)
            if (std::fabs(entry.second) >= low) magnitudes.push_back(std::fabs(entry.second));
    std::sort(magnitudes.begin(), magnitudes.end());
    magnitudes.erase(std::unique(magnitudes.begin(), magnitudes.end()), magnitudes.end());
    std::size_t lo = 0, hi = magnitudes.size();  // the answer's index is in [lo, hi]
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        if (stored_bytes(rows, magnitudes[mid]) <= max_bytes)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo < magnitudes.size() ? magnitudes[lo] : std::numeric_limits<float>::max();
}

}  // namespace

SparseWeights AveragedPerceptron::averaged(float threshold, std::size_t max_bytes) const {
    std::vector<Averaged> rows;
    rows.reserve(weights_.size());
    float largest = 0.0f;
    for (const auto& [key, row] : weights_) {
        Averaged averaged{key, {}};
        for (const Entry& entry : row) {
            float value = static_cast<float>(entry.weight - entry.stamped / clock_);
            if (value != 0.0f) averaged.entries.emplace_back(entry.cls, value);
            largest = std::max(largest, std::fabs(value));
        }
        std::sort(averaged.entries.begin(), averaged.entries.end());
        if (!averaged.entries.empty()) rows.push_back(std::move(averaged));
    }
    std::sort(rows.begin(), rows.end(), [](const Averaged& a, const Averaged& b) { return a.key < b.key; });
    float scale = largest > 0 ? largest / 32767.0f : 1.0f;
    threshold = std::max(threshold, scale);
    if (stored_bytes(rows, threshold) > max_bytes) threshold = fitting_threshold(rows, threshold, max_bytes);
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> starts{0};
    std::vector<std::uint16_t> classes;
    std::vector<std::int16_t> values;
    for (const Averaged& row : rows) {
        for (const auto& [cls, value] : row.entries) {
            if (std::fabs(value) < threshold) continue;
            classes.push_back(cls);
            values.push_back(static_cast<std::int16_t>(std::lround(value / scale)));
        }
        if (classes.size() == starts.back()) continue;
        keys.push_back(row.key);
        starts.push_back(static_cast<std::uint32_t>(classes.size()));
    }
    return SparseWeights(std::move(keys), std::move(starts), std::move(classes), std::move(values), scale);
}

}  // namespace newsgraph
