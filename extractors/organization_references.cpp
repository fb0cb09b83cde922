// Resolves definite organization nouns to the organization the article names most, and definite event nouns to
// the one event or threat whose name they begin or end.
#include "extractors/organization_references.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "core/text.hpp"
#include "extractors/word_lists.hpp"

namespace newsgraph {

// True when word w is a bare definite noun: "the" among its dependents, and no name or possessive of its own (a
// common noun before it is no name: "the engineering group").
bool bare_definite(const DependencyTree& tree, int w) {
    bool definite = false;
    for (int child : tree.direct(w)) {
        const Word& c = tree.word(child);
        if (c.deprel == "det") definite = definite || tree.lower_form(child) == "the";
        if (c.upos == "PROPN" || c.deprel == "nmod:poss" || (c.deprel == "compound" && c.upos != "NOUN")) return false;
    }
    return definite;
}

// Whether word w is the subject, object, indirect object, oblique, nominal modifier or apposition of its head.
bool argument(const DependencyTree& tree, int w) {
    const std::string& relation = tree.relation(w);
    return relation.starts_with("nsubj") || relation == "obj" || relation == "iobj" || relation.starts_with("obl") ||
           relation.starts_with("nmod") || relation == "appos";
}

namespace {

// Whether the organization's name has `noun` (lower case) as a word: "the agency" of "the Drug Enforcement Agency".
bool name_has_word(const Entity& organization, const std::string& noun) {
    const std::string lower = " " + ascii_lower(organization.name) + " ";
    return lower.find(" " + noun + " ") != std::string::npos;
}

// Anchors every bare definite argument noun at the entity `resolve` gives it (-1: none), as a reference.
template <class Resolve>
void anchor_references(const DependencyTree& tree, Anchors& anchors, Resolve resolve) {
    for (int w = 0; w < static_cast<int>(tree.size()); ++w) {
        const auto at = static_cast<std::size_t>(w);
        const Word& word = tree.word(w);
        if (word.upos != "NOUN" || anchors.named[at] || anchors.entity[at] >= 0) continue;
        if (!argument(tree, w) || !bare_definite(tree, w)) continue;
        const int entity = resolve(w);
        if (entity < 0) continue;
        anchors.entity[at] = entity;
        anchors.span[at] = word.span;
        anchors.reference[at] = true;
    }
}

// Adds the first and last word of a name of two words or more to `words`, for `entity`.
void add_name_words(const std::string& name, int entity, std::unordered_map<std::string, int>& words) {
    const std::string lower = ascii_lower(name);
    const std::size_t first_space = lower.find(' ');
    if (first_space == std::string::npos) return;  // a one-word name is not "the NOUN" itself
    for (std::string word : {lower.substr(0, first_space), lower.substr(lower.rfind(' ') + 1)}) {
        auto [it, fresh] = words.try_emplace(std::move(word), entity);
        if (!fresh && it->second != entity) it->second = -1;
    }
}

// Whether a word of the name is one of a public or non-commercial body: "Financial Conduct Authority" or
// "Ministry of Health" is not "the company".
bool names_public_body(const Entity& organization) {
    static const WordSet& bodies = word_list("public body noun");
    const std::string lower = ascii_lower(organization.name);
    for (std::size_t begin = 0; begin < lower.size();) {
        std::size_t end = std::min(lower.find(' ', begin), lower.size());
        if (has(bodies, lower.substr(begin, end - begin))) return true;
        begin = end + 1;
    }
    return false;
}

// Whether the name over `span` is the subject of the sentence's root, or (when the parse breaks the name up)
// opens the sentence, after an article at most, right before a verb: "Human Rights Watch has accused".
bool main_subject(const Sentence& sentence, Span span) {
    const std::vector<Word>& words = sentence.words;
    std::size_t first = 0;
    if (first < words.size() && words[first].upos == "DET") ++first;
    if (first < words.size() && words[first].span.begin == span.begin) {
        std::size_t after = first;
        while (after < words.size() && span.contains(words[after].span)) ++after;
        if (after < words.size() && (words[after].upos == "VERB" || words[after].upos == "AUX")) return true;
    }
    for (const Word& word : words) {
        if (!span.contains(word.span) || word.head < 0) continue;
        const Word& head = sentence.words[static_cast<std::size_t>(word.head)];
        if (span.contains(head.span)) continue;  // a word inside the name
        return word.deprel.starts_with("nsubj") && head.head < 0;
    }
    return false;
}

}  // namespace

int subject_organization_before(const Document& doc, std::size_t at) {
    std::size_t s = 0;
    while (s + 1 < doc.sentences.size() && doc.sentences[s + 1].span.begin <= at) ++s;
    // (in the sentence itself a definite noun is more often another organization than its subject: "The Sea Org
    // requires members to work for the organization founded by L. Ron Hubbard")
    if (s == 0 || s >= doc.sentences.size()) return -1;
    const Sentence& sentence = doc.sentences[s - 1];
    // the one organization of that sentence ("Apple sued Samsung. The company" may be either)
    int found = -1;
    bool subject = false;
    for (const Mention& m : doc.mentions) {
        if (m.entity < 0 || !sentence.span.contains(m.span) ||
            doc.entities[static_cast<std::size_t>(m.entity)].cls != EntityClass::Organization)
            continue;
        if (found >= 0 && found != m.entity) return -1;
        found = m.entity;
        subject = subject || main_subject(sentence, m.span);
    }
    return subject ? found : -1;
}

int most_named_organization(const Document& doc, std::size_t at, const std::string& noun, bool generic) {
    bool by_noun = std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
        return m.span.begin < at && m.entity >= 0 && m.cls == EntityClass::Organization &&
               name_has_word(doc.entities[static_cast<std::size_t>(m.entity)], noun);
    });
    if (!by_noun && !generic) return -1;
    if (!by_noun) {
        const int subject = subject_organization_before(doc, at);
        if (subject >= 0 && !names_public_body(doc.entities[static_cast<std::size_t>(subject)])) return subject;
    }
    std::map<int, int> counts;
    for (const Mention& m : doc.mentions) {
        if (m.span.begin >= at || m.entity < 0) continue;
        const Entity& entity = doc.entities[static_cast<std::size_t>(m.entity)];
        if (entity.cls != EntityClass::Organization) continue;
        // "the company" is an organization the article names by no word of another kind of body
        if (by_noun ? name_has_word(entity, noun) : !names_public_body(entity)) ++counts[m.entity];
    }
    return leading_entity(counts);
}

int leading_entity(const std::map<int, int>& counts) {
    int best = -1, best_count = 0, runner_up = 0;
    for (const auto& [entity, count] : counts) {
        if (count > best_count) {
            runner_up = best_count;
            best = entity;
            best_count = count;
        } else if (count > runner_up) {
            runner_up = count;
        }
    }
    return best_count > runner_up ? best : -1;
}

std::unordered_map<std::string, int> events_by_name_word(const Document& doc) {
    std::unordered_map<std::string, int> words;
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        const Entity& entity = doc.entities[e];
        if ((entity.cls != EntityClass::Event && entity.cls != EntityClass::Threat) || entity.mentions.empty())
            continue;
        add_name_words(entity.name, static_cast<int>(e), words);
        for (const std::string& alias : entity.aliases) add_name_words(alias, static_cast<int>(e), words);
    }
    return words;
}

void anchor_event_references(const DependencyTree& tree, const std::unordered_map<std::string, int>& events,
                             Anchors& anchors) {
    if (events.empty()) return;
    anchor_references(tree, anchors, [&](int w) {
        // by the lemma, or by the form as a name may hold it ("overnight raids ... the raids")
        auto found = events.find(tree.lemma(w));
        if (found == events.end()) found = events.find(tree.lower_form(w));
        return found == events.end() ? -1 : found->second;
    });
}

void anchor_organization_references(const Document& doc, const DependencyTree& tree, const WordSet& nouns,
                                    const WordSet& generic, Anchors& anchors) {
    anchor_references(tree, anchors, [&](int w) {
        const std::string& noun = tree.lemma(w);
        if (!has(nouns, noun)) return -1;
        return most_named_organization(doc, tree.word(w).span.begin, noun, has(generic, noun));
    });
}

void anchor_named_organization_nouns(const Document& doc, const DependencyTree& tree, const WordSet& nouns,
                                     Anchors& anchors) {
    for (int w = 1; w < static_cast<int>(tree.size()); ++w) {
        const auto at = static_cast<std::size_t>(w);
        if (tree.word(w).upos != "NOUN" || anchors.named[at] || anchors.entity[at] >= 0 || !has(nouns, tree.lemma(w)))
            continue;
        const int name = tree.node_of(w - 1);
        const auto name_at = static_cast<std::size_t>(name);
        const int entity = anchors.entity[name_at];
        if (entity < 0 || anchors.pronoun[name_at] || anchors.reference[name_at] || tree.head(name) != w ||
            doc.entities[static_cast<std::size_t>(entity)].cls != EntityClass::Organization)
            continue;
        const std::string& relation = tree.relation(name);
        if (relation != "compound" && relation != "amod" && relation != "nmod:desc") continue;
        anchors.entity[at] = entity;
        anchors.span[at] = anchors.span[name_at];
    }
}

void anchor_organization_pronouns(const Document& doc, const DependencyTree& tree, const WordSet& pronouns,
                                  Anchors& anchors) {
    for (int w = 0; w < static_cast<int>(tree.size()); ++w) {
        const auto at = static_cast<std::size_t>(w);
        if (tree.word(w).upos != "PRON" || anchors.entity[at] >= 0 || !tree.relation(w).starts_with("nsubj") ||
            !has(pronouns, tree.lower_form(w)))
            continue;
        const int clause = tree.head(w);
        if (clause < 0 || tree.relation(clause) != "ccomp" || tree.head(clause) < 0) continue;
        for (int child : tree.direct(tree.head(clause))) {
            const int entity = anchors.entity[static_cast<std::size_t>(child)];
            if (child >= w || !tree.relation(child).starts_with("nsubj") || entity < 0) continue;
            if (doc.entities[static_cast<std::size_t>(entity)].cls != EntityClass::Organization) break;
            anchors.entity[at] = entity;
            anchors.span[at] = tree.word(w).span;
            anchors.pronoun[at] = true;
            break;
        }
    }
}

}  // namespace newsgraph
