// The language layer's unit of exchange: a sentence of syntactic words with
// the ten CoNLL-U fields, as read from a treebank or filled in by the tagger
// and parser. Every language component reads and writes this one structure.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// One syntactic word (a CoNLL-U word line).
struct TreebankWord {
    std::string form;
    std::string lemma;
    std::string upos;   // universal part-of-speech tag
    std::string xpos;   // language-specific tag (Penn Treebank for English)
    std::string feats;  // morphological features, "_" when none
    int head = -1;      // 1-based index of the head word, 0 for the root, -1 unknown
    std::string deprel;
    std::string deps;  // enhanced dependencies, kept as read
    std::string misc;  // "SpaceAfter=No" and the like, "_" when none
};

// A multiword token ("don't" over words "do" and "n't"): covers words first..last (1-based).
struct MultiwordToken {
    int first = 0;
    int last = 0;
    std::string form;
    std::string misc;
};

struct TreebankSentence {
    std::vector<std::string> comments;  // comment lines without "# ", in order (sent_id, text, ...)
    std::vector<TreebankWord> words;
    std::vector<MultiwordToken> multiword_tokens;  // sorted by first

    // The value of comment "KEY = VALUE", or "" when absent.
    std::string comment(const std::string& key) const;
    // Sets (or adds) comment "KEY = VALUE".
    void set_comment(const std::string& key, const std::string& value);
};

}  // namespace newsgraph
