// Joining recognized names to the mentions of the lexicons and the name rules.
#include "extractors/recognizer_merge.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/text.hpp"
#include "extractors/confidences.hpp"
#include "extractors/recognized_names.hpp"
#include "extractors/recognizer_evidence.hpp"
#include "extractors/text_scan.hpp"
#include "extractors/word_lists.hpp"
#include "language/phrase_index.hpp"
#include "language/word_shape.hpp"

namespace newsgraph {

namespace {

// The folded words the article writes in lower case somewhere.
std::unordered_set<std::string> lower_case_words(const Document& doc) {
    std::unordered_set<std::string> out;
    for (const Sentence& s : doc.sentences)
        for (const Span& t : s.tokens)
            if (is_lower_word(doc.view(t))) out.insert(fold_token(doc.view(t)));
    return out;
}

// The folded words the article writes somewhere with a lower-case first letter ("pro-Beijing", "pan-democrat").
std::unordered_set<std::string> lower_initial_words(const Document& doc) {
    std::unordered_set<std::string> out;
    for (const Sentence& s : doc.sentences)
        for (const Span& t : s.tokens)
            if (std::islower(static_cast<unsigned char>(doc.text[t.begin]))) out.insert(fold_token(doc.view(t)));
    return out;
}

// "Pro-Beijing DAB's Starry Lee" opening a sentence: a hyphenated first word the article writes elsewhere with a
// lower-case initial is capitalized by its place only, and no part of the name after it (a plain word such as
// "New" may begin a name: "New People Party").
void drop_capitalized_openers(const Document& doc, const Sentence& sentence, std::vector<Mention>& names,
                              const std::unordered_set<std::string>& lower_initial) {
    if (sentence.tokens.size() < 2) return;
    const Span opener = sentence.tokens[0];
    const std::string_view word = doc.view(opener);
    for (Mention& name : names) {
        if (name.span.begin != opener.begin || name.span.end <= sentence.tokens[1].begin ||
            word.find('-') == std::string_view::npos || !lower_initial.count(fold_token(word)))
            continue;
        name.span.begin = sentence.tokens[1].begin;
        name.name = squeeze_spaces(doc.view(name.span));
    }
}

// The folded forms of the (up to three) tokens of `sentence` before and after `span`.
NameContext folded_around(const Document& doc, const Sentence& sentence, Span span) {
    NameContext around;
    for (const Span& token : sentence.tokens) {
        if (token.end <= span.begin) {
            around.before.push_back(fold_token(doc.view(token)));
            if (around.before.size() > 3) around.before.erase(around.before.begin());
        }
        if (token.begin < span.end || around.after.size() == 3) continue;
        around.after.push_back(fold_token(doc.view(token)));
    }
    return around;
}

// The index of the first word of `sentence` that begins at or after byte `at` (words.size() when none).
std::size_t first_word_from(const Sentence& sentence, std::size_t at) {
    std::size_t w = 0;
    while (w < sentence.words.size() && sentence.words[w].span.begin < at) ++w;
    return w;
}

// True when a clause "based in" or "headquartered in" hangs on a word of `name` ("Pan Am, headquartered in New
// York", "Santander, which is headquartered in Madrid"): only an organization has headquarters.
bool based_clause(const Sentence& sentence, Span name) {
    for (const Word& word : sentence.words) {
        if ((word.deprel != "acl" && word.deprel != "acl:relcl") || word.head < 0 ||
            static_cast<std::size_t>(word.head) >= sentence.words.size())
            continue;
        if (!name.contains(sentence.words[static_cast<std::size_t>(word.head)].span)) continue;
        static const WordSet& participles = word_list("base participle");
        if (has(participles, ascii_lower(word.form))) return true;
    }
    return false;
}

// True when a plural noun of a firm's staff follows `name` ("Merrill Lynch analysts cut their forecast"): a
// person has no analysts.
bool staff_after(const Sentence& sentence, Span name) {
    static const WordSet& staff = word_list("staff plural noun");
    const std::size_t w = first_word_from(sentence, name.end);
    return w < sentence.words.size() && sentence.words[w].upos == "NOUN" &&
           has(staff, ascii_lower(sentence.words[w].form));
}

// True when an apposition headed by an organization noun describes `name` ("UK Finance, the trade body for the
// banking industry"): a person is no body.
bool organization_apposition(const Sentence& sentence, Span name, const NameCues& cues) {
    const std::vector<Word>& words = sentence.words;
    // the apposition opens right after the name's comma ("Naledi Khumalo, a senior analyst at TRAFFIC, the
    // monitoring network": the network is TRAFFIC's, whatever the parse hangs it on)
    std::size_t opening = first_word_from(sentence, name.end);
    while (opening < words.size() && (words[opening].form == "," || words[opening].upos == "PART")) ++opening;
    auto in_phrase_of = [&](std::size_t w, std::size_t noun) {
        for (std::size_t hops = 0; w < words.size() && hops < words.size(); ++hops) {
            if (w == noun) return true;
            if (words[w].head < 0) return false;
            w = static_cast<std::size_t>(words[w].head);
        }
        return false;
    };
    for (std::size_t k = 0; k < words.size(); ++k) {
        const Word& word = words[k];
        if (word.deprel != "appos" || word.upos != "NOUN" || word.head < 0 ||
            static_cast<std::size_t>(word.head) >= words.size() || name.contains(word.span))
            continue;
        if (!name.contains(words[static_cast<std::size_t>(word.head)].span) || !in_phrase_of(opening, k)) continue;
        if (cues.is(Cue::OrganizationNoun, ascii_lower(word.form))) return true;
    }
    // as written when the parse reads it otherwise ("Unison, the union representing ..." with "union" a subject):
    // a comma, an article, at most two modifiers (a place among them: "Sotheby's, the London auction house") and
    // the noun that ends the phrase
    std::size_t w = first_word_from(sentence, name.end);
    if (w < words.size() && words[w].upos == "PART") ++w;  // the name's possessive ending
    if (w + 2 >= words.size() || words[w].form != "," || words[w + 1].upos != "DET") return false;
    for (std::size_t k = w + 2; k < words.size() && k <= w + 4; ++k) {
        // the noun ends the phrase: no noun after it, and no possessive ("the company's chief executive")
        const bool last = k + 1 == words.size() || (words[k + 1].upos != "NOUN" && words[k + 1].upos != "PART");
        if (words[k].upos == "NOUN" && last) return cues.is(Cue::OrganizationNoun, ascii_lower(words[k].form));
        if (words[k].upos != "ADJ" && words[k].upos != "NOUN" && words[k].upos != "PROPN") return false;
    }
    return false;
}

// True when the words before a recognized person's name say it names an organization: an organization noun
// right before it ("the news agency Tass", "the brokerage firm Drexel Burnham"), a noun and "at" ("an
// economist at Merrill Lynch") or a stake and "in" ("shares in Rolls-Royce"), or a headquarters clause hangs on
// it, or an apposition calls it a body: a person is neither.
bool organization_context(const Sentence& sentence, Span name, const NameCues& cues) {
    const std::size_t w = first_word_from(sentence, name.begin);
    if (based_clause(sentence, name) || organization_apposition(sentence, name, cues)) return true;
    if (w == 0 || w == sentence.words.size()) return false;
    const Word& before = sentence.words[w - 1];
    if (before.upos == "NOUN" && scan::is_organization_noun(ascii_lower(before.form))) return true;
    // "shares in Rolls-Royce": what one holds a stake in is a company
    static const WordSet& stakes = word_list("stake noun");
    if (w >= 2 && ascii_lower(before.form) == "in" && has(stakes, ascii_lower(sentence.words[w - 2].form))) return true;
    return w >= 2 && ascii_lower(before.form) == "at" && sentence.words[w - 2].upos == "NOUN";
}

// True when the name is the seat of a member of a legislature: "MP for Bolton West", "Senator for Victoria"
// (a constituency is a place, whatever the recognizer read).
bool constituency(const Sentence& sentence, Span name) {
    static const WordSet& seats = word_list("seat title");
    const std::size_t w = first_word_from(sentence, name.begin);
    return w >= 2 && ascii_lower(sentence.words[w - 1].form) == "for" &&
           has(seats, ascii_lower(sentence.words[w - 2].form));
}

// The letters of the word that ends right before offset `at` (spaces between skipped); empty when none.
std::string_view previous_word(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t')) --end;
    std::size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    return text.substr(begin, end - begin);
}

}  // namespace

RecognizerMerge::RecognizerMerge() : RecognizerMerge(load_gazetteer()) {}

RecognizerMerge::RecognizerMerge(std::shared_ptr<const Gazetteer> gazetteer)
    : gazetteer_(std::move(gazetteer)), lexicons_(*tokenizer_) {}

void RecognizerMerge::retype_weak_people(Document& doc, const Sentence& sentence, const std::vector<Mention>& names,
                                         const std::vector<std::size_t>& weak) const {
    std::vector<Span> organizations;
    for (const Mention& recognized : names)
        if (recognized.cls == EntityClass::Organization) organizations.push_back(recognized.span);
    for (std::size_t index : weak) {
        Mention& m = doc.mentions[index];
        if (!sentence.span.contains(m.span)) continue;
        bool recognized = std::find(organizations.begin(), organizations.end(), m.span) != organizations.end();
        if (recognized || organization_context(sentence, m.span, *cues_)) m.cls = EntityClass::Organization;
    }
    // whatever the evidence for a person, a name with headquarters, described as a body or with analysts is an
    // organization ("Pan Am, headquartered in", "UK Finance, the trade body", "Merrill Lynch analysts")
    for (Mention& m : doc.mentions)
        if (m.cls == EntityClass::Person && sentence.span.contains(m.span) &&
            (based_clause(sentence, m.span) || organization_apposition(sentence, m.span, *cues_) ||
             staff_after(sentence, m.span)))
            m.cls = EntityClass::Organization;
}

bool RecognizerMerge::plausible(const Mention& name, const std::unordered_set<std::string>& lower_words,
                                const NameContext& around) const {
    // an e-mail or web address names no one ("RobBrnglsn@aol.com", "www.unodc.org")
    if (is_web_address(name.name)) return false;
    std::vector<Span> spans = tokenizer_->tokenize(name.name);
    std::vector<std::string> folded;
    folded.reserve(spans.size());
    for (const Span& t : spans) folded.push_back(fold_token(t.of(name.name)));
    if (folded.empty()) return false;
    const std::vector<std::size_t>* values = nullptr;
    bool person = name.cls == EntityClass::Person;
    for (std::size_t k = 0; k < spans.size(); ++k) {
        std::string_view word = spans[k].of(name.name);
        // every word a capitalized one or a connector ("Association of Chief Fire Officers"); no title in a person
        bool name_word = is_capitalized(word) || is_acronym(word) || starts_with_digit(word) || !is_wordlike(word) ||
                         (is_lower_word(word) && cues_->is(Cue::Connector, folded[k]));
        if (!name_word || (person && lexicons_.titles.match(folded, k, values) > 0)) return false;
    }
    if (lexicons_.titles.match(folded, 0, values) == folded.size()) return false;
    // "MEPs voted": the plural of a title names a group of its holders
    if (const std::string& only = folded.front(); folded.size() == 1 && only.size() > 3 && only.back() == 's') {
        const std::vector<std::string> singular{only.substr(0, only.size() - 1)};
        if (lexicons_.titles.match(singular, 0, values) == 1) return false;
    }
    // "Soviet Foreign Minister Eduard Shevardnadze": no person name in which a title begins.
    // "Chief Constable Sarah Crew" read as "Constable": nor one that ends a title begun before it.
    std::vector<std::string> extended = around.before;
    extended.insert(extended.end(), folded.begin(), folded.end());
    extended.insert(extended.end(), around.after.begin(), around.after.end());
    std::size_t start = around.before.size(), end = start + folded.size();
    for (std::size_t k = 0; person && k < end; ++k) {
        std::size_t title = lexicons_.titles.match(extended, k, values);
        if ((k < start && k + title > start) || (k >= start && k + title > end)) return false;
    }
    // "the Iraqi city": a demonym names a country only where the article names it (the gazetteer's rule)
    auto lexicon = gazetteer_->match(name.name, spans, folded, 0);
    if (lexicon && lexicon->demonym && lexicon->length == spans.size()) return false;
    if (folded.size() > 1) return true;
    // one word alone: not a word the article writes in lower case, an ordinary word or a never-name
    const std::string& only = folded.front();
    return !(lower_words.count(only) || lexicons_.is_common_word(only) || lexicons_.is_non_name(only) ||
             cues_->common_ending(only));
}

bool RecognizerMerge::given_name_before_head(const Document& doc, const Mention& rule_mention,
                                             const Mention& recognized) const {
    if (recognized.cls != EntityClass::Person || rule_mention.span != recognized.span ||
        rule_mention.rule != "names/head_word" || rule_mention.confidence > confidence::kHeadWordOther)
        return false;
    std::string_view text = doc.view(recognized.span);
    std::size_t space = text.find(' ');
    if (space == std::string_view::npos || text.find(' ', space + 1) != std::string_view::npos) return false;
    // ("Lucas County": an administrative area is no one's surname)
    if (cues_->is(Cue::AdministrativeArea, ascii_lower(text.substr(space + 1)))) return false;
    return lexicons_.is_curated_given_name(fold_token(text.substr(0, space)));
}

bool RecognizerMerge::described_as_body(const Document& doc, const Mention& m) const {
    const std::size_t s = doc.sentence_at(m.span.begin);
    if (m.cls != EntityClass::Organization || s >= doc.sentences.size()) return false;
    return based_clause(doc.sentences[s], m.span) || organization_apposition(doc.sentences[s], m.span, *cues_);
}

bool RecognizerMerge::common_word_name(const Document& doc, const Mention& m) const {
    std::string_view text = doc.view(m.span);
    bool one_word = !m.key.empty() && is_wordlike(text) && text.find(' ') == std::string_view::npos;
    return one_word && lexicons_.is_common_word(fold_token(text)) && !tagged_proper(doc, m.span);
}

bool RecognizerMerge::described_person(const Document& doc, const Mention& rule_mention,
                                       const Mention& recognized) const {
    if (rule_mention.span != recognized.span || rule_mention.rule != "gazetteer/place" ||
        recognized.cls != EntityClass::Person || !overrules(recognized))
        return false;
    const std::string_view before = previous_word(doc.text, recognized.span.begin);
    return !before.empty() && is_lower_word(before) && cues_->is(Cue::PersonNoun, std::string(before));
}

void RecognizerMerge::drop_person_noun_opener(const Document& doc, const Sentence& sentence,
                                              std::vector<Mention>& names) const {
    if (sentence.tokens.size() < 2) return;
    const Span opener = sentence.tokens[0];
    if (!cues_->is(Cue::PersonNoun, ascii_lower(doc.view(opener)))) return;
    const Span next = sentence.tokens[1];
    for (Mention& name : names) {
        if (name.span.begin != opener.begin || name.span.end <= opener.end) continue;
        // a name that ends as a body's does keeps the noun ("Student Loans Company")
        const std::string_view last = std::string_view(name.name).substr(name.name.rfind(' ') + 1);
        if (lexicons_.head(fold_token(last)) || cues_->is(Cue::LegalForm, ascii_lower(last))) continue;
        name.span.begin = next.begin;
        name.name = squeeze_spaces(doc.view(name.span));
        name.cls = EntityClass::Person;  // the noun says who the name is
    }
}

std::vector<std::vector<Mention>> RecognizerMerge::recognized(const Document& doc) const {
    const std::unordered_set<std::string> lower_initial = lower_initial_words(doc);
    std::vector<std::vector<Mention>> out;
    out.reserve(doc.sentences.size());
    for (const Sentence& sentence : doc.sentences) {
        out.push_back(recognized_mentions(doc, sentence, trimming()));
        drop_capitalized_openers(doc, sentence, out.back(), lower_initial);
        drop_person_noun_opener(doc, sentence, out.back());
        for (Mention& name : out.back())
            if (name.cls == EntityClass::Person && national_body(name)) {
                name.cls = EntityClass::Organization;
                name.rule = "recognizer/national_body";
            }
    }
    return out;
}

bool RecognizerMerge::national_body(const Mention& name) const {
    std::vector<Span> words = tokenizer_->tokenize(name.name);
    if (words.size() < 2 || lexicons_.is_given_name(fold_token(words.front().of(name.name)))) return false;
    // (not a state's own name: "the Republic of Chad")
    if (is_lower_word(words[words.size() - 2].of(name.name))) return false;
    auto place = gazetteer_->match_word(name.name, words.back(), EntityClass::Place);
    if (!place || place->demonym || place->entry->kind != "country") return false;
    // (not a place of its own: "North Korea")
    std::vector<std::string> folded;
    folded.reserve(words.size());
    for (const Span& word : words) folded.push_back(fold_token(word.of(name.name)));
    auto whole = gazetteer_->match(name.name, words, folded, 0, EntityClass::Place);
    return !whole || whole->length < words.size();
}

std::vector<bool> RecognizerMerge::outweighed(const Document& doc, const std::vector<std::vector<Mention>>& names,
                                              const std::unordered_set<std::string>& lower_words,
                                              std::vector<Span>& replacing) const {
    std::vector<bool> removed(doc.mentions.size(), false);
    std::vector<bool> supported(doc.mentions.size(), false);
    MentionIndex index(doc.mentions);
    for (std::size_t s = 0; s < names.size(); ++s)
        for (const Mention& name : names[s]) {
            std::vector<std::size_t> rivals = index.overlapping(name.span);
            for (std::size_t i : rivals) supported[i] = true;
            bool replace =
                !rivals.empty() && overrules(name) && std::all_of(rivals.begin(), rivals.end(), [&](std::size_t i) {
                    const Mention& rival = doc.mentions[i];
                    // ("Athletics Kenya", "Hitwise UK": the country ends the body's name)
                    const bool country_of_body = name.cls == EntityClass::Organization &&
                                                 rival.cls == EntityClass::Place && name.span.contains(rival.span) &&
                                                 rival.span.begin > name.span.begin && national_body(name);
                    return overrulable(rival, name) || given_name_before_head(doc, rival, name) ||
                           place_in_person_name(rival, name) || described_person(doc, rival, name) || country_of_body;
                });
            if (!replace || !plausible(name, lower_words, folded_around(doc, doc.sentences[s], name.span))) continue;
            for (std::size_t i : rivals) removed[i] = true;
            replacing.push_back(name.span);
        }
    for (std::size_t i = 0; i < removed.size(); ++i)
        if (!supported[i] && (needs_recognizer_support(doc, doc.mentions[i]) || common_word_name(doc, doc.mentions[i])))
            removed[i] = !described_as_body(doc, doc.mentions[i]);
    return removed;
}

void RecognizerMerge::run(Document& doc) const {
    std::vector<std::vector<Mention>> names = recognized(doc);
    std::vector<Span> replacing;  // the spans of the names that replace rule mentions
    std::unordered_set<std::string> lower_words = lower_case_words(doc);
    std::vector<bool> removed = outweighed(doc, names, lower_words, replacing);
    const Mention* first = doc.mentions.data();  // remove_if tests each element before it moves any after it
    std::erase_if(doc.mentions, [&](const Mention& m) { return removed[static_cast<std::size_t>(&m - first)]; });
    MentionIndex index(doc.mentions);
    // one name, one class in an article: what the lexicons and rules made of the same words elsewhere wins
    std::unordered_map<std::string, EntityClass> known;
    for (const Mention& m : doc.mentions) {
        known.try_emplace(fold(m.name), m.cls);
        known.try_emplace(fold(squeeze_spaces(doc.view(m.span))), m.cls);
    }
    std::vector<std::size_t> weak;  // people found on weak evidence only
    for (std::size_t i = 0; i < doc.mentions.size(); ++i)
        if (doc.mentions[i].cls == EntityClass::Person &&
            doc.mentions[i].confidence <= confidence::kPersonSpeechOneWord)
            weak.push_back(i);
    for (const std::vector<Mention>& sentence_names : names)
        for (const Mention& name : sentence_names)
            for (std::size_t i : index.overlapping(name.span))
                doc.mentions[i].confidence = agreed_confidence(doc.mentions[i], name);
    regions_read_as_companies(doc, names);
    regions_acting_as_companies(doc);
    std::vector<bool> person(doc.mentions.size());
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) person[i] = doc.mentions[i].cls == EntityClass::Person;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) retype_weak_people(doc, doc.sentences[s], names[s], weak);
    retype_same_names(doc, person);
    std::vector<Mention> added;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sentence = doc.sentences[s];
        for (Mention& name : names[s]) {
            if (!index.overlapping(name.span).empty() || !addable(doc, sentence, name, lower_words, replacing))
                continue;
            if (name.cls == EntityClass::Person && organization_context(sentence, name.span, *cues_))
                name.cls = EntityClass::Organization;
            // "Sotheby's, the auction house" read as a place: a place is no body either
            if (name.cls == EntityClass::Place && organization_apposition(sentence, name.span, *cues_))
                name.cls = EntityClass::Organization;
            if (constituency(sentence, name.span)) name.cls = EntityClass::Place;
            // "Senate passes border bill": a body's head word alone is no one's name
            const HeadWord* head = lexicons_.head(fold(name.name));
            if (name.cls == EntityClass::Person && head && head->cls == EntityClass::Organization)
                name.cls = EntityClass::Organization;
            if (name.cls == EntityClass::Person && company_owner(doc, sentence, name, added)) {
                name.cls = EntityClass::Organization;  // against the recognizer's type: no surer than the rule
                name.confidence = std::min(name.confidence, confidence::kOrganizationBeforeTitle);
                name.rule = "recognizer/title_owner";
            }
            if (auto same = known.find(fold(name.name)); same != known.end()) name.cls = same->second;
            added.push_back(std::move(name));
        }
    }
    for (Mention& m : added) doc.mentions.push_back(std::move(m));
    title_owners_as_companies(doc, lower_words);
    known_companies(doc, lower_words);
    ampersand_names(doc, lower_words);
    std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span < b.span; });
    places_in_lists(doc);
}

void RecognizerMerge::places_in_lists(Document& doc) const {
    // the text between the name and the next place, when it goes on with the list: ",", "and" or "or", then
    // lower-case words at most ("Camarines Sur and the island province of Masbate")
    auto separates = [&](std::size_t from, std::size_t to) {
        if (from > to || to - from > 40) return false;
        std::string gap = squeeze_spaces(doc.text.substr(from, to - from));
        if (gap.starts_with(",")) gap.erase(0, 1);
        if (gap.starts_with(" ")) gap.erase(0, 1);
        if (!(gap.empty() || gap.starts_with("and ") || gap.starts_with("or ") || gap == "and" || gap == "or"))
            return false;
        return std::none_of(gap.begin(), gap.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    };
    auto trimmed = [](std::string gap) {
        while (!gap.empty() && gap.back() == ' ') gap.pop_back();
        return gap;
    };
    for (std::size_t i = 1; i + 1 < doc.mentions.size(); ++i) {
        Mention& m = doc.mentions[i];
        const Mention& before = doc.mentions[i - 1];
        const Mention& after = doc.mentions[i + 1];
        if (m.cls != EntityClass::Person || m.rule != "names/plain_name" || before.cls != EntityClass::Place ||
            after.cls != EntityClass::Place)
            continue;
        const std::string left =
            trimmed(doc.text.substr(before.span.end, m.span.begin - std::min(m.span.begin, before.span.end)));
        if (left != "," || !separates(m.span.end, after.span.begin)) continue;
        m.cls = EntityClass::Place;  // "across Albay, Camarines Sur and Masbate"
        m.rule = "names/listed_with_places";
    }
}

void RecognizerMerge::retype_same_names(Document& doc, const std::vector<bool>& was_person) {
    // "Morgan Stanley economists expect a cut" makes "Morgan Stanley advised" a company too: one name, one class
    std::unordered_set<std::string> companies;
    for (std::size_t i = 0; i < was_person.size(); ++i)
        if (was_person[i] && doc.mentions[i].cls == EntityClass::Organization)
            companies.insert(fold(squeeze_spaces(doc.view(doc.mentions[i].span))));
    if (companies.empty()) return;
    for (Mention& m : doc.mentions)
        if (m.cls == EntityClass::Person && companies.count(fold(squeeze_spaces(doc.view(m.span)))))
            m.cls = EntityClass::Organization;
}

void RecognizerMerge::regions_read_as_companies(Document& doc, const std::vector<std::vector<Mention>>& names) const {
    MentionIndex index(doc.mentions);
    for (const std::vector<Mention>& sentence_names : names)
        for (const Mention& name : sentence_names) {
            if (name.cls != EntityClass::Organization || !overrules(name)) continue;
            for (std::size_t i : index.overlapping(name.span))
                if (doc.mentions[i].span == name.span) region_as_company(doc, doc.mentions[i]);
        }
}

bool RecognizerMerge::company_region(const Document& doc, const Mention& m) const {
    const GazetteerEntry* entry = m.key.empty() ? nullptr : gazetteer_->find_key(m.key);
    return m.cls == EntityClass::Place && entry && is_wordlike(doc.view(m.span)) && entry->kind != "country" &&
           entry->kind != "state" && entry->kind != "city";
}

void RecognizerMerge::region_as_company(const Document& doc, Mention& m) const {
    if (!company_region(doc, m) || cues_->is(Cue::Definite, fold_token(previous_word(doc.text, m.span.begin)))) return;
    m.cls = EntityClass::Organization;
    m.name = std::string(doc.view(m.span));
    m.key.clear();
    m.rule = "recognizer/company_not_region";
}

void RecognizerMerge::regions_acting_as_companies(Document& doc) const {
    static const WordSet& verbs = word_list("company verb");
    static const WordSet& titles = word_list("company title");
    std::unordered_set<std::string> companies;  // the names of regions that act as companies somewhere
    for (const Mention& m : doc.mentions) {
        // a region only: "Europe bought more gas" is no company
        const GazetteerEntry* entry = m.key.empty() ? nullptr : gazetteer_->find_key(m.key);
        if (!company_region(doc, m) || entry->kind != "region") continue;
        const std::size_t at = doc.sentence_at(m.span.begin);
        if (at >= doc.sentences.size()) continue;
        for (const Word& w : doc.sentences[at].words) {
            if (w.span != m.span || w.head < 0) continue;
            const Word& head = doc.sentences[at].words[static_cast<std::size_t>(w.head)];
            // "Amazon hired", "the founder of Amazon", "Amazon's chief executive"
            const bool acts = (w.deprel == "nsubj" && has(verbs, ascii_lower(head.lemma))) ||
                              (w.deprel.starts_with("nmod") && has(titles, ascii_lower(head.lemma)));
            if (acts) companies.insert(std::string(doc.view(m.span)));
        }
    }
    // "Amazon hired Dave Clark": a region hires no one, nor has a founder; so every bare mention of that name is the
    // company
    for (Mention& m : doc.mentions)
        if (companies.count(std::string(doc.view(m.span)))) region_as_company(doc, m);
}

bool RecognizerMerge::company_owner(const Document& doc, const Sentence& sentence, const Mention& name,
                                    const std::vector<Mention>& added) const {
    std::string_view text = doc.view(name.span);
    if (!is_wordlike(text) || text.find(' ') != std::string_view::npos) return false;
    std::string word = fold_token(text);
    if (lexicons_.is_curated_given_name(word) || !owns_organization_title(doc, sentence, name.span, lexicons_.titles))
        return false;
    return !person_named_before(doc, doc.mentions, word, name.span.begin) &&
           !person_named_before(doc, added, word, name.span.begin);
}

namespace {

// True when the tagger read the first word over `token` as a proper noun ("Chrysler" of "Chrysler's", whose
// word spans the whole token).
bool proper_at(const Sentence& sentence, Span token) {
    for (const Word& word : sentence.words)
        if (word.span.overlaps(token)) return word.upos == "PROPN";
    return false;
}

// The folded words of the people the article names with more than one word.
std::unordered_set<std::string> words_of_full_names(const Document& doc) {
    std::unordered_set<std::string> out;
    for (const Mention& m : doc.mentions) {
        std::string_view text = doc.view(m.span);
        if (m.cls != EntityClass::Person || text.find(' ') == std::string_view::npos) continue;
        for (std::size_t at = 0; at < text.size();) {
            std::size_t end = std::min(text.find(' ', at), text.size());
            out.insert(fold_token(text.substr(at, end - at)));
            at = end + 1;
        }
    }
    return out;
}

}  // namespace

void RecognizerMerge::as_companies(Document& doc, const std::unordered_set<std::string>& words,
                                   const std::vector<Span>& unfound, const std::string& rule) const {
    std::vector<Span> mentioned;
    for (Mention& m : doc.mentions) {
        mentioned.push_back(m.span);
        std::string_view text = doc.view(m.span);
        if (m.cls != EntityClass::Person || text.find(' ') != std::string_view::npos || !words.count(fold_token(text)))
            continue;
        m.cls = EntityClass::Organization;
        m.name = std::string(text);
        m.confidence = std::min(m.confidence, confidence::kOrganizationBeforeTitle);
        m.rule = rule;
    }
    for (Span span : unfound)
        if (std::none_of(mentioned.begin(), mentioned.end(), [&](Span m) { return m.overlaps(span); }))
            doc.mentions.push_back(Mention{span, EntityClass::Organization, std::string(doc.view(span)),
                                           confidence::kOrganizationBeforeTitle, rule, "", -1});
}

void RecognizerMerge::title_owners_as_companies(Document& doc,
                                                const std::unordered_set<std::string>& lower_words) const {
    std::unordered_set<std::string> people = words_of_full_names(doc);
    std::unordered_set<std::string> owners;  // the folded words
    std::vector<Span> owning;                // every span of one that owns a title
    for (const Sentence& sentence : doc.sentences)
        for (const Span& token : sentence.tokens) {
            std::string_view word = doc.view(token);
            if (!is_capitalized(word) || !is_wordlike(word)) continue;
            std::string folded = fold_token(word);
            if (people.count(folded) || lower_words.count(folded) || lexicons_.is_curated_given_name(folded) ||
                lexicons_.is_common_word(folded) || !proper_at(sentence, token))
                continue;
            if (!owns_organization_title(doc, sentence, token, lexicons_.titles)) continue;
            owners.insert(folded);
            owning.push_back(token);
        }
    if (!owners.empty()) as_companies(doc, owners, owning, "recognizer/title_owner");
}

void RecognizerMerge::known_companies(Document& doc, const std::unordered_set<std::string>& lower_words) const {
    std::unordered_set<std::string> people = words_of_full_names(doc);
    std::unordered_set<std::string> companies;  // the folded words
    std::vector<Span> alone;                    // those standing alone as proper nouns, not after a locative word
    for (const Sentence& sentence : doc.sentences)
        for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
            std::string_view word = doc.view(sentence.tokens[k]);
            std::string folded = fold_token(word);
            if (!is_capitalized(word) || !is_wordlike(word) || !lexicons_.is_company_name(folded) ||
                people.count(folded) || lower_words.count(folded) || lexicons_.is_curated_given_name(folded))
                continue;
            companies.insert(folded);
            bool single = (k == 0 || !is_capitalized(doc.view(sentence.tokens[k - 1]))) &&
                          (k + 1 == sentence.tokens.size() || !is_capitalized(doc.view(sentence.tokens[k + 1])));
            bool locative = k > 0 && cues_->is(Cue::Locative, fold_token(doc.view(sentence.tokens[k - 1])));
            if (single && !locative && proper_at(sentence, sentence.tokens[k])) alone.push_back(sentence.tokens[k]);
        }
    if (!companies.empty()) as_companies(doc, companies, alone, "recognizer/company_name");
}

void RecognizerMerge::ampersand_names(Document& doc, const std::unordered_set<std::string>& lower_words) const {
    auto capitalized_at = [&](const Sentence& sentence, std::size_t k) {
        std::string_view word = doc.view(sentence.tokens[k]);
        return is_capitalized(word) && is_wordlike(word) && !cues_->is(Cue::Definite, fold_token(word));
    };
    for (const Sentence& sentence : doc.sentences)
        for (std::size_t k = 1; k + 1 < sentence.tokens.size(); ++k) {
            if (doc.view(sentence.tokens[k]) != "&" || !capitalized_at(sentence, k - 1) ||
                !capitalized_at(sentence, k + 1))
                continue;
            std::size_t first = k - 1, last = k + 1;  // at most three capitalized words on either side
            while (first > 0 && k - first < 3 && capitalized_at(sentence, first - 1)) --first;
            while (last + 1 < sentence.tokens.size() && last - k < 3 && capitalized_at(sentence, last + 1)) ++last;
            // two given names are two people ("Mary & Leigh"), two ordinary words a heading ("Science & Medicine")
            auto all_of_side = [&](std::size_t from, std::size_t to, auto test) {
                for (std::size_t t = from; t <= to; ++t)
                    if (!test(fold_token(doc.view(sentence.tokens[t])))) return false;
                return true;
            };
            auto given = [&](const std::string& w) { return lexicons_.is_given_name(w); };
            auto common = [&](const std::string& w) { return lexicons_.is_common_word(w) || lower_words.count(w) > 0; };
            const bool credit = first > 0 && doc.view(sentence.tokens[first - 1]) == ":";  // "Video: Ann & Bo"
            if (credit || (all_of_side(first, k - 1, given) && all_of_side(k + 1, last, given)) ||
                (all_of_side(first, k - 1, common) && all_of_side(k + 1, last, common)))
                continue;
            const Span name{sentence.tokens[first].begin, sentence.tokens[last].end};
            bool place = false, crossing = false;
            for (const Mention& m : doc.mentions) {
                if (!m.span.overlaps(name)) continue;
                place = place || (m.cls == EntityClass::Place && !m.key.empty());  // "Trinidad & Tobago"
                crossing = crossing || !name.contains(m.span);
            }
            if (place || crossing) continue;
            std::erase_if(doc.mentions, [&](const Mention& m) { return name.contains(m.span); });
            doc.mentions.push_back(Mention{name, EntityClass::Organization, squeeze_spaces(doc.view(name)),
                                           confidence::kHeadWordOrganization, "recognizer/ampersand_name", "", -1});
        }
}

bool RecognizerMerge::addable(const Document& doc, const Sentence& sentence, const Mention& name,
                              const std::unordered_set<std::string>& lower_words,
                              const std::vector<Span>& replacing) const {
    if (known_lower_case_name(*gazetteer_, *tokenizer_, name)) return overrules(name);
    bool replaces = std::find(replacing.begin(), replacing.end(), name.span) != replacing.end();
    // "Oswald was killed by Jack Ruby": a person's name the tagger also reads as proper nouns needs less
    bool proper_person = name.cls == EntityClass::Person && name.confidence >= confidence::kRecognizedProperPerson &&
                         tagged_proper(doc, name.span);
    if (name.confidence < confidence::kRecognizedAlone && !replaces && !proper_person) return false;
    return plausible(name, lower_words, folded_around(doc, sentence, name.span));
}

}  // namespace newsgraph
