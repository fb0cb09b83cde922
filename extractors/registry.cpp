// Registration of the built-in pipeline components, in pipeline order.
#include "extractors/registry.hpp"

#include "extractors/amount_extractor.hpp"
#include "extractors/dependency_relations.hpp"
#include "extractors/event_extractor.hpp"
#include "extractors/gazetteer_extractor.hpp"
#include "extractors/name_extractor.hpp"
#include "extractors/national_teams.hpp"
#include "extractors/noun_events.hpp"
#include "extractors/purpose_phrases.hpp"
#include "extractors/quote_extractor.hpp"
#include "extractors/recognizer_merge.hpp"
#include "extractors/relation_extractor.hpp"
#include "extractors/resolver.hpp"
#include "extractors/team_players.hpp"
#include "extractors/threat_phrases.hpp"
#include "language/language_annotator.hpp"
#include "language/name_annotator.hpp"
#include "language/sentence_splitter.hpp"

namespace newsgraph {

Pipeline default_pipeline(std::shared_ptr<const LanguageModels> models) {
    std::vector<std::unique_ptr<Extractor>> components;
    // The lexicons of known things, loaded once and shared by the three components that look things up.
    std::shared_ptr<const Gazetteer> gazetteer = load_gazetteer();
    // Sentences and their parse, entities and in-document resolution.
    components.push_back(std::make_unique<SentenceSplitter>());
    bool recognizer_runs = models && models->recognizer;
    bool parsed = models != nullptr;
    if (recognizer_runs) {
        std::shared_ptr<const NameRecognizer> recognizer = models->recognizer;
        components.push_back(std::make_unique<LanguageAnnotator>(std::move(models)));
        components.push_back(std::make_unique<NameAnnotator>(std::move(recognizer)));
    } else if (models) {
        components.push_back(std::make_unique<LanguageAnnotator>(std::move(models)));
    }
    components.push_back(std::make_unique<GazetteerExtractor>(gazetteer));
    components.push_back(std::make_unique<NameExtractor>(gazetteer));
    components.push_back(std::make_unique<NationalTeams>(gazetteer));
    // The recognizer's names join the lexicon and rule mentions.
    if (recognizer_runs) components.push_back(std::make_unique<RecognizerMerge>(gazetteer));
    components.push_back(std::make_unique<EventExtractor>());
    // Threat phrases of the parse first: a purpose clause's object they name is taken already.
    if (parsed) components.push_back(std::make_unique<ThreatPhraseExtractor>());
    // Events named by common nouns after the threats: "the strike" a threat names stays a threat. It also
    // rewrites the parse of "-ing" event nouns read as verbs, for the components after it.
    if (parsed) components.push_back(std::make_unique<NounEventExtractor>());
    components.push_back(std::make_unique<PurposePhraseExtractor>());
    components.push_back(std::make_unique<Resolver>(gazetteer));
    components.push_back(std::make_unique<AmountExtractor>());
    // Quotes and their speakers, then typed relations.
    components.push_back(std::make_unique<QuoteExtractor>());
    components.push_back(std::make_unique<RelationExtractor>());
    // Relations read from the parse, after the surface patterns (a title they found is not found twice).
    if (parsed) components.push_back(std::make_unique<DependencyRelations>(gazetteer));
    // The players of a match report, once the parse's possessives and titles have tied some to their team.
    if (parsed) components.push_back(std::make_unique<TeamPlayers>());
    return Pipeline(std::move(components));
}

}  // namespace newsgraph
