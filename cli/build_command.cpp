// Corpus processing for the command line: inputs are read and run through the
// pipeline (on worker threads, or on the calling thread alone for one thread),
// then merged into the graph strictly in input order, so the output is the
// same for any thread count.
#include "cli/build_command.hpp"

#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include "graph/graph_builder.hpp"
#include "graph/surname_merge.hpp"
#include "readers/reader.hpp"

namespace newsgraph {

namespace {

// Keeps the entities `keep` says yes to, in order, with their mentions; drops
// the mentions of the others and every relation that touches one of them.
template <typename Keep>
void keep_entities(Document& doc, Keep keep) {
    std::vector<int> remap(doc.entities.size(), -1);
    std::vector<Entity> kept;
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        if (!keep(i, doc.entities[i])) continue;
        remap[i] = static_cast<int>(kept.size());
        kept.push_back(std::move(doc.entities[i]));
    }
    if (kept.size() == doc.entities.size()) return;
    doc.entities = std::move(kept);
    // Mentions of dropped entities go; unresolved ones (entity -1) stay.
    std::vector<int> mention_remap(doc.mentions.size(), -1);
    std::vector<Mention> mentions;
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
        Mention& mention = doc.mentions[i];
        if (mention.entity >= 0) {
            mention.entity = remap[static_cast<std::size_t>(mention.entity)];
            if (mention.entity < 0) continue;
        }
        mention_remap[i] = static_cast<int>(mentions.size());
        mentions.push_back(std::move(mention));
    }
    doc.mentions = std::move(mentions);
    for (Entity& entity : doc.entities) {
        std::vector<std::size_t> kept_mentions;
        for (std::size_t m : entity.mentions)
            if (m < mention_remap.size() && mention_remap[m] >= 0)
                kept_mentions.push_back(static_cast<std::size_t>(mention_remap[m]));
        entity.mentions = std::move(kept_mentions);
    }
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

}  // namespace

void drop_low_confidence(Document& doc, double min_confidence) {
    if (min_confidence <= 0.0) return;
    keep_entities(doc, [&](std::size_t, const Entity& entity) { return entity.confidence >= min_confidence; });
}

std::size_t cap_entities(Document& doc, std::size_t max_entities) {
    std::size_t found = doc.entities.size();
    if (max_entities == 0 || found <= max_entities) return found;
    keep_entities(doc, [&](std::size_t index, const Entity&) { return index < max_entities; });
    return found;
}

CapReport run_pipeline_capped(const Pipeline& pipeline, Document& doc, std::size_t max_entities) {
    CapReport report;
    for (const auto& component : pipeline.components()) {
        component->run(doc);
        if (max_entities == 0) continue;
        if (doc.entities.empty() && doc.mentions.size() > max_entities) {
            // Unresolved mentions: keep the first ones in the text.
            report.mentions_found = std::max(report.mentions_found, doc.mentions.size());
            std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                             [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
            doc.mentions.resize(max_entities);
        }
        if (doc.entities.size() > max_entities)
            report.entities_found = std::max(report.entities_found, cap_entities(doc, max_entities));
    }
    return report;
}

namespace {

// One unit of work, in input order: a document to extract, or only what a
// reader reported (and the end of an input, for progress and failure counts).
struct Item {
    std::optional<Document> doc;
    GraphFragment fragment;               // what doc adds to the graph, prepared by the worker
    std::vector<Diagnostic> diagnostics;  // reported before the document
    bool ends_input = false;
    std::uintmax_t input_bytes = 0;  // on the item that ends an input
    bool claimed = false;
    bool ready = false;
};

// Names the calling thread, so that top -H, perf and debuggers tell readers, workers and the merger apart.
void name_this_thread(const char* name) { pthread_setname_np(pthread_self(), name); }

// Two inputs with one file name get distinct article IRIs, numbered in input order.
// Returns true when the id had to change.
bool make_id_unique(Document& doc, std::unordered_set<std::string>& seen) {
    std::string base = doc.id;
    for (int n = 2; seen.count(doc.id); ++n) doc.id = base + '-' + std::to_string(n);
    seen.insert(doc.id);
    if (doc.id == base) return false;
    for (Relation& relation : doc.relations) relation.evidence.document = doc.id;
    return true;
}

// Runs the pipeline over an item's document and prepares its fragment; what
// goes wrong is added to the item's diagnostics, and a failed document is dropped.
void extract_item(Item& item, const Pipeline& pipeline, const CorpusOptions& options) {
    try {
        if (CapReport cap = run_pipeline_capped(pipeline, *item.doc, options.max_entities); cap.capped()) {
            std::string problem = (cap.mentions_found ? std::to_string(cap.mentions_found) + " entity mentions"
                                                      : std::to_string(cap.entities_found) + " entities") +
                                  ", more than --max-entities-per-document (" + std::to_string(options.max_entities) +
                                  ")";
            if (options.read.strict) throw Error(problem + " (--strict); skipped");
            item.diagnostics.push_back({Severity::Warning, item.doc->meta.source_path,
                                        problem + "; the first " + std::to_string(options.max_entities) + " kept"});
        }
        drop_low_confidence(*item.doc, options.min_confidence);
        item.fragment = prepare_fragment(*item.doc, options.ns);
    } catch (const Error& error) {
        item.diagnostics.push_back({Severity::Error, item.doc->meta.source_path, error.message()});
        item.doc.reset();
    } catch (const std::exception& error) {
        item.diagnostics.push_back(
            {Severity::Error, item.doc->meta.source_path, std::string("extraction failed: ") + error.what()});
        item.doc.reset();
    }
}

// Reads every input into items, in input order: a document per item, then an
// item that ends the input with what its reader reported after the last document.
void read_items(const std::vector<std::string>& files, const std::vector<std::uintmax_t>& sizes,
                const CorpusOptions& options, const std::function<void(Item&&)>& push) {
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::vector<Diagnostic> reported;
        try {
            read_input(
                files[i],
                [&](Document&& doc) {
                    Item item;
                    item.doc = std::move(doc);
                    item.diagnostics = std::move(reported);
                    reported.clear();
                    push(std::move(item));
                },
                [&](const Diagnostic& d) {
                    reported.push_back(d);
                    if (options.read.strict) reported.back().severity = Severity::Error;
                },
                options.read);
        } catch (const Error& error) {
            reported.push_back({Severity::Error, error.file(), error.message()});
        }
        Item end;
        end.diagnostics = std::move(reported);
        end.ends_input = true;
        end.input_bytes = sizes[i];
        push(std::move(end));
    }
}

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

    void merge(Item& item) {
        for (const Diagnostic& d : item.diagnostics) {
            input_failed_ |= d.severity == Severity::Error;  // the reader's, or extraction's (--strict)
            diagnostics_(d);
        }
        if (item.doc) {
            // A renamed document changes its IRIs: its fragment is made again.
            if (make_id_unique(*item.doc, seen_ids_)) item.fragment = prepare_fragment(*item.doc, options_.ns);
            add_fragment(result_.graph, std::move(item.fragment));
            if (on_document_) on_document_(*item.doc);
            ++result_.documents;
        }
        if (item.ends_input) {
            result_.failed_inputs += input_failed_;
            input_failed_ = false;
            ++progress_.inputs_done;
            progress_.bytes_done += item.input_bytes;
            progress_.failed = result_.failed_inputs;
            if (options_.on_progress) options_.on_progress(progress_);
        }
    }

private:
    CorpusResult& result_;
    Progress& progress_;
    const CorpusOptions& options_;
    const DiagnosticSink& diagnostics_;
    const std::function<void(const Document&)>& on_document_;
    std::unordered_set<std::string> seen_ids_;
    bool input_failed_ = false;  // some part of the current input was reported as an error
};

// One thread does everything in turn: `-j 1` uses one core, as a map task
// under Dask or Spark that was given one core expects.
void process_inline(const std::vector<std::string>& files, const std::vector<std::uintmax_t>& sizes,
                    const Pipeline& pipeline, const CorpusOptions& options, Merger& merger) {
    read_items(files, sizes, options, [&](Item&& item) {
        if (item.doc) extract_item(item, pipeline, options);
        merger.merge(item);
    });
}

// One reader thread turns inputs into documents (a JSON Lines file gives many),
// `threads` workers extract them, and the calling thread merges them strictly in
// order; at most `window` items are in flight, which bounds memory by the graph,
// not the corpus. A few dozen per worker keep the workers busy while a long
// document holds up the merge.
void process_in_parallel(const std::vector<std::string>& files, const std::vector<std::uintmax_t>& sizes,
                         const Pipeline& pipeline, const CorpusOptions& options, std::size_t threads, Merger& merger) {
    const std::size_t window = threads * 32;
    std::mutex mutex;
    // One condition per kind of waiter, so a change wakes only the thread it concerns.
    std::condition_variable space;  // the reader waits for room in the window
    std::condition_variable work;   // workers wait for a document to extract
    std::condition_variable ready;  // the merger waits for the next item in order
    std::deque<Item> items;
    std::vector<Document> merged;  // documents already merged, freed by a worker rather than by the merger
    bool reading_done = false;

    std::thread reader([&] {
        name_this_thread("ng-read");
        read_items(files, sizes, options, [&](Item&& item) {
            std::unique_lock lock(mutex);
            space.wait(lock, [&] { return items.size() < window; });
            item.ready = !item.doc;
            items.push_back(std::move(item));
            if (!items.back().ready)
                work.notify_one();
            else if (items.size() == 1)
                ready.notify_one();  // the merger waits only for the front item
        });
        std::lock_guard lock(mutex);
        reading_done = true;
        work.notify_all();
        ready.notify_one();
    });

    auto unclaimed = [&]() -> Item* {
        for (Item& item : items)
            if (!item.claimed && item.doc) return &item;  // `doc` of a claimed item belongs to its worker
        return nullptr;
    };
    auto worker = [&] {
        name_this_thread("ng-extract");
        std::vector<Document> garbage;
        for (;;) {
            Item* item = nullptr;
            {
                std::unique_lock lock(mutex);
                work.wait(lock, [&] { return unclaimed() || reading_done; });
                item = unclaimed();
                garbage.swap(merged);
                if (!item) return;  // reading is done and every document is taken
                item->claimed = true;
            }
            garbage.clear();
            // deque::push_back keeps references valid, and the merger pops only ready items.
            extract_item(*item, pipeline, options);
            std::lock_guard lock(mutex);
            item->ready = true;
            if (item == &items.front()) ready.notify_one();  // the merger waits only for the front item
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t i = 0; i < threads; ++i) pool.emplace_back(worker);

    // The merger takes every ready item at the front at once, and wakes the
    // reader only when the window is half empty: fewer wake-ups on both sides.
    std::vector<Item> batch;
    std::vector<Document> done;  // documents merged, handed to the workers to free
    for (;;) {
        {
            std::unique_lock lock(mutex);
            std::move(done.begin(), done.end(), std::back_inserter(merged));
            done.clear();
            ready.wait(lock,
                       [&] { return (!items.empty() && items.front().ready) || (reading_done && items.empty()); });
            if (items.empty()) break;
            const std::size_t before = items.size();
            while (!items.empty() && items.front().ready) {
                batch.push_back(std::move(items.front()));
                items.pop_front();
            }
            if (before > window / 2 && items.size() <= window / 2) space.notify_one();
        }
        for (Item& item : batch) {
            merger.merge(item);
            if (item.doc) done.push_back(std::move(*item.doc));
        }
        batch.clear();
    }
    reader.join();
    for (auto& thread : pool) thread.join();
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
        process_in_parallel(files, sizes, pipeline, options, threads, merger);
    merge_lone_surnames(result.graph);
    return result;
}

}  // namespace newsgraph
