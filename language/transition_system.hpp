// The labelled arc-hybrid transition system of the dependency parser: parse
// states, moves and their preconditions, the static oracle and the dynamic
// oracle's costs (Goldberg & Nivre 2013). Trees it builds are projective.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace newsgraph {

// A parser configuration over words 1..n (0 is the root, always at the bottom of the stack).
// Besides the arcs it keeps, per word, the children the features look at.
struct ParseState {
    int n = 0;
    std::vector<int> stack;                         // stack.front() == 0
    int next = 1;                                   // first word of the buffer; n + 1 when the buffer is empty
    std::vector<int> head;                          // per word 0..n; -1 while unattached
    std::vector<int> label;                         // label id of the arc to the head; -1 while unattached
    std::vector<int> left1, left2, right1, right2;  // leftmost, 2nd leftmost, rightmost, 2nd rightmost child (0 none)
    std::vector<std::uint8_t> left_count, right_count;
    std::vector<std::uint64_t> left_labels, right_labels;  // label sets of the children (bit label % 64)

    // Starts the parse of an `n`-word sentence.
    void reset(int words);
    bool terminal() const { return next > n && stack.size() == 1; }
    int stack_top(std::size_t depth) const { return depth < stack.size() - 1 ? stack[stack.size() - 1 - depth] : -1; }
    int buffer(int offset) const { return next + offset <= n ? next + offset : -1; }
    // Records the arc head -> dependent with `label_id`.
    void add_arc(int head_word, int dependent, int label_id);
};

// A gold tree for the oracles: heads and label ids per word 0..n (entry 0 unused).
struct GoldTree {
    std::vector<int> head;
    std::vector<int> label;
};

// Moves and labels share one action number: 0 shift, 1..L left-arc with label a-1, L+1..2L right-arc.
class TransitionSystem {
public:
    virtual ~TransitionSystem() = default;
    // The name recorded in model files ("arc-hybrid").
    virtual std::string name() const = 0;
    int label_count() const { return labels_; }
    int action_count() const { return 1 + 2 * labels_; }
    // Whether `action` may be applied to `state` (no action ever makes the tree invalid).
    virtual bool applicable(const ParseState& state, int action) const = 0;
    virtual void perform(ParseState& state, int action) const = 0;
    // The action that builds `gold` exactly from `state` when the tree is projective and reachable.
    virtual int static_oracle(const ParseState& state, const GoldTree& gold) const = 0;
    // For every action, the number of gold arcs (labelled) it makes unreachable; -1 when not applicable.
    virtual void costs(const ParseState& state, const GoldTree& gold, std::vector<int>& out) const = 0;

protected:
    explicit TransitionSystem(int labels) : labels_(labels) {}
    int labels_;
};

// Arc-hybrid (Kuhlmann et al. 2011): shift; left-arc s0 <- b0; right-arc s1 -> s0. One word attaches to the root,
// last, so every tree has a single root.
class ArcHybrid : public TransitionSystem {
public:
    explicit ArcHybrid(int labels) : TransitionSystem(labels) {}
    std::string name() const override { return "arc-hybrid"; }
    bool applicable(const ParseState& state, int action) const override;
    void perform(ParseState& state, int action) const override;
    int static_oracle(const ParseState& state, const GoldTree& gold) const override;
    void costs(const ParseState& state, const GoldTree& gold, std::vector<int>& out) const override;
};

// The system called `name` with `labels` labels; throws Error for an unknown name.
std::unique_ptr<TransitionSystem> make_transition_system(const std::string& name, int labels);

}  // namespace newsgraph
