// The table of ontology data file formats.
#include "core/resource_formats.hpp"

#include <algorithm>

namespace newsgraph {

namespace {
constexpr std::string_view kGazetteerKeys = "gazetteer";
const std::vector<std::string_view> kPlaces{"lexicons/places.tsv", "lexicons/subdivisions.tsv"};
// The lists of lexicons/word_lists.tsv, by the names the rules that read them use.
constexpr std::string_view kWordLists =
    "speaker pronoun|honorific|male honorific|female honorific|male pronoun|female pronoun|male noun|female noun|"
    "statement noun|"
    "organization speaker pronoun|speech adverb|listener verb|spokesperson noun|subject preposition|verb adverb|"
    "organization pronoun|person pronoun|first person pronoun|name joiner|organization noun|threat verb|"
    "goal verb|not purpose|purpose end|non-noun ending|adverb ending|title modifier|other office|"
    "person reference pronoun|public office|body office|code name word|seat title|base participle|birth participle|"
    "generic organization noun|public body noun|settlement noun|city noun|country noun|region noun|subdivision "
    "noun|event noun|"
    "definite event noun|party adjective|company title|stake noun|staff plural noun|company verb|"
    "home preposition|funding verb|money word|distributive adverb|premises noun|relative pronoun|"
    "absolute clause marker|non-member noun|domain title|place prefix|force member noun|team position|unit noun|"
    "plural verb";
// The word classes of lexicons/name_cues.tsv, as the name rules name them.
constexpr std::string_view kNameCues =
    "connector|particle|determiner|opener|apposition_word|locative|place_noun|organization_noun|"
    "place_apposition_noun|person_noun|clause_word|administrative_area|name_prefix|government_noun|speech_before|"
    "speech_lead|speech_lead_to|speech_adverb|former|title_affiliation|coordinator|genitive|definite|inner_join|"
    "list_separator|of_word|event_prefix|event_qualifier|event_noun|ordinal_suffix|participle_ending|adverb_ending|"
    "common_ending|name_suffix|legal_form|workplace|post_nominal";
}  // namespace

const std::vector<ResourceFormat>& resource_formats() {
    static const std::vector<ResourceFormat> formats{
        {"lexicons/abbreviations.tsv", "abbreviation|kind", 2, 1, {}, {{1, "title|name|place"}}, ""},
        {"lexicons/calendar.tsv", "word|kind|value", 3, 1, {}, {{1, "month|weekday|relative"}}, ""},
        {"lexicons/cities.tsv",
         "key|canonical name|kind|aliases|demonyms|parent key",
         6,
         1,
         {{5, kPlaces, '\0'}},
         {{2, "city"}},
         kGazetteerKeys},
        {"lexicons/common_words.tsv", "word", 1, 1, {}, {}, ""},
        {"lexicons/company_names.tsv", "company name", 1, 1, {}, {}, ""},
        {"lexicons/currencies.tsv", "ISO 4217 code|English name|numeric code", 3, 1, {}, {}, ""},
        {"lexicons/given_name_genders.tsv", "given name|gender", 2, 1, {}, {{1, "male|female"}}, ""},
        {"lexicons/given_names.tsv", "given name", 1, 1, {}, {}, ""},
        {"lexicons/given_names_en.tsv", "given name", 1, 1, {}, {}, ""},
        {"lexicons/goals.tsv", "key|canonical name|synonyms", 3, 1, {}, {}, ""},
        {"lexicons/iccs.tsv", "code|name|synonyms", 3, 1, {}, {}, ""},
        {"lexicons/irregular_verbs.tsv", "form|lemma", 2, 1, {}, {}, ""},
        {"lexicons/languages.tsv", "ISO 639-2 code|English name|ISO 639-1 code|other names", 4, 1, {}, {}, ""},
        {"lexicons/money_words.tsv",
         "word|role|ISO 4217 code|not followed by",
         3,
         2,
         {{2, {"lexicons/currencies.tsv"}, '\0'}},
         {{1, "prefix|word|dollar country|suffix|qualifier"}},
         ""},
        {"lexicons/name_connectors.tsv", "word", 1, 1, {}, {}, ""},
        {"lexicons/name_cues.tsv", "word|cue|minimum length", 2, 2, {}, {{1, kNameCues}}, ""},
        {"lexicons/name_heads.tsv",
         "word|class|standalone",
         2,
         1,
         {},
         {{1, "Organization|Place|Event|Goal"}, {2, "standalone|"}},
         ""},
        {"lexicons/non_names.tsv", "word", 1, 1, {}, {}, ""},
        {"lexicons/organizations.tsv",
         "key|canonical name|aliases|parent key|member nouns",
         3,
         1,
         {{3, {"lexicons/organizations.tsv"}, '\0'}},
         {},
         kGazetteerKeys},
        {"lexicons/phrase_heads.tsv", "word|class|broader key", 2, 1, {}, {{1, "threat|goal"}}, ""},
        {"lexicons/phrase_modifiers.tsv", "word|kind|head", 2, 1, {}, {{1, "stop|degree"}}, ""},
        {"lexicons/place_codes.tsv",
         "place key|canonical name|ISO 3166-1 alpha-2|alpha-3",
         4,
         1,
         {{0, {"lexicons/places.tsv"}, '\0'}},
         {},
         ""},
        {"lexicons/places.tsv",
         "key|canonical name|kind|aliases|demonyms|parent key",
         6,
         1,
         {{5, kPlaces, '\0'}},
         {{2, "country|city|state|region|continent|sea"}},
         kGazetteerKeys},
        {"lexicons/scale_words.tsv", "word|multiplier", 2, 1, {}, {}, ""},
        {"lexicons/sdg.tsv", "code|UN IRI|parent code|English label", 4, 1, {{2, {"lexicons/sdg.tsv"}, '\0'}}, {}, ""},
        {"lexicons/sdg_phrases.tsv", "code|short name|key phrases", 3, 1, {{0, {"lexicons/sdg.tsv"}, '\0'}}, {}, ""},
        {"lexicons/speech_verbs.tsv", "verb", 1, 1, {}, {}, ""},
        {"lexicons/subdivisions.tsv",
         "key|canonical name|kind|aliases|demonyms|parent key|ISO 3166-2 code",
         7,
         1,
         {{5, kPlaces, '\0'}},
         {},
         kGazetteerKeys},
        {"lexicons/threat_branches.tsv", "code|name|what it covers", 3, 1, {}, {}, ""},
        {"lexicons/threats.tsv",
         "key|canonical name|synonyms|codes|parent key|tags",
         6,
         1,
         {{3, {"lexicons/iccs.tsv", "lexicons/threat_branches.tsv"}, ' '}, {4, {"lexicons/threats.tsv"}, '\0'}},
         {{5, "cyber|"}},
         ""},
        {"lexicons/titles.tsv", "title|kind", 2, 1, {}, {{1, "honorific|role"}}, ""},
        {"lexicons/ud_words.tsv", "type|token|words", 2, 2, {}, {{0, "suffix|word|prefix|address|emoticon"}}, ""},
        {"lexicons/word_lists.tsv", "list|word", 2, 2, {}, {{0, kWordLists}}, ""},
        {"patterns/coordination_relations.tsv", "predicate|rule|classes|cue|gap", 5, 4, {}, {}, ""},
        {"patterns/action_events.tsv", "predicate|name|acted on|verbs|nouns", 4, 1, {}, {}, ""},
        {"patterns/dependency_relations.tsv", "predicate|rule|confidence|subjects|objects|path", 6, 2, {}, {}, ""},
        {"patterns/match_reports.tsv", "kind|word", 2, 2, {}, {{0, "context|result|score_link|lead_word"}}, ""},
        {"patterns/part_of_descriptors.tsv", "predicate|rule|noun|heads", 4, 3, {}, {}, ""},
        {"patterns/position_verbs.tsv", "predicate|rule|verb|role", 4, 3, {}, {}, ""},
        {"patterns/sdg_numbers.tsv", "level|form", 2, 2, {}, {{0, "goal|target"}}, ""},
        {"patterns/speech_verbs.tsv", "predicate|rule|form", 3, 3, {}, {}, ""},
        {"patterns/title_abbreviations.tsv", "abbreviation|title", 2, 2, {}, {}, ""},
        {"patterns/titles.tsv", "predicate|rule|title|kind", 4, 3, {}, {}, ""},
        {"patterns/verb_relations.tsv",
         "predicate|rule|subjects|objects|cue|gap|adjacent",
         6,
         5,
         {},
         {{6, "adjacent|"}},
         ""},
    };
    return formats;
}

const ResourceFormat* resource_format(std::string_view path) {
    const auto& all = resource_formats();
    auto found = std::find_if(all.begin(), all.end(), [&](const ResourceFormat& f) { return f.path == path; });
    return found == all.end() ? nullptr : &*found;
}

}  // namespace newsgraph
