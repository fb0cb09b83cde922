// The interface every pipeline component implements. A component declares
// which annotations it needs and which it provides, so the pipeline can check
// the order when it is built.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace newsgraph {

// Layers of annotation a Document can carry.
enum class Annotation { Sentences, Tokens, Parse, Names, Mentions, Entities, Quotes, Relations };

std::string_view annotation_name(Annotation annotation);

// A pipeline component. Implementations must be safe to call run() on
// different documents from several threads at once (no mutable state).
class Extractor {
public:
    virtual ~Extractor() = default;
    // Stable name, used in evidence ("extractor") and error messages.
    virtual std::string_view name() const = 0;
    virtual std::vector<Annotation> needs() const = 0;
    virtual std::vector<Annotation> provides() const = 0;
    // Adds this component's annotations to `doc`.
    virtual void run(Document& doc) const = 0;
};

}  // namespace newsgraph
