// Lifting and lowering non-projective arcs.
#include "language/projectivize.hpp"

#include <algorithm>
#include <deque>

namespace newsgraph {

std::vector<int> heads_of(const std::vector<TreebankWord>& words) {
    std::vector<int> heads(words.size() + 1, -1);
    for (std::size_t i = 0; i < words.size(); ++i) heads[i + 1] = words[i].head;
    return heads;
}

namespace {

// Whether `ancestor` dominates `word` (or is it). Guards against cycles in malformed input.
bool dominates(const std::vector<int>& heads, int ancestor, int word) {
    for (std::size_t steps = 0; steps < heads.size() && word > 0; ++steps) {
        if (word == ancestor) return true;
        word = heads[word];
    }
    return word == ancestor;
}

std::string base_label(const std::string& label) {
    std::size_t marker = label.find(kLiftMarker);
    return marker == std::string::npos ? label : label.substr(0, marker);
}

}  // namespace

bool is_projective_arc(const std::vector<int>& heads, int dependent) {
    int head = heads[dependent];
    if (head <= 0) return true;
    int low = std::min(head, dependent), high = std::max(head, dependent);
    for (int k = low + 1; k < high; ++k)
        if (!dominates(heads, head, k)) return false;
    return true;
}

bool is_projective(const std::vector<int>& heads) {
    for (std::size_t d = 1; d < heads.size(); ++d)
        if (!is_projective_arc(heads, static_cast<int>(d))) return false;
    return true;
}

int projectivize(std::vector<TreebankWord>& words) {
    std::vector<int> heads = heads_of(words);
    int lifts = 0;
    for (;;) {
        int shortest = 0;
        int shortest_length = 0;
        for (std::size_t d = 1; d < heads.size(); ++d) {
            int dependent = static_cast<int>(d);
            if (is_projective_arc(heads, dependent)) continue;
            int length = std::abs(heads[d] - dependent);
            if (shortest == 0 || length < shortest_length) shortest = dependent, shortest_length = length;
        }
        if (shortest == 0 || lifts > static_cast<int>(words.size() * words.size())) break;
        int old_head = heads[shortest];
        TreebankWord& word = words[shortest - 1];
        if (word.deprel.find(kLiftMarker) == std::string::npos)
            word.deprel += kLiftMarker + base_label(words[old_head - 1].deprel);
        heads[shortest] = heads[old_head];
        word.head = heads[shortest];
        ++lifts;
    }
    return lifts;
}

namespace {

// The first descendant of `start` (breadth-first, children left to right), other than `self`, labelled `wanted`.
int find_new_head(const std::vector<TreebankWord>& words, int start, int self, const std::string& wanted) {
    std::deque<int> queue{start};
    std::vector<char> seen(words.size() + 1, 0);
    while (!queue.empty()) {
        int current = queue.front();
        queue.pop_front();
        for (std::size_t i = 0; i < words.size(); ++i) {
            int child = static_cast<int>(i) + 1;
            if (words[i].head != current || child == self || seen[child]) continue;
            seen[child] = 1;
            if (base_label(words[i].deprel) == wanted) return child;
            queue.push_back(child);
        }
    }
    return -1;
}

}  // namespace

void deprojectivize(std::vector<TreebankWord>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        TreebankWord& word = words[i];
        std::size_t marker = word.deprel.find(kLiftMarker);
        if (marker == std::string::npos) continue;
        std::string wanted = word.deprel.substr(marker + std::char_traits<char>::length(kLiftMarker));
        word.deprel.resize(marker);
        int new_head = find_new_head(words, word.head, static_cast<int>(i) + 1, wanted);
        if (new_head > 0) word.head = new_head;
    }
}

}  // namespace newsgraph
