// The lemmas of English irregular past forms (lexicons/irregular_verbs.tsv), which the tagger's
// learned suffix rules cannot find for a form it never saw ("slain" -> "slay").
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newsgraph {

// Past tense and past participle forms and their lemmas; immutable, shared by threads.
class IrregularVerbs {
public:
    // Loads lexicons/irregular_verbs.tsv.
    IrregularVerbs();
    // The one instance of the process for the current ontology resources.
    static std::shared_ptr<const IrregularVerbs> shared();
    // The lemma of the lower-case past form `lower`, or nullptr when it is no irregular past form.
    const std::string* lemma(std::string_view lower) const;
    // True when `lower` is the lemma of some irregular verb of the list ("lay" of "laid", "saw" of "sawn").
    bool is_lemma(std::string_view lower) const { return lemma_set_.count(std::string(lower)) > 0; }
    // True when the Penn tag `xpos` marks a past form (VBD, VBN), the only words read here.
    static bool past_tag(std::string_view xpos) { return xpos == "VBD" || xpos == "VBN"; }

private:
    std::unordered_map<std::string, std::string> lemmas_;
    std::unordered_set<std::string> lemma_set_;
};

}  // namespace newsgraph
