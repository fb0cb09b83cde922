// JSON-LD writer over rapidjson::Writer (validating UTF-8); RapidJSON does all escaping.
#include "exporters/jsonld_writer.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <cstdint>
#include <cstring>

#include "core/error.hpp"
#include "core/vocabulary.hpp"
#include "exporters/ascii_scan.hpp"
#include "exporters/term_check.hpp"

namespace newsgraph {

namespace {

constexpr std::size_t kDrainAt = 1 << 16;

// Strings are checked to be UTF-8 before they reach the writer (valid_utf8), so the
// writer copies them without validating each character a second time.
using Writer = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::CrtAllocator,
                                 rapidjson::kWriteNoFlags>;

// RapidJSON input stream over [at, end); past the end it reads '\0', which is never
// a valid continuation byte, so a sequence cut short fails instead of reading on.
struct BoundedStream {
    using Ch = char;
    const char* at;
    const char* end;
    Ch Peek() const { return at < end ? *at : '\0'; }
    Ch Take() { return at < end ? *at++ : '\0'; }
};

// Output stream that drops what it is given: validation only.
struct NullStream {
    using Ch = char;
    void Put(Ch) {}
};

// Valid UTF-8 by RapidJSON's own rules (what kWriteValidateEncodingFlag checks);
// ASCII, the common case, is valid without decoding.
bool valid_utf8(std::string_view text) {
    std::size_t ascii = ascii_prefix(text);
    if (ascii == text.size()) return true;
    BoundedStream in{text.data() + ascii, text.data() + text.size()};
    NullStream out;
    while (in.at < in.end)
        if (!rapidjson::UTF8<>::Validate(in, out)) return false;
    return true;
}

// A JSON-LD 1.1 simple term definition acts as a prefix only when its IRI ends in a gen-delim.
bool usable_prefix(std::string_view ns) {
    return !ns.empty() && std::string_view(":/?#[]@").find(ns.back()) != std::string_view::npos;
}

bool safe_suffix(std::string_view suffix) {
    if (suffix.empty()) return false;
    for (char c : suffix)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
              c == '.'))
            return false;
    return true;
}

// Canonical xsd:integer lexical form that a JSON number (a double in most readers) keeps exactly.
bool native_integer(std::string_view text, std::int64_t& value) {
    if (text.empty() || text == "-0") return false;
    std::string_view digits = text[0] == '-' ? text.substr(1) : text;
    if (digits.empty() || (digits.size() > 1 && digits[0] == '0')) return false;
    auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    constexpr std::int64_t kExact = std::int64_t{1} << 53;
    return result.ec == std::errc() && result.ptr == text.data() + text.size() && value < kExact && value > -kExact;
}

}  // namespace

// The writer appends to `buffer`, which is moved to the stream in blocks of about kDrainAt bytes.
struct JsonLdWriter::Json {
    explicit Json(std::ostream& out_) : out(out_), writer(buffer) {}
    std::ostream& out;
    rapidjson::StringBuffer buffer;
    Writer writer;
    void drain() {
        out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
        buffer.Clear();
    }
    void check(bool ok) {
        if (!ok) throw Error("JSON-LD writer failed (invalid UTF-8 in a string?)");
    }
    void string(const std::string& text) {
        if (json_verbatim(text))
            verbatim(text);
        else
            check(valid_utf8(text) && writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size())));
    }
    void key(const std::string& text) {
        if (json_verbatim(text))
            verbatim(text);
        else
            check(valid_utf8(text) && writer.Key(text.data(), static_cast<rapidjson::SizeType>(text.size())));
    }
    // A string that escaping leaves unchanged, copied in one piece rather than
    // character by character: an empty raw value makes RapidJSON write the
    // separator before it (and count it), as String or Key would have.
    void verbatim(std::string_view text) {
        check(writer.RawValue("", 0, rapidjson::kStringType));
        char* at = buffer.Push(text.size() + 2);
        at[0] = '"';
        std::memcpy(at + 1, text.data(), text.size());
        at[text.size() + 1] = '"';
    }
    // A JSON-LD keyword ("@id"): a constant that needs no escape.
    void keyword(std::string_view text) { verbatim(text); }
};

JsonLdWriter::JsonLdWriter(std::ostream& out) : json_(std::make_unique<Json>(out)) {}

JsonLdWriter::JsonLdWriter(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& prefixes)
    : json_(std::make_unique<Json>(out)), prefixes_(prefixes), fragment_(true) {}

JsonLdWriter::~JsonLdWriter() = default;

std::unique_ptr<TripleSink> JsonLdWriter::fragment_writer(std::ostream& out) const {
    return std::unique_ptr<TripleSink>(new JsonLdWriter(out, prefixes_));
}

// An empty raw value makes RapidJSON put the comma that separates the fragment
// from what came before (and count it as a value of @graph); the fragment itself,
// commas included, then goes to the stream without a copy into the buffer.
void JsonLdWriter::insert(std::string_view fragment) {
    open();
    flush_subject();
    if (fragment.empty()) return;
    json_->check(json_->writer.RawValue(fragment.data(), 0, rapidjson::kObjectType));
    json_->drain();
    json_->out.write(fragment.data(), static_cast<std::streamsize>(fragment.size()));
}

void JsonLdWriter::prefix(std::string_view name, std::string_view iri) {
    if (opened_) throw Error("JSON-LD: prefix '" + std::string(name) + "' declared after the first triple");
    for (auto& [existing, existing_iri] : prefixes_)
        if (existing == name) {
            existing_iri = iri;
            return;
        }
    prefixes_.emplace_back(name, iri);
}

const JsonLdWriter::Compacted& JsonLdWriter::compact_entry(const std::string& iri) {
    auto cached = compacted_.find(iri);
    if (cached != compacted_.end()) return *cached;
    return *compacted_.emplace(iri, compact_uncached(iri)).first;
}

std::string JsonLdWriter::compact_uncached(const std::string& iri) const {
    require_valid_iri(iri, "IRI");
    const std::pair<std::string, std::string>* best = nullptr;
    for (const auto& p : prefixes_) {
        // An absolute IRI whose scheme is a prefix name would be read as a compact IRI.
        if (iri.compare(0, p.first.size() + 1, p.first + ":") == 0 && iri.compare(0, p.second.size(), p.second) != 0)
            throw Error("JSON-LD: IRI <" + iri + "> has a scheme equal to the prefix '" + p.first + "'");
        if (usable_prefix(p.second) && iri.size() > p.second.size() && iri.compare(0, p.second.size(), p.second) == 0 &&
            safe_suffix(std::string_view(iri).substr(p.second.size())) &&
            (!best || p.second.size() > best->second.size()))
            best = &p;
    }
    return best ? best->first + ":" + iri.substr(best->second.size()) : iri;
}

void JsonLdWriter::open() {
    if (opened_) return;
    opened_ = true;
    if (fragment_) return;
    auto& w = json_->writer;
    json_->check(w.StartObject());
    json_->keyword("@context");
    json_->check(w.StartObject());
    for (const auto& [name, iri] : prefixes_) {
        json_->key(name);
        json_->string(iri);
    }
    json_->check(w.EndObject());
    json_->keyword("@graph");
    json_->check(w.StartArray());
}

void JsonLdWriter::value(const Term& object) {
    auto& w = json_->writer;
    json_->check(w.StartObject());
    if (object.is_iri()) {
        require_valid_iri(object.value, "object");
        json_->keyword("@id");
        json_->string(object.value);
    } else {
        json_->keyword("@value");
        json_->string(object.value);
        if (!object.language.empty()) {
            if (!is_valid_language(object.language))
                throw Error("JSON-LD: invalid language tag '" + object.language + "'");
            json_->keyword("@language");
            json_->string(object.language);
        } else if (!object.datatype.empty()) {
            json_->keyword("@type");
            // Literals of a subject mostly share one datatype (xsd:decimal): skip the look-up then.
            if (object.datatype != last_datatype_) {
                last_datatype_compact_ = compact(object.datatype);
                last_datatype_ = object.datatype;
            }
            json_->string(last_datatype_compact_);
        }
    }
    json_->check(w.EndObject());
}

void JsonLdWriter::triple(const Term& subject, const Term& predicate, const Term& object) {
    if (!subject.is_iri() || !predicate.is_iri()) throw Error("JSON-LD: subject and predicate must be IRIs");
    const Compacted& compacted =
        compact_entry(predicate.value);  // refuses a bad predicate at the triple that carries it
    open();
    if (subject.value != subject_) {
        flush_subject();
        require_valid_iri(subject.value, "subject");
        subject_ = subject.value;
    }
    // Slots are reused from subject to subject, so their strings keep their capacity.
    if (pending_count_ == pending_.size()) pending_.emplace_back();
    Pending& slot = pending_[pending_count_++];
    slot.predicate = &compacted;
    slot.is_type = object.is_iri() && predicate.value == rdf_type_;
    Term& slot_object = slot.object;
    slot_object.kind = object.kind;
    slot_object.value.assign(object.value);
    slot_object.datatype.assign(object.datatype);
    slot_object.language.assign(object.language);
}

void JsonLdWriter::flush_subject() {
    if (pending_count_ == 0) return;
    auto& w = json_->writer;
    const std::size_t count = pending_count_;
    auto is_type = [&](std::size_t i) { return pending_[i].is_type; };
    if (fragment_) {
        // Each node object is a complete value of its own, joined by commas as in the array.
        if (wrote_node_) json_->buffer.Put(',');
        w.Reset(json_->buffer);
        wrote_node_ = true;
    }
    json_->check(w.StartObject());
    json_->keyword("@id");
    json_->string(subject_);
    std::size_t types = 0;
    for (std::size_t i = 0; i < count; ++i) types += is_type(i);
    if (types > 0) {
        json_->keyword("@type");
        if (types > 1) json_->check(w.StartArray());
        for (std::size_t i = 0; i < count; ++i)
            if (is_type(i)) json_->string(compact(pending_[i].object.value));
        if (types > 1) json_->check(w.EndArray());
    }
    // One key per predicate, values in arrival order (the mapping sends them grouped).
    done_.assign(count, false);
    for (std::size_t i = 0; i < count; ++i) {
        if (done_[i] || is_type(i)) continue;
        values_.clear();
        for (std::size_t j = i; j < count; ++j)
            if (!done_[j] && pending_[j].predicate == pending_[i].predicate && !is_type(j)) {
                values_.push_back(&pending_[j].object);
                done_[j] = true;
            }
        json_->key(pending_[i].predicate->second);
        if (values_.size() > 1) json_->check(w.StartArray());
        for (const Term* object : values_) {
            std::int64_t number = 0;
            if (!object->is_iri() && object->language.empty() &&
                (object->datatype.empty() || object->datatype == xsd_string_))
                json_->string(object->value);
            else if (!object->is_iri() && object->datatype == xsd_integer_ && native_integer(object->value, number))
                json_->check(w.Int64(number));
            else
                value(*object);
        }
        if (values_.size() > 1) json_->check(w.EndArray());
    }
    json_->check(w.EndObject());
    if (json_->buffer.GetSize() >= kDrainAt) json_->drain();
    pending_count_ = 0;
    if (compacted_.size() > 1024) compacted_.clear();  // only vocabulary repeats; keep the cache small
}

void JsonLdWriter::finish() {
    open();
    flush_subject();
    if (fragment_) {
        json_->drain();
        json_->out.flush();
        return;
    }
    auto& w = json_->writer;
    json_->check(w.EndArray());
    json_->check(w.EndObject());
    json_->buffer.Put('\n');
    json_->drain();
    json_->out.flush();
}

}  // namespace newsgraph
