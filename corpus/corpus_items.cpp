// Reading, extraction and merging of corpus items.
#include "corpus/corpus_items.hpp"

#include <new>

#include "core/iri.hpp"
#include "corpus/entity_cap.hpp"
#include "readers/reader.hpp"

namespace newsgraph {

namespace {

// The first id, from `id`, `id-2`, `id-3`..., whose article IRI no earlier document took.
std::string free_article_id(const std::string& id, const vocab::Namespaces& ns,
                            const std::unordered_map<std::string, std::string>& taken) {
    std::string candidate = id;
    for (int n = 2; taken.count(article_iri(ns, candidate)); ++n) candidate = id + '-' + std::to_string(n);
    return candidate;
}

}  // namespace

void extract_item(Item& item, const Pipeline& pipeline, const CorpusOptions& options) {
    const std::string source = item.doc->meta.source_path;
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
        item.fragment_id = item.doc->id;
    } catch (const Error& error) {
        item.diagnostics.push_back({Severity::Error, item.doc->meta.source_path, error.message()});
        item.doc.reset();
    } catch (const std::bad_alloc&) {
        item.doc.reset();  // first: frees the memory the message needs
        item.diagnostics.push_back({Severity::Error, source, "out of memory during extraction; skipped"});
    } catch (const std::exception& error) {
        item.diagnostics.push_back(
            {Severity::Error, item.doc->meta.source_path, std::string("extraction failed: ") + error.what()});
        item.doc.reset();
    }
}

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
        } catch (const std::bad_alloc&) {
            reported.push_back({Severity::Error, files[i], "out of memory while reading; skipped"});
        }
        Item end;
        end.diagnostics = std::move(reported);
        end.ends_input = true;
        end.input_bytes = sizes[i];
        push(std::move(end));
    }
}

void Merger::merge(Item& item) {
    for (const Diagnostic& d : item.diagnostics) {
        input_failed_ |= d.severity == Severity::Error;  // the reader's, or extraction's (--strict)
        diagnostics_(d);
    }
    if (item.doc && claim_article_iri(*item.doc)) {
        // A renamed document changes its IRIs: its fragment is made again.
        if (item.doc->id != item.fragment_id) item.fragment = prepare_fragment(*item.doc, options_.ns);
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

bool Merger::claim_article_iri(Document& doc) {
    const std::string id = doc.id;
    const std::string iri = article_iri(options_.ns, id);
    auto earlier = taken_iris_.find(iri);
    // Two inputs with one file name (an exact duplicate id) are numbered in input order, silently.
    if (earlier != taken_iris_.end() && earlier->second != id) {
        std::string problem = "article id '" + id + "' gives the same IRI as the earlier '" + earlier->second + "'";
        if (options_.read.strict) {
            input_failed_ = true;
            diagnostics_({Severity::Error, doc.meta.source_path, problem + " (--strict); skipped"});
            return false;
        }
        doc.id = free_article_id(id, options_.ns, taken_iris_);
        diagnostics_({Severity::Warning, doc.meta.source_path, problem + "; renamed '" + doc.id + "'"});
    } else {
        doc.id = free_article_id(id, options_.ns, taken_iris_);
    }
    taken_iris_.emplace(article_iri(options_.ns, doc.id), id);
    if (doc.id != id)
        for (Relation& relation : doc.relations) relation.evidence.document = doc.id;
    return true;
}

}  // namespace newsgraph
