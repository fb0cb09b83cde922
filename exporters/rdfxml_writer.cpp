// RDF/XML writer: rdf:Description grouping, QName splitting, typed and
// language-tagged literals.
#include "exporters/rdfxml_writer.hpp"

#include "core/error.hpp"
#include "core/vocabulary.hpp"
#include "exporters/term_check.hpp"

namespace newsgraph {

namespace {

bool name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool name_char(char c) { return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

bool is_ncname(std::string_view name) {
    if (name.empty() || !name_start(name[0])) return false;
    for (char c : name)
        if (!name_char(c)) return false;
    return true;
}

}  // namespace

std::pair<std::string_view, std::string_view> split_qname(std::string_view iri) {
    // Longest ASCII NCName suffix that starts with a letter or '_' (conservative:
    // non-ASCII name characters stay in the namespace).
    std::size_t begin = iri.size();
    while (begin > 0 && name_char(iri[begin - 1])) --begin;
    while (begin < iri.size() && !name_start(iri[begin])) ++begin;
    if (begin == 0 || begin == iri.size()) return {iri, {}};
    return {iri.substr(0, begin), iri.substr(begin)};
}

RdfXmlWriter::RdfXmlWriter(std::ostream& out) : xml_(out) { prefix("rdf", vocab::kRdf); }

RdfXmlWriter::RdfXmlWriter(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& prefixes)
    : xml_(out), fragment_(true) {
    for (const auto& [name, iri] : prefixes) prefix(name, iri);
}

std::unique_ptr<TripleSink> RdfXmlWriter::fragment_writer(std::ostream& out) const {
    return std::unique_ptr<TripleSink>(new RdfXmlWriter(out, prefixes_));
}

void RdfXmlWriter::insert(std::string_view fragment) {
    open();
    if (in_description_) xml_.raw("  </rdf:Description>\n");
    in_description_ = false;
    xml_.raw_block(fragment);
}

void RdfXmlWriter::prefix(std::string_view name, std::string_view iri) {
    if (opened_) throw Error("RDF/XML: prefix '" + std::string(name) + "' declared after the first triple");
    if (!is_ncname(name)) throw Error("RDF/XML: prefix '" + std::string(name) + "' is not an NCName");
    std::string n(name), i(iri);
    for (auto& [existing, existing_iri] : prefixes_)
        if (existing == n) {
            by_namespace_.erase(existing_iri);
            existing_iri = i;
            by_namespace_[i] = n;
            return;
        }
    prefixes_.emplace_back(n, i);
    by_namespace_[i] = n;
}

void RdfXmlWriter::open() {
    if (opened_) return;
    opened_ = true;
    if (fragment_) return;
    xml_.start_document();
    xml_.start("rdf:RDF");
    for (const auto& [name, iri] : prefixes_) xml_.attribute("xmlns:" + name, iri);
}

const RdfXmlWriter::Property& RdfXmlWriter::property(const std::string& predicate) {
    auto cached = properties_.find(predicate);
    if (cached != properties_.end()) return cached->second;
    require_valid_iri(predicate, "predicate");
    auto [ns, local] = split_qname(predicate);
    if (local.empty())
        throw Error("RDF/XML cannot write predicate <" + predicate +
                    ">: it does not end in an XML name (namespace + NCName)");
    auto found = by_namespace_.find(std::string(ns));
    // A namespace not declared on rdf:RDF is declared on the property element itself.
    std::string qname = (found != by_namespace_.end() ? found->second : std::string("ns0")) + ":" + std::string(local);
    Property property{"    <" + qname, "</" + qname + ">\n"};
    if (found == by_namespace_.end()) property.open_tag += " xmlns:ns0=\"" + xml_.escape_attribute(ns) + "\"";
    return properties_.emplace(predicate, std::move(property)).first->second;
}

const std::string& RdfXmlWriter::literal_attribute(const Term& object) {
    static const std::string none;
    const bool tagged = !object.language.empty();
    if (!tagged && object.datatype.empty()) return none;
    auto& known = tagged ? languages_ : datatypes_;
    const std::string& key = tagged ? object.language : object.datatype;
    for (const auto& [name, markup] : known)
        if (name == key) return markup;
    if (tagged && !is_valid_language(key)) throw Error("RDF/XML: invalid language tag '" + key + "'");
    if (!tagged) require_valid_iri(key, "datatype");
    std::string markup = (tagged ? " xml:lang=\"" : " rdf:datatype=\"") + xml_.escape_attribute(key) + "\"";
    return known.emplace_back(key, std::move(markup)).second;
}

// Elements are written as raw markup with every IRI and literal escaped by libxml2
// (see XmlStream); everything is checked before anything of the triple is written.
void RdfXmlWriter::triple(const Term& subject, const Term& predicate, const Term& object) {
    if (!subject.is_iri()) throw Error("RDF/XML: a literal cannot be a subject");
    if (!predicate.is_iri()) throw Error("RDF/XML: a literal cannot be a predicate");
    // The subject of the open rdf:Description was checked when it opened.
    const bool same_subject = in_description_ && subject.value == subject_;
    if (!same_subject) require_valid_iri(subject.value, "subject");
    const Property& property = this->property(predicate.value);
    if (object.is_iri()) require_valid_iri(object.value, "object");
    const std::string* literal = object.is_iri() ? nullptr : &literal_attribute(object);
    open();
    if (!same_subject) {
        if (in_description_) xml_.raw("  </rdf:Description>\n");
        xml_.raw("  <rdf:Description rdf:about=\"");
        xml_.raw_attribute(subject.value);
        xml_.raw("\">\n");
        subject_ = subject.value;
        in_description_ = true;
    }
    xml_.raw(property.open_tag);
    if (object.is_iri()) {
        xml_.raw(" rdf:resource=\"");
        xml_.raw_attribute(object.value);
        xml_.raw("\"/>\n");
    } else {
        xml_.raw(*literal);  // its language or datatype attribute
        xml_.raw(">");
        xml_.raw_text(object.value);
        xml_.raw(property.close_tag);
    }
}

void RdfXmlWriter::finish() {
    open();
    if (in_description_) xml_.raw("  </rdf:Description>\n");
    in_description_ = false;
    if (fragment_)
        xml_.flush();
    else
        xml_.end_document();
}

}  // namespace newsgraph
