// The "relations" component on hand-made articles: positions, partOf and the
// cue-phrase relations, each with its evidence.
#include <algorithm>

#include "extractors/quote_extractor.hpp"
#include "extractors/relation_extractor.hpp"
#include "tests/extractors/hand_document.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;
using newsgraph::testing::HandDocument;

namespace {

void run_all(Document& doc) {
    static const QuoteExtractor quotes;
    static const RelationExtractor relations;
    quotes.run(doc);
    relations.run(doc);
}

const Relation* find(const Document& doc, std::size_t s, Predicate p, std::size_t o) {
    for (const auto& r : doc.relations) {
        if (r.predicate != p) continue;
        if ((r.subject == s && r.object == o) || (info(p).symmetric && r.subject == o && r.object == s)) return &r;
    }
    return nullptr;
}

std::size_t count(const Document& doc, Predicate p) {
    return static_cast<std::size_t>(
        std::count_if(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) { return r.predicate == p; }));
}

}  // namespace

TEST_CASE("holdsPosition: apposition with 'Title of Org'", "[relations]") {
    HandDocument h(
        "Yury Fedotov, Executive Director of the UN Office on Drugs and Crime (UNODC) highlighted the risks.");
    auto fedotov = h.entity(EntityClass::Person, "Yury Fedotov");
    auto unodc =
        h.entity(EntityClass::Organization, "UN Office on Drugs and Crime", {"UN Office on Drugs and Crime", "UNODC"});
    run_all(h.doc);
    const Relation* r = find(h.doc, fedotov, Predicate::HoldsPosition, unodc);
    REQUIRE(r);
    CHECK(r->role == "Executive Director");
    CHECK(r->evidence.extractor == "relations");
    CHECK(r->evidence.rule == "position/appos-title-of");
    CHECK(r->evidence.span == h.doc.sentences.front().span);
    CHECK(r->evidence.sentence == h.doc.text);
}

TEST_CASE("holdsPosition: organization and title before the name", "[relations]") {
    HandDocument h(
        "United Nations Secretary-General António Guterres arrived. UNODC Executive Director Yury Fedotov met him. "
        "Oxfam's chief Amy Lee was there.");
    auto un = h.entity(EntityClass::Organization, "United Nations");
    auto guterres = h.entity(EntityClass::Person, "António Guterres");
    auto unodc = h.entity(EntityClass::Organization, "UNODC");
    auto fedotov = h.entity(EntityClass::Person, "Yury Fedotov");
    auto oxfam = h.entity(EntityClass::Organization, "Oxfam");
    auto lee = h.entity(EntityClass::Person, "Amy Lee");
    run_all(h.doc);
    const Relation* a = find(h.doc, guterres, Predicate::HoldsPosition, un);
    const Relation* b = find(h.doc, fedotov, Predicate::HoldsPosition, unodc);
    const Relation* c = find(h.doc, lee, Predicate::HoldsPosition, oxfam);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a->role == "Secretary-General");
    CHECK(b->role == "Executive Director");
    CHECK(c->role == "chief");
}

TEST_CASE("holdsPosition: 'who heads' and 'Org's regional director'", "[relations]") {
    HandDocument h("Jane Doe, who heads the Red Cross, spoke. Tom Hart, UNICEF's regional director, agreed.");
    auto doe = h.entity(EntityClass::Person, "Jane Doe");
    auto red_cross = h.entity(EntityClass::Organization, "Red Cross");
    auto hart = h.entity(EntityClass::Person, "Tom Hart");
    auto unicef = h.entity(EntityClass::Organization, "UNICEF");
    run_all(h.doc);
    const Relation* a = find(h.doc, doe, Predicate::HoldsPosition, red_cross);
    const Relation* b = find(h.doc, hart, Predicate::HoldsPosition, unicef);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->role == "head");
    CHECK(a->evidence.rule == "position/who-heads");
    CHECK(b->role == "regional director");
}

TEST_CASE("no holdsPosition from a title without a name or a former title", "[relations]") {
    HandDocument h(
        "The Executive Director of UNODC said the plan was late. Former President Ada Park of Ruritania left.");
    h.entity(EntityClass::Organization, "UNODC");
    h.entity(EntityClass::Person, "Ada Park");
    h.entity(EntityClass::Organization, "Ruritania");
    run_all(h.doc);
    CHECK(count(h.doc, Predicate::HoldsPosition) == 0);
}

TEST_CASE("partOf from a name prefix, only between entities present", "[relations]") {
    HandDocument h(
        "The United Nations and the UN Office on Drugs and Crime met. The UN Development Programme did not.");
    auto un = h.entity(EntityClass::Organization, "United Nations");
    auto unodc = h.entity(EntityClass::Organization, "United Nations Office on Drugs and Crime",
                          {"UN Office on Drugs and Crime"});
    auto undp = h.entity(EntityClass::Organization, "UN Development Programme");
    run_all(h.doc);
    CHECK(find(h.doc, unodc, Predicate::PartOf, un));
    CHECK(find(h.doc, undp, Predicate::PartOf, un));
    CHECK_FALSE(find(h.doc, un, Predicate::PartOf, unodc));
    CHECK(count(h.doc, Predicate::PartOf) == 2);
}

TEST_CASE("partOf from an apposition and from 'the UN body' descriptions", "[relations]") {
    HandDocument h(
        "UNHCR, the UN refugee agency, opened a camp.\n\n"
        "The UN body focussing on crime prevention convened its annual session in Vienna. "
        "Mr. Ruiz addressed the Commission. Acme opened a plant in Texas.");
    auto unhcr = h.entity(EntityClass::Organization, "UNHCR");
    auto un = h.entity(EntityClass::Organization, "United Nations", {"UN"});
    h.doc.entities[un].key = "un";  // the lexicon's, which knows units of it
    auto vienna = h.entity(EntityClass::Place, "Vienna");
    auto commission = h.entity(EntityClass::Organization, "Commission");
    auto ruiz = h.entity(EntityClass::Person, "Ruiz");
    auto acme = h.entity(EntityClass::Organization, "Acme");
    auto texas = h.entity(EntityClass::Place, "Texas");
    run_all(h.doc);
    CHECK(find(h.doc, unhcr, Predicate::PartOf, un));
    CHECK(find(h.doc, commission, Predicate::PartOf, un));
    // The described body, not the UN, opened the session in Vienna.
    CHECK(find(h.doc, commission, Predicate::LocatedIn, vienna));
    CHECK_FALSE(find(h.doc, un, Predicate::LocatedIn, vienna));
    CHECK(find(h.doc, ruiz, Predicate::Addressed, commission));
    // a company that opens a plant somewhere is not thereby located there
    CHECK_FALSE(find(h.doc, acme, Predicate::LocatedIn, texas));
}

TEST_CASE("counters and pursues: the sentence's subject, not a later name", "[relations]") {
    HandDocument h(
        "Interpol highlighted the importance of cooperation with Europol for achieving the Sustainable Development "
        "Goals "
        "and countering the rising threat of crime online.");
    auto interpol = h.entity(EntityClass::Organization, "Interpol");
    auto europol = h.entity(EntityClass::Organization, "Europol");
    auto sdgs = h.entity(EntityClass::Goal, "Sustainable Development Goals");
    auto cyber = h.entity(EntityClass::Threat, "cybercrime", {"crime online"});
    run_all(h.doc);
    const Relation* p = find(h.doc, interpol, Predicate::Pursues, sdgs);
    REQUIRE(p);
    CHECK(p->evidence.rule == "verb/achieve");
    CHECK(find(h.doc, interpol, Predicate::Counters, cyber));
    CHECK_FALSE(find(h.doc, europol, Predicate::Counters, cyber));
}

TEST_CASE("an aim stated in a quote belongs to its speaker", "[relations]") {
    HandDocument h(
        "Mr. Ford leads the agency.\n\n"
        "An international effort \"to prevent and counter cybercrime is vitally necessary,\" he said.");
    auto ford = h.entity(EntityClass::Person, "Ford");
    auto cyber = h.entity(EntityClass::Threat, "cybercrime");
    run_all(h.doc);
    CHECK(find(h.doc, ford, Predicate::Counters, cyber));
}

TEST_CASE("partnerOf from coordination and from 'in partnership with'", "[relations]") {
    HandDocument h(
        "\"The Commission and UNODC have pursued effective partnerships,\" Ms. Bell said. "
        "Save the Children works in partnership with UNICEF.");
    auto commission = h.entity(EntityClass::Organization, "Commission");
    auto unodc = h.entity(EntityClass::Organization, "UNODC");
    h.entity(EntityClass::Person, "Bell");
    auto stc = h.entity(EntityClass::Organization, "Save the Children");
    auto unicef = h.entity(EntityClass::Organization, "UNICEF");
    run_all(h.doc);
    CHECK(find(h.doc, commission, Predicate::PartnerOf, unodc));
    CHECK(find(h.doc, stc, Predicate::PartnerOf, unicef));
    CHECK(count(h.doc, Predicate::PartnerOf) == 2);
}

TEST_CASE("definite subject 'the session' and lists after a semicolon", "[relations]") {
    HandDocument h(
        "The annual session opened in Vienna.\n\n"
        "Over the coming days, the session will discuss resolutions in the context of the 2030 Agenda; "
        "preventing and countering human trafficking; and legal aid.");
    auto session = h.entity(EntityClass::Event, "annual session");
    auto vienna = h.entity(EntityClass::Place, "Vienna");
    auto agenda = h.entity(EntityClass::Goal, "2030 Agenda");
    auto trafficking = h.entity(EntityClass::Threat, "human trafficking");
    run_all(h.doc);
    CHECK(find(h.doc, session, Predicate::Pursues, agenda));
    CHECK(find(h.doc, session, Predicate::Counters, trafficking));
    CHECK(find(h.doc, session, Predicate::LocatedIn, vienna));
}

TEST_CASE("targets with 'it', participatesIn, and no locatedIn from a visit", "[relations]") {
    HandDocument h(
        "Ransomware spreads fast. Experts say it targets Maersk and other shippers. "
        "Mr. Diaz attended the Munich Security Conference. Mr. Diaz visited Vienna on Monday.");
    auto ransomware = h.entity(EntityClass::Threat, "ransomware", {"Ransomware"});
    auto maersk = h.entity(EntityClass::Organization, "Maersk");
    auto diaz = h.entity(EntityClass::Person, "Diaz");
    auto msc = h.entity(EntityClass::Event, "Munich Security Conference");
    auto vienna = h.entity(EntityClass::Place, "Vienna");
    run_all(h.doc);
    CHECK(find(h.doc, ransomware, Predicate::Targets, maersk));
    CHECK(find(h.doc, diaz, Predicate::ParticipatesIn, msc));
    CHECK_FALSE(find(h.doc, diaz, Predicate::LocatedIn, vienna));
}

TEST_CASE("an amount is about the threat its sentence is about", "[relations]") {
    HandDocument h("Cybercrime is estimated to generate some $1.5 trillion in revenue per year.");
    auto cyber = h.entity(EntityClass::Threat, "cybercrime", {"Cybercrime"});
    auto amount = h.entity(EntityClass::Amount, "$1.5 trillion");
    h.doc.entities[amount].span = h.doc.mentions[h.doc.entities[amount].mentions.front()].span;
    run_all(h.doc);
    const Relation* r = find(h.doc, amount, Predicate::About, cyber);
    REQUIRE(r);
    CHECK(r->evidence.rule == "amount/sentence-topic");
}

TEST_CASE("partOf needs a name the text uses and a real unit name", "[relations]") {
    HandDocument h(
        "The University of Sheffield led the study with the US National Science Foundation. "
        "The Andy Warhol Foundation for the Visual Arts and the Andy Warhol Foundation gave prints.");
    h.entity(EntityClass::Organization, "University of Sheffield");
    h.entity(EntityClass::Organization, "US National Science Foundation");
    h.entity(EntityClass::Organization, "Andy Warhol Foundation for the Visual Arts");
    h.entity(EntityClass::Organization, "Andy Warhol Foundation");
    run_all(h.doc);
    CHECK(count(h.doc, Predicate::PartOf) == 0);
}

TEST_CASE("a one-word short form of a two-word name is no body the name is part of", "[relations]") {
    HandDocument h("Analysts at Zorvex Sachs raised targets. A Zorvex analyst agreed. Krell Foundation and Krell met.");
    auto sachs = h.entity(EntityClass::Organization, "Zorvex Sachs");
    auto zorvex = h.entity(EntityClass::Organization, "Zorvex");
    auto foundation = h.entity(EntityClass::Organization, "Krell Foundation");
    auto krell = h.entity(EntityClass::Organization, "Krell");
    run_all(h.doc);
    CHECK_FALSE(find(h.doc, sachs, Predicate::PartOf, zorvex));
    // near miss: an ordinary word or a head word after the shared name names a unit of the body
    CHECK(find(h.doc, foundation, Predicate::PartOf, krell));
}

TEST_CASE("holdsPosition: coordinated appositions, parentheses and describing words", "[relations]") {
    HandDocument h(
        "Professor Cres Eastman, Director of the National Iodine study, and Chairman of the Iodine Centre, spoke. "
        "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, replied. "
        "Labour's Shadow Home Secretary Yvette Cooper agreed.");
    auto eastman = h.entity(EntityClass::Person, "Cres Eastman");
    auto centre = h.entity(EntityClass::Organization, "Iodine Centre");
    auto cei = h.entity(EntityClass::Organization, "CEI");
    auto galantino = h.entity(EntityClass::Person, "Nunzio Galantino");
    auto labour = h.entity(EntityClass::Organization, "Labour");
    auto cooper = h.entity(EntityClass::Person, "Yvette Cooper");
    run_all(h.doc);
    const Relation* a = find(h.doc, eastman, Predicate::HoldsPosition, centre);
    const Relation* b = find(h.doc, galantino, Predicate::HoldsPosition, cei);
    const Relation* c = find(h.doc, cooper, Predicate::HoldsPosition, labour);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a->role == "Chairman");
    CHECK(b->role == "secretary general");
    CHECK(c->role == "Shadow Home Secretary");
}

TEST_CASE("holdsPosition: a second title joined by 'and' right after the first organization", "[relations]") {
    HandDocument h(
        "Sarah Crew, Chief Constable of Avon and Somerset Police and chair of the Police Chiefs' Council, said so.");
    auto crew = h.entity(EntityClass::Person, "Sarah Crew");
    auto force = h.entity(EntityClass::Organization, "Avon and Somerset Police");
    auto council = h.entity(EntityClass::Organization, "Police Chiefs' Council");
    run_all(h.doc);
    const Relation* first = find(h.doc, crew, Predicate::HoldsPosition, force);
    const Relation* second = find(h.doc, crew, Predicate::HoldsPosition, council);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->role == "Chief Constable");
    CHECK(second->role == "chair");
}

TEST_CASE("partOf from the organization lexicon's parent column, only when the parent is present", "[relations]") {
    HandDocument h("UNICEF and the United Nations met donors. UNHCR sent a team.");
    auto unicef = h.entity(EntityClass::Organization, "United Nations Children's Fund", {"UNICEF"});
    auto un = h.entity(EntityClass::Organization, "United Nations");
    auto unhcr = h.entity(EntityClass::Organization, "UNHCR");
    h.doc.entities[unicef].key = "unicef";
    h.doc.entities[un].key = "un";
    h.doc.entities[unhcr].key = "unhcr";
    HandDocument alone("UNHCR sent a team.");
    auto lone = alone.entity(EntityClass::Organization, "UNHCR");
    alone.doc.entities[lone].key = "unhcr";
    run_all(h.doc);
    run_all(alone.doc);
    const Relation* r = find(h.doc, unicef, Predicate::PartOf, un);
    REQUIRE(r);
    CHECK(r->evidence.rule == "partof/lexicon-parent");
    CHECK(find(h.doc, unhcr, Predicate::PartOf, un));
    CHECK(count(alone.doc, Predicate::PartOf) == 0);
}

namespace {
// An amount entity with its span set from its mention, as the amount extractor leaves it.
std::size_t amount_entity(HandDocument& h, const std::string& text) {
    auto amount = h.entity(EntityClass::Amount, text);
    h.doc.entities[amount].span = h.doc.mentions[h.doc.entities[amount].mentions.front()].span;
    return amount;
}
}  // namespace

TEST_CASE("an amount is about what it qualifies, who gives it or the organization its sentence opens with",
          "[relations]") {
    HandDocument h(
        "Paris – The Relief Agency has released $3 million to help farmers. "
        "Officials approved a EUR 450m Harbour Fund on Monday. "
        "Seeds were paid for with a $6 million grant from Green Trust. "
        "The court said officials at the Relief Agency hid 90,000 euros for years.");
    auto agency = h.entity(EntityClass::Organization, "Relief Agency");
    auto fund = h.entity(EntityClass::Organization, "Harbour Fund");
    auto trust = h.entity(EntityClass::Organization, "Green Trust");
    auto released = amount_entity(h, "$3 million");
    auto approved = amount_entity(h, "EUR 450m");
    auto grant = amount_entity(h, "$6 million");
    auto hidden = amount_entity(h, "90,000 euros");
    run_all(h.doc);
    const Relation* a = find(h.doc, released, Predicate::About, agency);
    const Relation* b = find(h.doc, approved, Predicate::About, fund);
    const Relation* c = find(h.doc, grant, Predicate::About, trust);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a->evidence.rule == "amount/sentence-subject");
    CHECK(b->evidence.rule == "amount/qualifies");
    CHECK(c->evidence.rule == "amount/from");
    // The agency is named after a preposition, not as the sentence's subject: no edge.
    CHECK_FALSE(find(h.doc, hidden, Predicate::About, agency));
}

TEST_CASE("a name after an aide of a title holder is the aide's, not the holder's", "[relations]") {
    HandDocument h(
        "The spokesperson for the WCO Secretary-General, Rahul Iyer, spoke. "
        "The WCO Secretary-General, Imogen Reid, agreed.");
    auto wco = h.entity(EntityClass::Organization, "WCO");
    auto iyer = h.entity(EntityClass::Person, "Rahul Iyer");
    auto reid = h.entity(EntityClass::Person, "Imogen Reid");
    run_all(h.doc);
    CHECK_FALSE(find(h.doc, iyer, Predicate::HoldsPosition, wco));
    // near miss: with no aide before it, the name is the title holder's
    const Relation* held = find(h.doc, reid, Predicate::HoldsPosition, wco);
    REQUIRE(held);
    CHECK(held->evidence.rule == "position/org-title-comma-name");
}

TEST_CASE("holdsPosition: 'Org's title, Name', 'its chairman, Name' and 'Name, the company's chief'", "[relations]") {
    HandDocument h(
        "Harbour Logistics reported a breach. \"We did not pay,\" said Mia Fair, the company's chief executive. "
        "According to the ACSC's head, Imogen Reid, the attackers used stolen details. "
        "The WCO's director of compliance, Rahul Iyer, spoke. Its chairman, Bashir Musa, agreed. "
        "Zara Field, head of advocacy at Clean Ledger, said more. "
        "Ann Oko, founder of the Lagos-based charity Second Step, spoke too.");
    auto harbour = h.entity(EntityClass::Organization, "Harbour Logistics");
    auto fair = h.entity(EntityClass::Person, "Mia Fair");
    auto acsc = h.entity(EntityClass::Organization, "ACSC");
    auto reid = h.entity(EntityClass::Person, "Imogen Reid");
    auto wco = h.entity(EntityClass::Organization, "WCO");
    auto iyer = h.entity(EntityClass::Person, "Rahul Iyer");
    auto musa = h.entity(EntityClass::Person, "Bashir Musa");
    auto field = h.entity(EntityClass::Person, "Zara Field");
    auto ledger = h.entity(EntityClass::Organization, "Clean Ledger");
    auto oko = h.entity(EntityClass::Person, "Ann Oko");
    auto step = h.entity(EntityClass::Organization, "Second Step");
    run_all(h.doc);
    const Relation* a = find(h.doc, fair, Predicate::HoldsPosition, harbour);
    const Relation* b = find(h.doc, reid, Predicate::HoldsPosition, acsc);
    const Relation* c = find(h.doc, iyer, Predicate::HoldsPosition, wco);
    const Relation* d = find(h.doc, musa, Predicate::HoldsPosition, wco);
    const Relation* e = find(h.doc, field, Predicate::HoldsPosition, ledger);
    const Relation* f = find(h.doc, oko, Predicate::HoldsPosition, step);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    REQUIRE(d);
    REQUIRE(e);
    REQUIRE(f);
    CHECK(a->role == "chief executive");
    CHECK(a->evidence.rule == "position/appos-reference-title");
    CHECK(b->role == "head");
    CHECK(b->evidence.rule == "position/org-title-comma-name");
    CHECK(c->role == "director of compliance");
    CHECK(d->role == "chairman");
    CHECK(e->role == "head of advocacy");
    CHECK(f->role == "founder");
}

TEST_CASE("partnerOf: an organization working with another", "[relations]") {
    HandDocument h(
        "The Cyber Centre said it was working closely with the Federal Police. "
        "Detectives later worked with the Crime Agency.");
    auto centre = h.entity(EntityClass::Organization, "Cyber Centre");
    auto police = h.entity(EntityClass::Organization, "Federal Police");
    auto agency = h.entity(EntityClass::Organization, "Crime Agency");
    run_all(h.doc);
    const Relation* r = find(h.doc, centre, Predicate::PartnerOf, police);
    REQUIRE(r);
    CHECK(r->evidence.rule == "verb/work-with");
    // No organization is the subject of the second sentence.
    CHECK_FALSE(find(h.doc, centre, Predicate::PartnerOf, agency));
    CHECK_FALSE(find(h.doc, police, Predicate::PartnerOf, agency));
}

TEST_CASE("'its' reaches back one sentence; 'the company's' reaches the company named earlier", "[relations]") {
    HandDocument h(
        "Acme Corp. cut jobs. The plan was made in March. Workers were angry. Its regional leader, Ann Lee, spoke. "
        "The company's chief executive, Bo Park, agreed.");
    auto acme = h.entity(EntityClass::Organization, "Acme Corp.");
    auto lee = h.entity(EntityClass::Person, "Ann Lee");
    auto park = h.entity(EntityClass::Person, "Bo Park");
    run_all(h.doc);
    CHECK_FALSE(find(h.doc, lee, Predicate::HoldsPosition, acme));
    CHECK(find(h.doc, park, Predicate::HoldsPosition, acme));
}

TEST_CASE("'its' does not stand for an organization that only describes a noun before a hyphen", "[relations]") {
    HandDocument h("The vote hurt the Labour-run council. Its leader, Jane Aston, spoke.");
    auto labour = h.entity(EntityClass::Organization, "Labour");
    auto aston = h.entity(EntityClass::Person, "Jane Aston");
    run_all(h.doc);
    CHECK_FALSE(find(h.doc, aston, Predicate::HoldsPosition, labour));
    // near miss: the organization named as such
    HandDocument named("The vote hurt the Labour Party. Its leader, Jane Aston, spoke.");
    auto party = named.entity(EntityClass::Organization, "Labour Party");
    auto leader = named.entity(EntityClass::Person, "Jane Aston");
    run_all(named.doc);
    CHECK(find(named.doc, leader, Predicate::HoldsPosition, party));
}

TEST_CASE("a demonym before a public office names the place of the position; 'a member of' is a membership",
          "[relations]") {
    HandDocument h(
        "Japanese Prime Minister Toshiki Kaifu arrived. Japanese engineer Ken Sato left. Ali Khan, a member of the "
        "MQM, was held.");
    auto japan = h.entity(EntityClass::Place, "Japanese");
    auto kaifu = h.entity(EntityClass::Person, "Toshiki Kaifu");
    auto sato = h.entity(EntityClass::Person, "Ken Sato");
    auto khan = h.entity(EntityClass::Person, "Ali Khan");
    auto mqm = h.entity(EntityClass::Organization, "MQM");
    run_all(h.doc);
    const Relation* office = find(h.doc, kaifu, Predicate::HoldsPosition, japan);
    REQUIRE(office);
    CHECK(office->role == "Prime Minister");
    CHECK_FALSE(find(h.doc, sato, Predicate::HoldsPosition, japan));
    CHECK(find(h.doc, khan, Predicate::MemberOf, mqm));
    CHECK_FALSE(find(h.doc, khan, Predicate::HoldsPosition, mqm));
}

TEST_CASE("a killing, shooting or arrest stated right after its agent's name", "[relations]") {
    HandDocument h(
        "Lee Oswald assassinated President John Kennedy. Gunmen loyal to Pablo Escobar killed Luis Galan. John "
        "Booth shot Abraham Lincoln.");
    auto oswald = h.entity(EntityClass::Person, "Lee Oswald");
    auto kennedy = h.entity(EntityClass::Person, "John Kennedy");
    auto escobar = h.entity(EntityClass::Person, "Pablo Escobar");
    auto galan = h.entity(EntityClass::Person, "Luis Galan");
    auto booth = h.entity(EntityClass::Person, "John Booth");
    auto lincoln = h.entity(EntityClass::Person, "Abraham Lincoln");
    run_all(h.doc);
    CHECK(find(h.doc, oswald, Predicate::Killed, kennedy));
    CHECK_FALSE(find(h.doc, kennedy, Predicate::Killed, oswald));
    CHECK_FALSE(find(h.doc, escobar, Predicate::Killed, galan));
    CHECK(find(h.doc, booth, Predicate::Injured, lincoln));

    HandDocument k("Police said Mark Chapman shot and killed John Lennon outside the Dakota.");
    auto chapman = k.entity(EntityClass::Person, "Mark Chapman");
    auto lennon = k.entity(EntityClass::Person, "John Lennon");
    run_all(k.doc);
    CHECK(find(k.doc, chapman, Predicate::Killed, lennon));
}

TEST_CASE("'Mayor X of Y' holds the office of the place; a leader's title before a name and 'of Org' is a post",
          "[relations]") {
    HandDocument h(
        "Mayor Tom Bradley of Los Angeles announced the plan. Chairman Alan Greenspan of the Federal Reserve spoke. "
        "Councillor Wu Ming of the Labour Party was elected. Engineer Ken Sato of Osaka left.");
    auto bradley = h.entity(EntityClass::Person, "Tom Bradley");
    auto angeles = h.entity(EntityClass::Place, "Los Angeles");
    auto greenspan = h.entity(EntityClass::Person, "Alan Greenspan");
    auto fed = h.entity(EntityClass::Organization, "Federal Reserve");
    auto wu = h.entity(EntityClass::Person, "Wu Ming");
    auto labour = h.entity(EntityClass::Organization, "Labour Party");
    auto sato = h.entity(EntityClass::Person, "Ken Sato");
    auto osaka = h.entity(EntityClass::Place, "Osaka");
    run_all(h.doc);
    const Relation* mayor = find(h.doc, bradley, Predicate::HoldsPosition, angeles);
    REQUIRE(mayor);
    CHECK(mayor->role == "Mayor");
    CHECK(find(h.doc, greenspan, Predicate::HoldsPosition, fed));
    CHECK_FALSE(find(h.doc, wu, Predicate::HoldsPosition, labour));
    CHECK_FALSE(find(h.doc, sato, Predicate::HoldsPosition, osaka));
}

TEST_CASE("'the BBC correspondent, X': an organization's title before a comma and a name, with no possessive",
          "[relations]") {
    HandDocument h("The BBC correspondent, John Smith, reported from Kabul.");
    auto bbc = h.entity(EntityClass::Organization, "BBC");
    auto smith = h.entity(EntityClass::Person, "John Smith");
    run_all(h.doc);
    const Relation* position = find(h.doc, smith, Predicate::HoldsPosition, bbc);
    REQUIRE(position);
    CHECK(position->role == "correspondent");
}

TEST_CASE("'based in City, State' is based in the city; 'based in A, B and C' in all three", "[relations]") {
    HandDocument h("Chrysler is based in Highland Park, Michigan. Acme is based in Paris, London and Rome.");
    auto chrysler = h.entity(EntityClass::Organization, "Chrysler");
    auto park = h.entity(EntityClass::Place, "Highland Park");
    auto michigan = h.entity(EntityClass::Place, "Michigan");
    auto acme = h.entity(EntityClass::Organization, "Acme");
    auto paris = h.entity(EntityClass::Place, "Paris");
    auto london = h.entity(EntityClass::Place, "London");
    auto rome = h.entity(EntityClass::Place, "Rome");
    run_all(h.doc);
    CHECK(find(h.doc, chrysler, Predicate::BasedIn, park));
    CHECK_FALSE(find(h.doc, chrysler, Predicate::BasedIn, michigan));
    CHECK(find(h.doc, acme, Predicate::BasedIn, paris));
    CHECK(find(h.doc, acme, Predicate::BasedIn, london));
    CHECK(find(h.doc, acme, Predicate::BasedIn, rome));
}
