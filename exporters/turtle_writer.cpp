// Turtle writer; terms share the N-Triples escaping (valid Turtle).
#include "exporters/turtle_writer.hpp"

#include "core/vocabulary.hpp"
#include "exporters/ntriples_writer.hpp"

namespace newsgraph {

namespace {

// A conservative PN_LOCAL: a letter, then letters, digits, '_' or '-'.
bool plain_local_name(std::string_view local) {
    if (local.empty() || !std::isalpha(static_cast<unsigned char>(local[0]))) return false;
    for (char c : local)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
    return true;
}

}  // namespace

void TurtleWriter::prefix(std::string_view name, std::string_view iri) { prefixes_.emplace_back(name, iri); }

std::string TurtleWriter::name(const Term& term, std::string_view role) const {
    if (term.is_iri()) {
        if (term.value == std::string(vocab::kRdf) + "type" && role == "predicate") return "a";
        for (const auto& [prefix, ns] : prefixes_)
            if (term.value.size() > ns.size() && term.value.compare(0, ns.size(), ns) == 0 &&
                plain_local_name(std::string_view(term.value).substr(ns.size())))
                return prefix + ":" + term.value.substr(ns.size());
    }
    std::string out;
    append_ntriples_term(out, term, role);
    return out;
}

void TurtleWriter::triple(const Term& subject, const Term& predicate, const Term& object) {
    text_.clear();
    if (!header_written_) {
        for (const auto& [prefix, ns] : prefixes_) text_ += "@prefix " + prefix + ": <" + ns + "> .\n";
        header_written_ = true;
    }
    std::string s = name(subject, "subject"), p = name(predicate, "predicate"), o = name(object, "object");
    if (s != subject_) {
        text_ += subject_.empty() ? "\n" : " .\n\n";
        text_ += s + "\n    " + p + " " + o;
    } else if (p != predicate_) {
        text_ += " ;\n    " + p + " " + o;
    } else {
        text_ += ",\n        " + o;
    }
    subject_ = std::move(s);
    predicate_ = std::move(p);
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
}

void TurtleWriter::finish() {
    if (!subject_.empty()) out_ << " .\n";
    out_.flush();
}

}  // namespace newsgraph
