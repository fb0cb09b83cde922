// Arc-hybrid transitions and oracles.
#include "language/transition_system.hpp"

#include <algorithm>

#include "core/error.hpp"

namespace newsgraph {

void ParseState::reset(int words) {
    n = words;
    stack.assign(1, 0);
    next = 1;
    std::size_t size = static_cast<std::size_t>(n) + 1;
    head.assign(size, -1);
    label.assign(size, -1);
    left1.assign(size, 0);
    left2.assign(size, 0);
    right1.assign(size, 0);
    right2.assign(size, 0);
    left_count.assign(size, 0);
    right_count.assign(size, 0);
    left_labels.assign(size, 0);
    right_labels.assign(size, 0);
}

void ParseState::add_arc(int head_word, int dependent, int label_id) {
    head[dependent] = head_word;
    label[dependent] = label_id;
    std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(label_id) % 64);
    if (dependent < head_word) {
        int& first = left1[head_word];
        int& second = left2[head_word];
        if (first == 0 || dependent < first) {
            second = first;
            first = dependent;
        } else if (second == 0 || dependent < second) {
            second = dependent;
        }
        if (left_count[head_word] < 255) ++left_count[head_word];
        left_labels[head_word] |= bit;
    } else {
        int& first = right1[head_word];
        int& second = right2[head_word];
        if (first == 0 || dependent > first) {
            second = first;
            first = dependent;
        } else if (second == 0 || dependent > second) {
            second = dependent;
        }
        if (right_count[head_word] < 255) ++right_count[head_word];
        right_labels[head_word] |= bit;
    }
}

bool ArcHybrid::applicable(const ParseState& state, int action) const {
    bool buffer_empty = state.next > state.n;
    std::size_t depth = state.stack.size();
    if (action == 0) return !buffer_empty;
    if (action <= labels_) return depth >= 2 && !buffer_empty;
    if (action < action_count()) return depth >= 3 || (depth == 2 && buffer_empty);
    return false;
}

void ArcHybrid::perform(ParseState& state, int action) const {
    if (action == 0) {
        state.stack.push_back(state.next++);
        return;
    }
    int s0 = state.stack.back();
    state.stack.pop_back();
    if (action <= labels_)
        state.add_arc(state.next, s0, action - 1);
    else
        state.add_arc(state.stack.back(), s0, action - 1 - labels_);
}

namespace {

// Gold dependents of `word` still in the buffer.
int dependents_in_buffer(const ParseState& state, const GoldTree& gold, int word) {
    int count = 0;
    for (int k = state.next; k <= state.n; ++k) count += gold.head[k] == word;
    return count;
}

}  // namespace

int ArcHybrid::static_oracle(const ParseState& state, const GoldTree& gold) const {
    if (state.stack.size() >= 2) {
        int s0 = state.stack.back();
        int s1 = state.stack[state.stack.size() - 2];
        if (state.next <= state.n && gold.head[s0] == state.next) return 1 + gold.label[s0];
        bool right_ok = state.stack.size() >= 3 || state.next > state.n;
        if (right_ok && gold.head[s0] == s1 && dependents_in_buffer(state, gold, s0) == 0)
            return 1 + labels_ + gold.label[s0];
    }
    return 0;
}

void ArcHybrid::costs(const ParseState& state, const GoldTree& gold, std::vector<int>& out) const {
    out.assign(static_cast<std::size_t>(action_count()), -1);
    const std::vector<int>& stack = state.stack;
    bool buffer_empty = state.next > state.n;
    int b0 = state.next;
    if (!buffer_empty) {
        // Shift: b0 loses a head in the stack below s0, and its dependents in the stack.
        int cost = 0;
        for (std::size_t i = 0; i < stack.size(); ++i) {
            int w = stack[i];
            if (i + 1 < stack.size() && gold.head[b0] == w) ++cost;
            if (w != 0 && gold.head[w] == b0) ++cost;
        }
        out[0] = cost;
    }
    if (stack.size() < 2) return;
    int s0 = stack.back();
    int s1 = stack[stack.size() - 2];
    int lost_dependents = dependents_in_buffer(state, gold, s0);
    int gold_head = gold.head[s0];
    bool head_in_buffer = gold_head >= state.next;
    if (!buffer_empty) {
        // Left: s0 takes b0 as head; it loses a head s1 or further in the buffer, and its dependents there.
        int cost = lost_dependents + (gold_head == s1 || (head_in_buffer && gold_head != b0));
        for (int l = 0; l < labels_; ++l) out[1 + l] = cost + (gold_head == b0 && gold.label[s0] != l);
    }
    if (stack.size() >= 3 || buffer_empty) {
        // Right: s0 takes s1 as head; it loses a head in the buffer, and its dependents there.
        int cost = lost_dependents + head_in_buffer;
        for (int l = 0; l < labels_; ++l) out[1 + labels_ + l] = cost + (gold_head == s1 && gold.label[s0] != l);
    }
}

std::unique_ptr<TransitionSystem> make_transition_system(const std::string& name, int labels) {
    if (name == "arc-hybrid") return std::make_unique<ArcHybrid>(labels);
    throw Error("unknown transition system '" + name + "'");
}

}  // namespace newsgraph
