// N-Triples writer. Escaping follows canonical N-Triples (ECHAR for " \ and
// \b \t \n \f \r, UCHAR for other controls); no library here writes N-Triples.
#include "exporters/ntriples_writer.hpp"

#include "core/error.hpp"
#include "core/vocabulary.hpp"
#include "exporters/term_check.hpp"

namespace newsgraph {

namespace {

// Bytes other than these are copied as they are.
bool needs_escape(unsigned char byte) { return byte < 0x20 || byte == '"' || byte == '\\' || byte == 0x7F; }

void append_escaped(std::string& line, char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    auto u = static_cast<unsigned char>(c);
    switch (c) {
        case '"':
            line += "\\\"";
            break;
        case '\\':
            line += "\\\\";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\b':
            line += "\\b";
            break;
        case '\f':
            line += "\\f";
            break;
        default:
            line += "\\u00";
            line += kHex[u >> 4];
            line += kHex[u & 0xF];
    }
}

// Runs of bytes that need no escape are appended whole.
void append_literal_text(std::string& line, std::string_view text) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!needs_escape(static_cast<unsigned char>(text[i]))) continue;
        line.append(text.substr(run, i - run));
        append_escaped(line, text[i]);
        run = i + 1;
    }
    line.append(text.substr(run));
}

const std::string& xsd_string() {
    static const std::string iri = std::string(vocab::kXsd) + "string";
    return iri;
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
    } else if (!t.datatype.empty() && t.datatype != xsd_string()) {
        require_valid_iri(t.datatype, "datatype");
        line.append("^^<").append(t.datatype).append(1, '>');
    }
}

void NTriplesWriter::triple(const Term& subject, const Term& predicate, const Term& object) {
    if (!subject.is_iri() || !predicate.is_iri()) throw Error("N-Triples: subject and predicate must be IRIs");
    // Whole lines only: a triple that throws leaves nothing behind.
    const std::size_t line_start = buffer_.size();
    try {
        // Triples of one subject come together: its IRI was checked with the first of them.
        if (!checked_subject_.empty() && subject.value == checked_subject_) {
            buffer_.append(1, '<').append(subject.value).append(1, '>');
        } else {
            append_ntriples_term(buffer_, subject, "subject");
            checked_subject_ = subject.value;
        }
        buffer_ += ' ';
        append_ntriples_term(buffer_, predicate, "predicate");
        buffer_ += ' ';
        append_ntriples_term(buffer_, object, "object");
        buffer_ += " .\n";
    } catch (...) {
        buffer_.resize(line_start);
        throw;
    }
    if (buffer_.size() >= kFlushAt) flush_buffer();
}

void NTriplesWriter::flush_buffer() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

void NTriplesWriter::insert(std::string_view fragment) {
    flush_buffer();
    out_.write(fragment.data(), static_cast<std::streamsize>(fragment.size()));
}

void NTriplesWriter::finish() {
    flush_buffer();
    out_.flush();
}

}  // namespace newsgraph
