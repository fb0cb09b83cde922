#include "language/word_clusterer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/error.hpp"
#include "language/seeded_random.hpp"

namespace newsgraph {

namespace {

void normalize(float* row, std::size_t dimensions) {
    double norm = 0;
    for (std::size_t j = 0; j < dimensions; ++j) norm += static_cast<double>(row[j]) * row[j];
    if (norm <= 0) return;
    float scale = static_cast<float>(1.0 / std::sqrt(norm));
    for (std::size_t j = 0; j < dimensions; ++j) row[j] *= scale;
}

// Runs `work(begin, end)` over [0, count) split between the machine's cores.
template <typename Work>
void parallel_rows(std::size_t count, Work work) {
    std::size_t threads = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    std::size_t step = (count + threads - 1) / threads;
    for (std::size_t begin = 0; begin < count; begin += step)
        pool.emplace_back(work, begin, std::min(count, begin + step));
    for (std::thread& thread : pool) thread.join();
}

// Centres stored dimension-major (k floats per dimension), so the scores of one point against every
// centre are a loop the compiler vectorizes without reordering any sum.
struct CentreMatrix {
    std::size_t k, dimensions;
    std::vector<float> by_dimension;

    CentreMatrix(const std::vector<float>& centres, std::size_t k_, std::size_t d)
        : k(k_), dimensions(d), by_dimension(k_ * d) {
        for (std::size_t c = 0; c < k; ++c)
            for (std::size_t j = 0; j < d; ++j) by_dimension[j * k + c] = centres[c * d + j];
    }
    // The nearest centre of `point` (largest cosine) and that cosine; `scores` is scratch of k floats.
    std::pair<std::uint16_t, float> nearest(const float* point, std::vector<float>& scores) const {
        std::fill(scores.begin(), scores.end(), 0.0f);
        for (std::size_t j = 0; j < dimensions; ++j) {
            const float value = point[j], *row = &by_dimension[j * k];
            for (std::size_t c = 0; c < k; ++c) scores[c] += value * row[c];
        }
        std::size_t best = std::max_element(scores.begin(), scores.end()) - scores.begin();
        return {static_cast<std::uint16_t>(best), scores[best]};
    }
};

// k-means++ seeding: each next centre drawn with probability proportional to weight times distance
// (1 - cosine) to the nearest centre so far.
std::vector<float> seed_centres(const std::vector<float>& points, const std::vector<float>& weights,
                                std::size_t dimensions, std::size_t k, SeededRandom& random) {
    std::size_t count = weights.size();
    std::vector<float> centres;
    std::vector<double> distance(count, 2.0);
    std::size_t chosen = static_cast<std::size_t>(random.uniform() * static_cast<double>(count));
    for (std::size_t c = 0; c < k; ++c) {
        const float* centre = &points[chosen * dimensions];
        centres.insert(centres.end(), centre, centre + dimensions);
        double total = 0;
        for (std::size_t i = 0; i < count; ++i) {
            double cosine = 0;
            for (std::size_t j = 0; j < dimensions; ++j)
                cosine += static_cast<double>(points[i * dimensions + j]) * centre[j];
            distance[i] = std::min(distance[i], std::max(0.0, 1.0 - cosine));
            total += distance[i] * weights[i];
        }
        double target = random.uniform() * total;
        chosen = count - 1;
        for (std::size_t i = 0; i < count; ++i)
            if ((target -= distance[i] * weights[i]) < 0) {
                chosen = i;
                break;
            }
    }
    return centres;
}

// The new centres: normalized weighted sums of their points; an empty cluster takes the point farthest
// from its own centre.
void update_centres(const std::vector<float>& points, const std::vector<float>& weights, std::size_t dimensions,
                    const std::vector<std::uint16_t>& assignment, const std::vector<float>& similarity,
                    std::vector<float>& centres) {
    std::size_t k = centres.size() / dimensions, count = weights.size();
    std::vector<double> sums(k * dimensions, 0.0), mass(k, 0.0);
    for (std::size_t i = 0; i < count; ++i) {
        mass[assignment[i]] += weights[i];
        for (std::size_t j = 0; j < dimensions; ++j)
            sums[assignment[i] * dimensions + j] += static_cast<double>(weights[i]) * points[i * dimensions + j];
    }
    std::vector<std::size_t> by_distance(count);
    for (std::size_t i = 0; i < count; ++i) by_distance[i] = i;
    std::stable_sort(by_distance.begin(), by_distance.end(),
                     [&](std::size_t a, std::size_t b) { return similarity[a] < similarity[b]; });
    std::size_t next_far = 0;
    for (std::size_t c = 0; c < k; ++c) {
        float* centre = &centres[c * dimensions];
        if (mass[c] > 0) {
            for (std::size_t j = 0; j < dimensions; ++j) centre[j] = static_cast<float>(sums[c * dimensions + j]);
        } else if (next_far < count) {
            const float* far = &points[by_distance[next_far++] * dimensions];
            std::copy(far, far + dimensions, centre);
        }
        normalize(centre, dimensions);
    }
}

}  // namespace

std::vector<std::uint16_t> spherical_kmeans(const std::vector<float>& points, const std::vector<float>& weights,
                                            std::size_t dimensions, std::size_t k, int iterations, std::uint64_t seed,
                                            std::vector<float>& centres) {
    std::size_t count = weights.size();
    if (k == 0 || k > count || k >= 0xFFFF)
        throw Error("k-means: " + std::to_string(k) + " clusters for " + std::to_string(count) + " points");
    SeededRandom random{seed};
    centres = seed_centres(points, weights, dimensions, k, random);
    std::vector<std::uint16_t> assignment(count, 0xFFFF);
    std::vector<float> similarity(count, 0.0f);
    for (int iteration = 0; iteration < iterations; ++iteration) {
        CentreMatrix matrix(centres, k, dimensions);
        std::size_t changed = 0;
        std::vector<std::uint16_t> next(count);
        parallel_rows(count, [&](std::size_t begin, std::size_t end) {
            std::vector<float> scores(k);
            for (std::size_t i = begin; i < end; ++i) {
                auto [best, cosine] = matrix.nearest(&points[i * dimensions], scores);
                next[i] = best;
                similarity[i] = cosine;
            }
        });
        for (std::size_t i = 0; i < count; ++i) changed += next[i] != assignment[i];
        assignment.swap(next);
        update_centres(points, weights, dimensions, assignment, similarity, centres);
        if (changed == 0) break;
    }
    return assignment;
}

namespace {

// Subtracts the mean vector, then scales each to unit length: GloVe's vectors share a common direction
// that would otherwise put most frequent words, whatever their kind, in a few clusters.
void center_and_normalize(std::vector<float>& points, std::size_t dimensions) {
    std::size_t count = points.size() / dimensions;
    std::vector<double> mean(dimensions, 0.0);
    for (std::size_t i = 0; i < count; ++i)
        for (std::size_t j = 0; j < dimensions; ++j) mean[j] += points[i * dimensions + j];
    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t j = 0; j < dimensions; ++j)
            points[i * dimensions + j] -= static_cast<float>(mean[j] / static_cast<double>(count));
        normalize(&points[i * dimensions], dimensions);
    }
}

// Reads up to `max_words` vectors, centred and normalized to unit length.
void read_vectors(const std::string& path, std::size_t max_words, std::vector<std::string>& words,
                  std::vector<float>& points, std::size_t& dimensions) {
    std::ifstream in(path);
    if (!in) throw Error(path, "cannot read word vectors");
    dimensions = 0;
    std::string line;
    for (std::size_t number = 1; words.size() < max_words && std::getline(in, line); ++number) {
        std::istringstream fields(line);
        std::string word;
        if (!(fields >> word)) continue;
        std::size_t before = points.size();
        for (float value; fields >> value;) points.push_back(value);
        std::size_t read = points.size() - before;
        if (!fields.eof() || read == 0 || (dimensions != 0 && read != dimensions))
            throw Error(
                path + ":" + std::to_string(number),
                "expected a word and " + (dimensions ? std::to_string(dimensions) : std::string("its")) + " numbers");
        dimensions = read;
        words.push_back(word);
    }
    if (words.empty()) throw Error(path, "no word vectors");
    center_and_normalize(points, dimensions);
}

}  // namespace

WordClustering cluster_words(const std::string& vectors_path, const ClusteringOptions& options) {
    WordClustering clustering;
    std::vector<float> points;
    std::size_t dimensions = 0;
    read_vectors(vectors_path, options.max_words, clustering.words, points, dimensions);
    std::vector<float> weights(clustering.words.size(), 1.0f);
    clustering.ids.assign(clustering.words.size(), {});
    // Level by level: the points of the next level are this level's centres, weighted by their members.
    std::vector<std::size_t> member_of(clustering.words.size());
    for (std::size_t i = 0; i < member_of.size(); ++i) member_of[i] = i;
    for (std::size_t level = 0; level < options.sizes.size(); ++level) {
        std::vector<float> centres;
        std::vector<std::uint16_t> assignment = spherical_kmeans(points, weights, dimensions, options.sizes[level],
                                                                 options.iterations, options.seed + level, centres);
        for (std::size_t w = 0; w < member_of.size(); ++w) {
            member_of[w] = assignment[member_of[w]];
            clustering.ids[w][level] = static_cast<std::uint16_t>(member_of[w]);
        }
        std::vector<float> mass(options.sizes[level], 0.0f);
        for (std::size_t i = 0; i < assignment.size(); ++i) mass[assignment[i]] += weights[i];
        points = std::move(centres);
        weights = std::move(mass);
        if (options.progress)
            options.progress("level " + std::to_string(level + 1) + ": " + std::to_string(options.sizes[level]) +
                             " clusters");
    }
    return clustering;
}

void write_cluster_table(const WordClustering& clustering, const std::string& path) {
    std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        for (std::size_t w = 0; w < clustering.words.size(); ++w)
            out << clustering.words[w] << '\t' << clustering.ids[w][0] << '\t' << clustering.ids[w][1] << '\t'
                << clustering.ids[w][2] << '\n';
        out.flush();
        if (!out) {
            std::remove(temporary.c_str());
            throw Error(path, "cannot write the word-cluster table");
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) throw Error(path, "cannot replace the word-cluster table");
}

}  // namespace newsgraph
