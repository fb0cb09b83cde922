// Knowledge graphs built by hand for the exporter tests and the consumer
// fixture: a small ordinary one and an adversarial one.
#pragma once

#include "core/vocabulary.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph::testing {

// Article doc-1, Ada Lovelace (alias "Ada") holdsPosition "CEO" at Acme Corp
// (two pieces of evidence), locatedIn London, a quote she said, a USD amount,
// mentions from the article and one coOccursWith count.
KnowledgeGraph small_graph(const vocab::Namespaces& ns = {});

// Names, aliases, roles, evidence and metadata full of XML/JSON/IRI look-alikes,
// quotes, <, &, ]]>, control characters, U+FFFE, emoji, Arabic and a 2000-character name,
// plus one node whose IRI is http://evil/#x.
KnowledgeGraph adversarial_graph(const vocab::Namespaces& ns = {});

}  // namespace newsgraph::testing
