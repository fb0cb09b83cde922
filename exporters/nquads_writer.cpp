// N-Quads writer: buffers one subject, picks its graph, writes its lines.
#include "exporters/nquads_writer.hpp"

#include "core/vocabulary.hpp"
#include "exporters/ntriples_writer.hpp"

namespace newsgraph {

void NQuadsWriter::triple(const Term& subject, const Term& predicate, const Term& object) {
    if (!pending_.empty() && std::get<0>(pending_.front()).value != subject.value) flush_subject();
    pending_.emplace_back(subject, predicate, object);
}

void NQuadsWriter::flush_subject() {
    const std::string type = std::string(vocab::kRdf) + "type";
    const std::string derived = std::string(vocab::kProv) + "wasDerivedFrom";
    std::string graph;
    for (const auto& [s, p, o] : pending_) {
        if (p.value == derived) graph = o.value;
        if (p.value == type && o.value == article_class_) graph = s.value;
    }
    for (const auto& [s, p, o] : pending_) {
        line_.clear();
        append_ntriples_term(line_, s, "subject");
        line_ += ' ';
        append_ntriples_term(line_, p, "predicate");
        line_ += ' ';
        append_ntriples_term(line_, o, "object");
        if (!graph.empty()) {
            line_ += ' ';
            append_ntriples_term(line_, Term::iri(graph), "graph");
        }
        line_ += " .\n";
        out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
    }
    pending_.clear();
}

void NQuadsWriter::insert(std::string_view fragment) {
    if (!pending_.empty()) flush_subject();
    out_.write(fragment.data(), static_cast<std::streamsize>(fragment.size()));
}

void NQuadsWriter::finish() {
    if (!pending_.empty()) flush_subject();
    out_.flush();
}

}  // namespace newsgraph
