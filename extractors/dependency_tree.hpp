// A sentence's dependency tree as the relation patterns walk it: a name's flat parts are one node, and a
// conjunct shares the relation of the word it is coordinated with ("chairman of Barclays and HSBC").
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.hpp"

namespace newsgraph {

// A neighbour of a node and the dependency relation that links them.
struct TreeEdge {
    int node = -1;
    const std::string* relation = nullptr;
};

class DependencyTree {
public:
    explicit DependencyTree(const Sentence& sentence);
    // The same, with the spans of the sentence's mentions: a name the parse hangs flat on a word of another
    // mention before it ("Scientologist Tom Cruise" read as one name) is made a node of its own.
    DependencyTree(const Sentence& sentence, const std::vector<Span>& mentions);
    std::size_t size() const { return words_->size(); }
    const Word& word(int index) const { return (*words_)[static_cast<std::size_t>(index)]; }
    // A word's head word, or -1 for the root; a punctuation mark is no head ("killer , Yigal Amir" parsed with
    // the name in apposition to the comma): a word attached to one hangs on the mark's own head.
    int head(int index) const { return heads_[static_cast<std::size_t>(index)]; }
    // The node of a word's head, or -1.
    int head_of_node(int index) const;
    // A word's lemma and form in lower case (ASCII letters), made once for the pattern tests.
    const std::string& lemma(int index) const { return lemmas_[static_cast<std::size_t>(index)]; }
    const std::string& lower_form(int index) const { return forms_[static_cast<std::size_t>(index)]; }
    // The node a word belongs to: the head word of its flat, fixed or goeswith group.
    int node_of(int word) const { return group_[static_cast<std::size_t>(word)]; }
    // The words of a node's group, first and last.
    std::pair<int, int> extent(int node) const { return extent_[static_cast<std::size_t>(node)]; }
    // The node's head with the node's relation; for a conjunct also the head of its first conjunct.
    void heads(int node, std::vector<TreeEdge>& out) const;
    // The first conjunct of the node's coordination, up the chain of conj links ("Europol" for "Interpol" of
    // "Europol and Interpol"); the node itself when it is no conjunct.
    int first_conjunct(int node) const;
    // The node's dependents with their relations; a dependent's own conjuncts are dependents by the same relation,
    // and a conjunct shares the modifiers written before its first conjunct.
    void dependents(int node, std::vector<TreeEdge>& out) const;
    // The word's relation to its head as the walk reads it: "dep" for a subject of a verb that the parse gave two
    // subjects ("The gunman who killed Rabbi Kahane was arrested" read with both as subjects): one is wrong;
    // "nmod" and "case" for the name and "of" of a repaired "of" clause.
    const std::string& relation(int index) const;
    // The node's direct dependents only (for tests of case markers and the like).
    const std::vector<int>& direct(int node) const { return children_[static_cast<std::size_t>(node)]; }
    // True when `ancestor` is `w` or on its chain of heads.
    bool descends_from(int w, int ancestor) const;

private:
    // A conjunct's share of the modifiers before its first conjunct.
    void shared_modifiers(int node, std::vector<TreeEdge>& out) const;
    // True for an adverbial clause with no subject that takes its head verb's ("after being attacked"), not one
    // of a charge or reason ("charged with killing").
    bool takes_subject_of_head(int verb) const;
    // The relation a subject shares with an adverbial clause that has none: nsubj:pass for a passive one.
    const std::string& controlled_subject(int verb) const;
    // The relation a subject `shared` with a first verb has to a later coordinated verb with no subject.
    const std::string& conjunct_subject(const std::string& shared, int verb) const;
    // True when the node has a dependent whose relation starts with `prefix` ("nsubj" also nsubj:pass).
    bool has_dependent(int node, std::string_view prefix) const;
    // True when `child` is a possessive, adjective or title written before node `of`.
    bool is_left_modifier(int child, int of) const;
    // Marks the subjects of every head that has more than one, and a subject right after a preposition of its head.
    void mark_doubtful_subjects();
    // "the murder of Martin Luther King" parsed with "of" as the head of the name: the name's first word takes
    // the preposition's place, and the preposition becomes its case marker.
    void repair_headed_prepositions();
    // Word `child` takes the place of its head `parent` (its head and relation, and parent's other dependents),
    // and `parent` hangs on it by `demoted`.
    void take_place_of(int child, int parent, const std::string& demoted);
    // The words after `after` that hang on `from` hang on `to` instead (a verb taking a name's place takes what
    // the parse hung after it).
    void rehang_after(int from, int to, int after);
    // Whether word `w` (-1: none) lies in `span`.
    bool covers(const Span& span, int w) const;
    // "the assassin of Martin Luther King Jr., died", "Mayor Tom Bradley of Los Angeles announced" parsed with
    // "of" marking a clause whose subject is the name: the name hangs on the noun before "of" as its nmod; so does
    // a name after "by" when the verb has a subject before it ("the assassination of Kennedy by Oswald shocked").
    void repair_of_clauses();
    // Whether a word before `at` is a subject of `verb`.
    bool has_subject_before(int verb, int at) const;
    // Whether a word hangs on word `head_word` by `relation_name` (for the repairs: before nodes are grouped).
    bool has_word_on(int head_word, std::string_view relation_name) const;
    // "written by Ignacio Bustamante, a hydrologist at ..." parsed with the apposition on the verb, or "The Iraqi
    // president, Saddam Hussein" with it on the comma (an apposition is a noun's): it hangs on the noun before it.
    void repair_verb_appositions();
    // "murdered his neighbor, Alice Grant, with a hammer" parsed with the name a conjunct of the verb: a proper
    // noun right after the verb's object and a comma, with no coordinator or subject of its own, is the object's
    // apposition.
    void repair_uncoordinated_conjuncts();
    // "Bavaria's capital, Munich, hosted" parsed with the name a vocative: news addresses no one, so a name after a
    // noun and a comma is the noun's apposition.
    void repair_vocatives();
    // "Prosecutors say Tom Reed, who worked for Enron, hid losses" parsed with the relative clause on another
    // verb: a clause whose subject is a relative pronoun right after a name and a comma is that name's.
    void repair_relative_clauses();
    // "The Rev. Martin Luther King Jr. was assassinated", "The novelist Thomas Reinholt was born" parsed with two
    // subjects of the verb: a noun or proper noun right before a proper noun with the same subject relation hangs
    // on it.
    void repair_split_names();
    // "The journalist Jamal Khashoggi was murdered" parsed as a noun with a relative clause whose subject is the
    // name right after it: the clause's verb is the sentence's, the noun the name's description. Only for a
    // clause that leaves no gap (an object, a passive subject or a prepositional phrase of its own).
    void repair_described_subjects();
    // Two subjects of one verb, the second a name right after a comma that follows the first: the name is
    // the first's apposition.
    void repair_comma_subjects();
    // A root name followed at once by a past form with an object, parsed as its participle clause: the verb is
    // the root, the name its subject.
    void repair_root_name_clauses();
    // "Exxon's Lee Raymond rejected" parsed with the possessive on the verb (a possessive is a noun's): it hangs
    // on the noun or name right after it, the verb's dependent.
    void repair_verb_possessives();
    // "Ojwang, 31, a teacher from Homa Bay" parsed with the apposition on the age: it describes the name.
    void repair_age_appositions();
    // "She joined the Sea Org" parsed with the article as the object and the name in apposition to it: an
    // article heads nothing, so the first noun or name it governs takes its place and the article hangs on it.
    void repair_headed_articles();
    // "a unit of Texas Air Corp." parsed with "of" on "Texas", a compound of "Corp.": a preposition belongs to
    // the head of the name it opens, and a phrase that has one is an nmod, not an apposition.
    void repair_stranded_case();
    // "who assassinated President Abraham Lincoln" parsed with the name as a complement (xcomp) of a verb that has
    // no object: a noun or name complement of such a verb is its object.
    void repair_nominal_complements();

    // "Police said David Moss, 32, was stabbed" parsed with the name as a second subject of "said" and none for
    // the reported clause: the subject written between the speech verb and the clause is the clause's.
    void repair_reported_subjects();
    // "Scientologist Tom Cruise" parsed as one flat name headed by "Scientologist" where the mentions say
    // "Scientologist" and "Tom Cruise": the name's first word takes the describing word's place, which becomes its
    // nmod:desc, so that each mention has a node of its own; so does a name the parse put in apposition to an
    // adjective before it ("Former Beatle George Harrison"), which becomes its amod.
    void repair_described_names(const std::vector<Span>& mentions);
    // "Hwang Hee-Chan's header went wide" parsed with "Hwang" a second subject and "Chan" the possessor of
    // "header": the words of a mention read as a subject before its possessive word hang on that word (not
    // "the University of NSW's school", where "University" hangs where the whole name does).
    void repair_split_possessors(const std::vector<Span>& mentions);
    // "the Centers for Disease Control in Atlanta" parsed with "in Atlanta" on "Control": a word outside a
    // mention hung on one of its inner words hangs on the mention's head word, the node the walk starts from.
    void repair_inner_attachments(const std::vector<Span>& mentions);
    // Groups the words into nodes (flat, fixed and goeswith links) once the repairs are done.
    void group_words();

    const std::vector<Word>* words_;
    std::vector<int> heads_;
    std::vector<std::string> lemmas_;
    std::vector<std::string> forms_;
    std::vector<int> group_;
    std::vector<std::pair<int, int>> extent_;
    std::vector<std::vector<int>> children_;     // dependents that are nodes, by node
    std::vector<const std::string*> relations_;  // by word: its relation as the walk reads it
};

}  // namespace newsgraph
