// A read-only array of a loaded model: either its own copy, built at load, or a
// view of the bytes of a prepared model image built into the program (see
// ModelLayout), which live as long as the program and are never copied.
#pragma once

#include <memory>
#include <span>
#include <vector>

namespace newsgraph {

template <typename T>
class ModelArray {
public:
    ModelArray() = default;
    explicit ModelArray(std::vector<T> owned)
        : owner_(std::make_shared<const std::vector<T>>(std::move(owned))), view_(*owner_) {}
    // A view of memory that outlives the array (a prepared image's bytes).
    static ModelArray view_of(std::span<const T> memory) {
        ModelArray array;
        array.view_ = memory;
        return array;
    }

    const T* data() const { return view_.data(); }
    std::size_t size() const { return view_.size(); }
    bool empty() const { return view_.empty(); }
    const T& operator[](std::size_t i) const { return view_[i]; }
    auto begin() const { return view_.begin(); }
    auto end() const { return view_.end(); }
    std::span<const T> span() const { return view_; }

private:
    std::shared_ptr<const std::vector<T>> owner_;  // null for a view
    std::span<const T> view_;
};

}  // namespace newsgraph
