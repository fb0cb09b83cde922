// The work behind `newsgraph build` and `newsgraph inspect`: read every input,
// run the pipeline, merge documents into one graph in input order.
#pragma once

#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "core/vocabulary.hpp"
#include "graph/knowledge_graph.hpp"
#include "readers/reader.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace newsgraph {

struct CorpusResult {
    KnowledgeGraph graph;
    std::size_t documents = 0;
    std::size_t failed_inputs = 0;  // inputs reported and skipped
};

// How far a corpus run has come, reported after each input is merged.
struct Progress {
    std::size_t inputs_done = 0, inputs_total = 0;
    std::uintmax_t bytes_done = 0, bytes_total = 0;
    std::size_t failed = 0;
};

struct CorpusOptions {
    vocab::Namespaces ns;
    double min_confidence = 0.0;  // entities below it (and their relations) are left out
    std::size_t threads = 0;      // worker threads; 0 = one per core
    InputKind stdin_kind = InputKind::Text;  // how "-" is read
    std::function<void(const Progress&)> on_progress;  // optional; called from the calling thread
};

// Processes `inputs` (files, directories, "-") into one graph. An input that
// cannot be read is reported to `diagnostics` as an error and skipped; the rest
// are processed. `on_document` (optional) sees each processed document.
CorpusResult build_corpus(const std::vector<std::string>& inputs, const Pipeline& pipeline,
                          const CorpusOptions& options, const DiagnosticSink& diagnostics,
                          const std::function<void(const Document&)>& on_document = {});

// Drops entities below `min_confidence` from `doc`, with their mentions and relations.
void drop_low_confidence(Document& doc, double min_confidence);

}  // namespace newsgraph
