// Limits on what one document keeps: entities under a confidence threshold
// dropped, and at most N entities (with their mentions and relations).
#pragma once

#include <cstddef>

#include "core/document.hpp"
#include "core/pipeline.hpp"

namespace newsgraph {

// Drops entities below `min_confidence` from `doc`, with their mentions and relations.
void drop_low_confidence(Document& doc, double min_confidence);

// Keeps the first `max_entities` entities of `doc` (0 = all) and drops the
// others with their mentions and relations; returns how many entities there were.
std::size_t cap_entities(Document& doc, std::size_t max_entities);

// What run_pipeline_capped had to leave out.
struct CapReport {
    std::size_t mentions_found = 0;  // mentions before resolution, when over the limit
    std::size_t entities_found = 0;  // entities, when over the limit
    bool capped() const { return mentions_found || entities_found; }
};

// Runs `pipeline` over `doc` with at most `max_entities` (0 = no limit) would-be
// entities: before resolution, mentions past the first `max_entities` in text
// order are dropped (so no component's work grows without bound); after it,
// entities past the first `max_entities`, with their mentions and relations.
CapReport run_pipeline_capped(const Pipeline& pipeline, Document& doc, std::size_t max_entities);

}  // namespace newsgraph
