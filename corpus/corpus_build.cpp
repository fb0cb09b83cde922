// Corpus processing: inputs are read and run through the pipeline (on worker
// threads, or on the calling thread alone for one thread), then merged into the
// graph strictly in input order, so the output is the same for any thread count.
#include "corpus/corpus_build.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <thread>

#include "corpus/corpus_items.hpp"
#include "corpus/parallel_run.hpp"
#include "graph/surname_merge.hpp"
#include "readers/reader.hpp"

namespace newsgraph {

namespace {

// One thread does everything in turn: `-j 1` uses one core, as a map task
// under Dask or Spark that was given one core expects.
void process_inline(const std::vector<std::string>& files, const std::vector<std::uintmax_t>& sizes,
                    const Pipeline& pipeline, const CorpusOptions& options, Merger& merger) {
    read_items(files, sizes, options, [&](Item&& item) {
        if (item.doc) extract_item(item, pipeline, options);
        merger.merge(item);
    });
}

}  // namespace

CorpusResult build_corpus(const std::vector<std::string>& inputs, const Pipeline& pipeline,
                          const CorpusOptions& options, const DiagnosticSink& diagnostics,
                          const std::function<void(const Document&)>& on_document) {
    CorpusResult result;
    std::vector<std::string> files;
    // A subdirectory that cannot be listed is reported and counts as a failed input.
    auto walk_problem = [&](const Diagnostic& d) {
        ++result.failed_inputs;
        diagnostics(d);
    };
    for (const std::string& input : inputs) {
        try {
            auto expanded = expand_inputs({input}, walk_problem);
            files.insert(files.end(), expanded.begin(), expanded.end());
        } catch (const Error& error) {
            ++result.failed_inputs;
            diagnostics({Severity::Error, error.file(), error.message()});
        }
    }
    Progress progress;
    progress.inputs_total = files.size();
    std::vector<std::uintmax_t> sizes;
    for (const std::string& file : files) {
        std::error_code ec;
        sizes.push_back(file == "-" ? 0 : std::filesystem::file_size(file, ec));
        if (ec) sizes.back() = 0;
        progress.bytes_total += sizes.back();
    }

    Merger merger(result, progress, options, diagnostics, on_document);
    const std::size_t threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    if (threads == 1)
        process_inline(files, sizes, pipeline, options, merger);
    else
        try {
            process_in_parallel(files, sizes, pipeline, options, threads, merger);
        } catch (const std::system_error& error) {
            diagnostics({Severity::Warning, "",
                         std::string("cannot start threads (") + error.what() + "); everything runs on one thread"});
            process_inline(files, sizes, pipeline, options, merger);
        }
    merge_lone_surnames(result.graph);
    return result;
}

}  // namespace newsgraph
