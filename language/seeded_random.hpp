// splitmix64: a small random generator of the project's own, so the same seed gives the same shuffles, choices
// and models on every platform (the standard distributions are not specified bit for bit).
#pragma once

#include <cstdint>

#include "language/tagger_features.hpp"

namespace newsgraph {

struct SeededRandom {
    std::uint64_t state;
    std::uint64_t next() { return hash_mix(state += 0x9E3779B97F4A7C15ull); }
    // Uniform in [0, 1), from the top 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

}  // namespace newsgraph
