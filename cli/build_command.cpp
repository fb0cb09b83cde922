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

// One unit of work, in input order: a document to extract, or only what a
// reader reported (and the end of an input, for progress and failure counts).
struct Item {
    std::optional<Document> doc;
    std::vector<Diagnostic> diagnostics;  // reported before the document
    bool ends_input = false;
    bool input_failed = false;           // on the item that ends an input
    std::uintmax_t input_bytes = 0;      // on the item that ends an input
    bool claimed = false;
    bool ready = false;
};

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
    Progress progress;
    progress.inputs_total = files.size();
    std::vector<std::uintmax_t> sizes;
    for (const std::string& file : files) {
        std::error_code ec;
        sizes.push_back(file == "-" ? 0 : std::filesystem::file_size(file, ec));
        if (ec) sizes.back() = 0;
        progress.bytes_total += sizes.back();
    }

    // One reader thread turns inputs into documents (a JSON Lines file gives many),
    // workers extract them, and this thread merges them strictly in order; at most
    // `window` items are in flight, which bounds memory by the graph, not the corpus.
    const std::size_t threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t window = threads * 8;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Item> items;
    bool reading_done = false;

    auto push = [&](Item&& item) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return items.size() < window; });
        item.ready = !item.doc;
        items.push_back(std::move(item));
        changed.notify_all();
    };
    std::thread reader([&] {
        for (std::size_t i = 0; i < files.size(); ++i) {
            std::vector<Diagnostic> reported;
            try {
                read_input(files[i], [&](Document&& doc) {
                    Item item;
                    item.doc = std::move(doc);
                    item.diagnostics = std::move(reported);
                    reported.clear();
                    push(std::move(item));
                }, [&](const Diagnostic& d) { reported.push_back(d); }, options.stdin_kind);
            } catch (const Error& error) {
                reported.push_back({Severity::Error, error.file(), error.message()});
            }
            Item end;
            // A reader may report bad parts (a malformed JSON line) and go on; the input still counts as failed.
            for (const Diagnostic& d : reported) end.input_failed |= d.severity == Severity::Error;
            end.diagnostics = std::move(reported);
            end.ends_input = true;
            end.input_bytes = sizes[i];
            push(std::move(end));
        }
        std::lock_guard lock(mutex);
        reading_done = true;
        changed.notify_all();
    });

    auto unclaimed = [&]() -> Item* {
        for (Item& item : items)
            if (!item.claimed && item.doc) return &item;  // `doc` of a claimed item belongs to its worker
        return nullptr;
    };
    auto worker = [&] {
        for (;;) {
            Item* item = nullptr;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return unclaimed() || reading_done; });
                item = unclaimed();
                if (!item) return;  // reading is done and every document is taken
                item->claimed = true;
            }
            // deque::push_back keeps references valid, and the merger pops only ready items.
            try {
                pipeline.run(*item->doc);
                drop_low_confidence(*item->doc, options.min_confidence);
            } catch (const std::exception& error) {
                item->diagnostics.push_back({Severity::Error, item->doc->meta.source_path,
                                             std::string("extraction failed: ") + error.what()});
                item->doc.reset();
            }
            {
                std::lock_guard lock(mutex);
                item->ready = true;
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t i = 0; i < threads; ++i) pool.emplace_back(worker);

    std::unordered_set<std::string> seen_ids;
    for (;;) {
        Item item;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return (!items.empty() && items.front().ready) || (reading_done && items.empty()); });
            if (items.empty()) break;
            item = std::move(items.front());
            items.pop_front();
        }
        changed.notify_all();
        for (const Diagnostic& d : item.diagnostics) diagnostics(d);
        if (item.doc) {
            make_id_unique(*item.doc, seen_ids);
            add_document(result.graph, *item.doc, options.ns);
            if (on_document) on_document(*item.doc);
            ++result.documents;
        }
        if (item.ends_input) {
            result.failed_inputs += item.input_failed;
            ++progress.inputs_done;
            progress.bytes_done += item.input_bytes;
            progress.failed = result.failed_inputs;
            if (options.on_progress) options.on_progress(progress);
        }
    }
    reader.join();
    for (auto& thread : pool) thread.join();
    return result;
}

}  // namespace newsgraph
