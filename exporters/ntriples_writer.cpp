// N-Triples writer. Escaping follows canonical N-Triples (ECHAR for " \ and
// \b \t \n \f \r, UCHAR for other controls); no library here writes N-Triples.
#include "exporters/ntriples_writer.hpp"

#include "core/error.hpp"
#include "core/vocabulary.hpp"
#include "exporters/term_check.hpp"

namespace newsgraph {

namespace {

void append_literal_text(std::string& line, std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': line += "\\\""; break;
        case '\\': line += "\\\\"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        case '\t': line += "\\t"; break;
        case '\b': line += "\\b"; break;
        case '\f': line += "\\f"; break;
        default:
            if (u < 0x20 || u == 0x7F) {
                line += "\\u00";
                line += kHex[u >> 4];
                line += kHex[u & 0xF];
            } else {
                line += c;
            }
        }
    }
}

}  // namespace

void append_ntriples_term(std::string& line, const Term& t, std::string_view role) {
    if (t.is_iri()) {
        require_valid_iri(t.value, role);
        line.append(1, '<').append(t.value).append(1, '>');
        return;
    }
    line += '"';
    append_literal_text(line, t.value);
    line += '"';
    if (!t.language.empty()) {
        if (!is_valid_language(t.language)) throw Error("RDF: invalid language tag '" + t.language + "'");
        line.append(1, '@').append(t.language);
    } else if (!t.datatype.empty() && t.datatype != std::string(vocab::kXsd) + "string") {
        require_valid_iri(t.datatype, "datatype");
        line.append("^^<").append(t.datatype).append(1, '>');
    }
}

void NTriplesWriter::term(const Term& t, std::string_view role) { append_ntriples_term(line_, t, role); }

void NTriplesWriter::triple(const Term& subject, const Term& predicate, const Term& object) {
    if (!subject.is_iri() || !predicate.is_iri()) throw Error("N-Triples: subject and predicate must be IRIs");
    line_.clear();
    term(subject, "subject");
    line_ += ' ';
    term(predicate, "predicate");
    line_ += ' ';
    term(object, "object");
    line_ += " .\n";
    // Whole lines only: a triple that throws leaves nothing behind.
    buffer_ += line_;
    if (buffer_.size() >= kFlushAt) flush_buffer();
}

void NTriplesWriter::flush_buffer() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

void NTriplesWriter::finish() {
    flush_buffer();
    out_.flush();
}

}  // namespace newsgraph
