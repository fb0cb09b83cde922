// An ordered list of extractors, checked when built: every component's needs
// must be provided by an earlier one.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "core/extractor.hpp"

namespace newsgraph {

class Pipeline {
public:
    // Throws Error naming the first component whose needs no earlier component provides.
    explicit Pipeline(std::vector<std::unique_ptr<Extractor>> components);
    // Runs every component over `doc`, in order. Safe to call from several threads.
    void run(Document& doc) const;
    // Runs every component over `doc`, in order, calling `after_each` after each one (to enforce limits as
    // the document grows, say: a corpus run caps entities there). Safe to call from several threads.
    void run(Document& doc, const std::function<void(Document&)>& after_each) const;
    const std::vector<std::unique_ptr<Extractor>>& components() const { return components_; }

private:
    std::vector<std::unique_ptr<Extractor>> components_;
};

}  // namespace newsgraph
