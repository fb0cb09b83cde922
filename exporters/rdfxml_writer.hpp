// RDF/XML output: a TripleSink streaming through XmlStream,
// one rdf:Description per run of triples about the same subject.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/rdf_term.hpp"
#include "exporters/xml_stream.hpp"

namespace newsgraph {

// Declared prefixes become xmlns attributes on rdf:RDF. Throws Error for a
// predicate IRI that cannot be split into namespace + NCName, a blank or
// literal subject, or an IRI that is not absolute.
class RdfXmlWriter : public FragmentedSink {
public:
    explicit RdfXmlWriter(std::ostream& out);
    void prefix(std::string_view name, std::string_view iri) override;
    void triple(const Term& subject, const Term& predicate, const Term& object) override;
    void finish() override;
    // Fragments are rdf:Description elements, as raw markup lines.
    std::unique_ptr<TripleSink> fragment_writer(std::ostream& out) const override;
    void insert(std::string_view fragment) override;

private:
    // A fragment writer: no XML declaration, no rdf:RDF element.
    RdfXmlWriter(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& prefixes);
    // How a predicate is written: the markup that opens its element (QName, and the
    // namespace to declare on the element itself when no prefix covers it) and closes it.
    struct Property {
        std::string open_tag;   // "    <ng:name" or "    <ns0:name xmlns:ns0=\"...\""
        std::string close_tag;  // "</ng:name>\n"
    };
    void open();
    // Checks and splits a predicate IRI once; later triples reuse the result.
    const Property& property(const std::string& predicate);
    // The checked, escaped attribute that gives a literal its language or datatype,
    // made once per distinct tag or datatype (there are few).
    const std::string& literal_attribute(const Term& object);
    XmlStream xml_;
    std::vector<std::pair<std::string, std::string>> prefixes_;               // name, namespace, in declaration order
    std::map<std::string, std::string> by_namespace_;                         // namespace -> name
    std::unordered_map<std::string, Property> properties_;                    // predicate IRI -> how it is written
    std::vector<std::pair<std::string, std::string>> languages_, datatypes_;  // tag or IRI -> attribute markup
    std::string subject_;
    bool opened_ = false;
    bool in_description_ = false;
    bool fragment_ = false;
};

// Splits an IRI into namespace and an NCName local part ("...#holdsPosition" ->
// "...#", "holdsPosition"); the local part is empty when no split exists.
std::pair<std::string_view, std::string_view> split_qname(std::string_view iri);

}  // namespace newsgraph
