// N-Quads output: the same triples, each article's own description and the
// evidence statements derived from it in a named graph per article (the
// article IRI); entity descriptions, shared by articles, in the default graph.
// For bulk loaders that load one graph per article and for merging runs.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "core/rdf_term.hpp"

namespace newsgraph {

class NQuadsWriter : public FragmentedSink {
public:
    // `ontology` is the ng: namespace, to recognise ng:Article.
    NQuadsWriter(std::ostream& out, std::string ontology)
        : out_(out), article_class_(std::move(ontology) + "Article") {}
    void prefix(std::string_view, std::string_view) override {}
    void triple(const Term& subject, const Term& predicate, const Term& object) override;
    void finish() override;
    std::unique_ptr<TripleSink> fragment_writer(std::ostream& out) const override {
        return std::unique_ptr<TripleSink>(new NQuadsWriter(out, article_class_, 0));
    }
    void insert(std::string_view fragment) override;

private:
    // A fragment writer, given the article class itself.
    NQuadsWriter(std::ostream& out, std::string article_class, int)
        : out_(out), article_class_(std::move(article_class)) {}
    // Writes the buffered subject's triples into the graph they belong to.
    void flush_subject();
    std::ostream& out_;
    std::string article_class_;
    std::vector<std::tuple<Term, Term, Term>> pending_;  // one subject at a time
    std::string line_;
};

}  // namespace newsgraph
