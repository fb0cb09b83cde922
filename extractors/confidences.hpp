// The confidence every extraction rule gives what it finds, in one table. They are
// named constants, not data in ontology/: each belongs to one rule written in C++ and
// is tuned with it, so it changes with the code, and a wrong value cannot load.
#pragma once

namespace newsgraph::confidence {

// Gazetteer: lexicon matches.
inline constexpr double kLexiconOrganizationOrPlace = 0.9;  // an organization or a place
inline constexpr double kLexiconThreatOrGoal = 0.85;        // a threat or a goal
inline constexpr double kLexiconDemonym = 0.6;              // "Afghan" for Afghanistan
inline constexpr double kNestedPlace = 0.8;                 // a place inside a longer lexicon name

// Names: the reasons a capitalized phrase is taken for a person.
inline constexpr double kPersonAfterTitle = 0.85;       // "President Ada Lovelace"
inline constexpr double kPersonAfterTitleGap = 0.8;     // a title, a portfolio, then a given name
inline constexpr double kPersonGivenName = 0.8;         // starts with a known given name
inline constexpr double kPersonNameShape = 0.7;         // a name-shaped last word (a hyphenated part)
inline constexpr double kPersonInitials = 0.7;          // "J. R. Smith"
inline constexpr double kPersonPossessive = 0.6;        // "Nigeria's Bola Tinubu"
inline constexpr double kPersonSpeech = 0.7;            // two or more words before a speech verb
inline constexpr double kPersonSpeechOneWord = 0.55;    // one word before a speech verb
inline constexpr double kPersonAppositionWord = 0.65;   // followed by ", who", ", whose" or ", aged"
inline constexpr double kPersonAge = 0.7;               // followed by ", 54,"
inline constexpr double kPersonAppositionTitle = 0.75;  // followed by ", the chief executive"
inline constexpr double kPersonAppositionPerson = 0.7;  // followed by ", a lawyer"
inline constexpr double kPersonEvidenceUnset = 0.5;     // before any person evidence is found
inline constexpr double kPersonOfOrganization = 0.55;   // "Alvin Yeung of Civic Party"
// Names: organizations, places and acronyms.
inline constexpr double kAcronymDefinition = 0.8;        // "Southern Cross Terminals (SCT)", both parts
inline constexpr double kShortFormOfKnown = 0.6;         // one word of a name already found
inline constexpr double kShortFormGuess = 0.5;           // one word of a name, by shape alone
inline constexpr double kAffiliationOfPerson = 0.45;     // the body in "Ada Lovelace of Acme"
inline constexpr double kHeadWordOrganization = 0.75;    // ends in an organization head word ("Ministry")
inline constexpr double kHeadWordOther = 0.6;            // ends in another class's head word
inline constexpr double kAdministrativeArea = 0.55;      // "Province of Gaza"
inline constexpr double kTeamAfterPlace = 0.6;           // "the Dallas Cowboys"
inline constexpr double kOrganizationBeforeTitle = 0.6;  // "Chrysler" in "Chrysler Chairman Lee Iacocca"
inline constexpr double kAppositionClass = 0.6;          // "Met Eireann, the national meteorological service"
inline constexpr double kSpeechAcronym = 0.5;            // an acronym before a speech verb
inline constexpr double kPlaceComma = 0.65;              // "Irving, Texas"
// Names: the second pass over phrases left unresolved.
inline constexpr double kKnownPerson = 0.6;             // a known surname or first name
inline constexpr double kKnownPlace = 0.6;              // written as a place before ("Irving, Texas")
inline constexpr double kLocative = 0.45;               // "in Manaus", "the Upper East region"
inline constexpr double kHeadOfGovernment = 0.45;       // "the Starmer government"
inline constexpr double kPlainName = 0.4;               // a plain capitalized name
inline constexpr double kAcronymOf = 0.65;              // the initials of an organization named before
inline constexpr double kAcronymAffiliation = 0.5;      // an undefined acronym in an affiliation slot
inline constexpr double kPossessiveAffiliation = 0.45;  // "Acme's Ada Lovelace"
inline constexpr double kListedWithPeople = 0.45;       // one name in a list of people
// The learned recognizer's names, as they join the rules' mentions.
inline constexpr double kRecognizedProperPerson = 0.85;  // least for a person the tagger reads as proper nouns
inline constexpr double kRecognizedAlone = 0.95;         // least span confidence for a name no rule or lexicon found
inline constexpr double kRecognizedOverRules = 0.9;      // least span confidence to replace weak rule mentions
inline constexpr double kOverrulableRule = 0.6;     // most confidence of a rule name inside a longer recognized one
inline constexpr double kOverrulableInside = 0.55;  // the same, for a rule name a recognized name cuts or crosses
inline constexpr double kUnsupportedRule = 0.4;     // most confidence of a rule name kept only with the recognizer

// Events, purposes and amounts.
inline constexpr double kEventSession = 0.6;    // "the 78th session"
inline constexpr double kEventOperation = 0.8;  // "Operation Nightfall"
inline constexpr double kNounEvent = 0.55;      // "a press briefing": a phrase of the parse headed by an event noun
inline constexpr double kDefiniteEvent = 0.5;   // "the trial", when the article names no event by that noun
inline constexpr double kPurposePhrase = 0.4;   // what "to counter" or "to achieve" is followed by
inline constexpr double kParsePhrase = 0.6;     // a noun phrase of the parse headed by a threat term
inline constexpr double kMoney = 0.9;           // an amount of money, mention and entity

// Resolution: an entity's confidence is 1 - the product of its mentions' misses, at most this.
inline constexpr double kEntityCeiling = 0.99;

// Quotes and who said them.
inline constexpr double kQuote = 0.9;            // a quotation
inline constexpr double kQuoteAbout = 0.7;       // what a quote is about
inline constexpr double kSpeakerNamed = 0.9;     // speaker named next to the quote
inline constexpr double kSpeakerPronoun = 0.75;  // speaker by a pronoun
inline constexpr double kSpeakerRole = 0.65;     // speaker by a role ("the minister")
inline constexpr double kSpeakerContext = 0.6;   // speaker from the sentences around a quote, not next to it

// Relations.
inline constexpr double kPosition = 0.85;          // holdsPosition
inline constexpr double kAmountRelation = 0.6;     // a relation of an amount
inline constexpr double kPartOfLexicon = 0.9;      // partOf from the lexicons' parent column
inline constexpr double kPartOfName = 0.8;         // partOf read from a name
inline constexpr double kPartOfDescription = 0.7;  // partOf read from a description
inline constexpr double kPartOfReferent = 0.5;     // the referent is a guess from its head noun
inline constexpr double kVerbCue = 0.6;            // a relation from a verb cue
inline constexpr double kVerbCoordination = 0.6;   // the same, over a coordinated subject or object

}  // namespace newsgraph::confidence
