// Corpus processing for the command line: inputs are read and run through the
// pipeline on worker threads, then merged into the graph strictly in input
// order, so the output is the same for any thread count.
#include "cli/build_command.hpp"

#include "graph/graph_builder.hpp"
#include "readers/reader.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

namespace newsgraph {

void drop_low_confidence(Document& doc, double min_confidence) {
    if (min_confidence <= 0.0) return;
    std::vector<int> remap(doc.entities.size(), -1);
    std::vector<Entity> kept;
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        if (doc.entities[i].confidence < min_confidence) continue;
        remap[i] = static_cast<int>(kept.size());
        kept.push_back(std::move(doc.entities[i]));
    }
    doc.entities = std::move(kept);
    for (Mention& mention : doc.mentions)
        if (mention.entity >= 0) mention.entity = remap[static_cast<std::size_t>(mention.entity)];
    std::vector<Relation> relations;
    for (Relation& relation : doc.relations) {
        int subject = remap[relation.subject];
        int object = remap[relation.object];
        if (subject < 0 || object < 0) continue;
        relation.subject = static_cast<std::size_t>(subject);
        relation.object = static_cast<std::size_t>(object);
        relations.push_back(std::move(relation));
    }
    doc.relations = std::move(relations);
}

namespace {

// What one input produced, kept until its turn to be merged.
struct InputResult {
    std::vector<Document> documents;
    std::vector<Diagnostic> diagnostics;
    bool failed = false;
    bool ready = false;
};

InputResult process_input(const std::string& file, const Pipeline& pipeline, const CorpusOptions& options) {
    InputResult result;
    auto collect = [&](const Diagnostic& d) { result.diagnostics.push_back(d); };
    try {
        read_input(file, [&](Document&& doc) {
            pipeline.run(doc);
            drop_low_confidence(doc, options.min_confidence);
            result.documents.push_back(std::move(doc));
        }, collect, options.stdin_kind);
    } catch (const Error& error) {
        result.diagnostics.push_back({Severity::Error, error.file(), error.message()});
    }
    // A reader may report bad parts (a malformed JSON line) and go on; the input still counts as failed.
    for (const Diagnostic& d : result.diagnostics) result.failed |= d.severity == Severity::Error;
    return result;
}

// Two inputs with one file name get distinct article IRIs, numbered in input order.
void make_id_unique(Document& doc, std::unordered_set<std::string>& seen) {
    std::string base = doc.id;
    for (int n = 2; seen.count(doc.id); ++n) doc.id = base + "-" + std::to_string(n);
    seen.insert(doc.id);
    if (doc.id == base) return;
    for (Relation& relation : doc.relations) relation.evidence.document = doc.id;
}

}  // namespace

CorpusResult build_corpus(const std::vector<std::string>& inputs, const Pipeline& pipeline,
                          const CorpusOptions& options, const DiagnosticSink& diagnostics,
                          const std::function<void(const Document&)>& on_document) {
    CorpusResult result;
    std::vector<std::string> files;
    for (const std::string& input : inputs) {
        try {
            auto expanded = expand_inputs({input});
            files.insert(files.end(), expanded.begin(), expanded.end());
        } catch (const Error& error) {
            ++result.failed_inputs;
            diagnostics({Severity::Error, error.file(), error.message()});
        }
    }

    std::size_t threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(threads, std::max<std::size_t>(files.size(), 1));
    // Workers may run at most `window` inputs ahead of the merge, which bounds memory.
    const std::size_t window = threads * 4;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<InputResult> pending;  // results for inputs [merged, merged + pending.size())
    std::size_t merged = 0, next = 0;

    auto worker = [&] {
        for (;;) {
            std::size_t index;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return next >= files.size() || next < merged + window; });
                if (next >= files.size()) return;
                index = next++;
                if (pending.size() < index - merged + 1) pending.resize(index - merged + 1);
            }
            InputResult done = process_input(files[index], pipeline, options);
            done.ready = true;
            {
                std::lock_guard lock(mutex);
                pending[index - merged] = std::move(done);
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t i = 0; i < threads; ++i) pool.emplace_back(worker);

    Progress progress;
    progress.inputs_total = files.size();
    std::vector<std::uintmax_t> sizes;
    for (const std::string& file : files) {
        std::error_code ec;
        sizes.push_back(file == "-" ? 0 : std::filesystem::file_size(file, ec));
        if (ec) sizes.back() = 0;
        progress.bytes_total += sizes.back();
    }
    std::unordered_set<std::string> seen_ids;
    while (merged < files.size()) {
        InputResult ready;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !pending.empty() && pending.front().ready; });
            ready = std::move(pending.front());
            pending.pop_front();
            ++merged;
        }
        changed.notify_all();
        for (const Diagnostic& d : ready.diagnostics) diagnostics(d);
        if (ready.failed) ++result.failed_inputs;
        for (Document& doc : ready.documents) {
            make_id_unique(doc, seen_ids);
            add_document(result.graph, doc, options.ns);
            if (on_document) on_document(doc);
            ++result.documents;
        }
        progress.inputs_done = merged;
        progress.bytes_done += sizes[merged - 1];
        progress.failed = result.failed_inputs;
        if (options.on_progress) options.on_progress(progress);
    }
    for (auto& thread : pool) thread.join();
    return result;
}

}  // namespace newsgraph
