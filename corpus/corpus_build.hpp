// The work behind `newsgraph build` and `newsgraph inspect`: read every input,
// run the pipeline, merge documents into one graph in input order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "core/vocabulary.hpp"
#include "graph/knowledge_graph.hpp"
#include "readers/reader.hpp"

namespace newsgraph {

// Default --max-entities-per-document: a long report names a few hundred.
inline constexpr std::size_t kDefaultMaxEntitiesPerDocument = 10000;

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
    std::size_t threads = 0;      // extraction threads; 0 = one per core, 1 = all on the calling thread
    ReadOptions read;             // size limit, strictness, how "-" is read
    // Entities one document may keep (0 = no limit); the rest are dropped with a
    // warning (an error under read.strict), so a pathological text cannot exhaust memory.
    std::size_t max_entities = kDefaultMaxEntitiesPerDocument;
    std::function<void(const Progress&)> on_progress;  // optional; called from the calling thread
};

// Processes `inputs` (files, directories, "-") into one graph. An input that
// cannot be read is reported to `diagnostics` as an error and skipped; the rest
// are processed. Under options.read.strict every warning is reported as an
// error and its input (or JSON line) is skipped. `on_document` (optional) sees
// each processed document.
CorpusResult build_corpus(const std::vector<std::string>& inputs, const Pipeline& pipeline,
                          const CorpusOptions& options, const DiagnosticSink& diagnostics,
                          const std::function<void(const Document&)>& on_document = {});

}  // namespace newsgraph
