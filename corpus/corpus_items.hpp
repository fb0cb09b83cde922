// The unit of work of a corpus run and the steps it goes through: read
// (documents and diagnostics, in input order), extract, merge into the graph.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "core/error.hpp"
#include "core/pipeline.hpp"
#include "corpus/corpus_build.hpp"
#include "graph/graph_builder.hpp"

namespace newsgraph {

// One unit of work, in input order: a document to extract, or only what a
// reader reported (and the end of an input, for progress and failure counts).
struct Item {
    std::optional<Document> doc;
    GraphFragment fragment;               // what doc adds to the graph, prepared by the worker
    std::string fragment_id;              // the document id `fragment` was prepared under
    std::vector<Diagnostic> diagnostics;  // reported before the document
    bool ends_input = false;
    std::uintmax_t input_bytes = 0;  // on the item that ends an input
    bool claimed = false;
    bool ready = false;
};

// Reads every input into items, in input order: a document per item, then an
// item that ends the input with what its reader reported after the last document.
void read_items(const std::vector<std::string>& files, const std::vector<std::uintmax_t>& sizes,
                const CorpusOptions& options, const std::function<void(Item&&)>& push);

// Runs the pipeline over an item's document and prepares its fragment; what
// goes wrong is added to the item's diagnostics, and a failed document is dropped.
void extract_item(Item& item, const Pipeline& pipeline, const CorpusOptions& options);

// Adds extracted items to the graph strictly in input order, and counts
// documents, failed inputs and progress.
class Merger {
public:
    Merger(CorpusResult& result, Progress& progress, const CorpusOptions& options, const DiagnosticSink& diagnostics,
           const std::function<void(const Document&)>& on_document)
        : result_(result),
          progress_(progress),
          options_(options),
          diagnostics_(diagnostics),
          on_document_(on_document) {}

    // Reports the item's diagnostics, adds its document to the graph and, at the end of an input, counts it.
    void merge(Item& item);

private:
    CorpusResult& result_;
    Progress& progress_;
    const CorpusOptions& options_;
    const DiagnosticSink& diagnostics_;
    const std::function<void(const Document&)>& on_document_;
    // Gives `doc` an article IRI no earlier document has (renamed `id-2`... when taken, with a warning when
    // a different id folds to the same IRI; under --strict that is an error and the document is dropped).
    // Returns false when the document is dropped.
    bool claim_article_iri(Document& doc);

    std::unordered_map<std::string, std::string> taken_iris_;  // article IRI -> the id it was asked for
    bool input_failed_ = false;  // some part of the current input was reported as an error
};

}  // namespace newsgraph
