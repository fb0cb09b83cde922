// Training of the word-cluster table (language/word_clusters.hpp): spherical
// k-means over word vectors read in GloVe's text format, then k-means again
// over the clusters' centres for each coarser level, so the levels nest.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace newsgraph {

struct ClusteringOptions {
    std::size_t max_words = 200000;                      // the first words of the file (GloVe lists the frequent first)
    std::array<std::size_t, 3> sizes = {1024, 128, 16};  // clusters per level: fine, mid, coarse
    int iterations = 20;                                 // at most, per level
    std::uint64_t seed = 1;
    std::function<void(const std::string&)> progress;  // one line per level
};

struct WordClustering {
    std::vector<std::string> words;
    std::vector<std::array<std::uint16_t, 3>> ids;  // fine, mid, coarse of each word
};

// Reads "word v1 ... vd" lines (every line the same d) and clusters the words; deterministic for the same
// file and options. Throws Error naming the file and line of a bad line.
WordClustering cluster_words(const std::string& vectors_path, const ClusteringOptions& options);

// Writes the table read by WordClusters::read_table, atomically.
void write_cluster_table(const WordClustering& clustering, const std::string& path);

// One level of spherical k-means, exposed for tests: `points` holds count rows of `dimensions` unit-length
// floats, `weights` one weight a row. Returns each row's cluster; fills `centres` (k rows, unit length).
std::vector<std::uint16_t> spherical_kmeans(const std::vector<float>& points, const std::vector<float>& weights,
                                            std::size_t dimensions, std::size_t k, int iterations, std::uint64_t seed,
                                            std::vector<float>& centres);

}  // namespace newsgraph
