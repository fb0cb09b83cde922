// A small generated named-entity corpus for the recognizer tests: sentences
// from a few patterns in which the context, not the name, tells a person from
// an organization or a place; the held-out slice uses names never seen in training.
#pragma once

#include <vector>

#include "language/name_corpus.hpp"

namespace newsgraph::test {

// `count` sentences drawn with `seed`, words with forms and UPOS, gold names typed person,
// organization or place; `held_out` draws every name from a separate pool.
std::vector<NameExample> name_slice(std::size_t count, unsigned seed, bool held_out);

}  // namespace newsgraph::test
