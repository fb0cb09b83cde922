// The per-document entity limit: first entities kept, the rest dropped with their mentions and relations.
#include "corpus/entity_cap.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

TEST_CASE("cap_entities keeps the first entities and drops the others' mentions and relations", "[cli]") {
    Document doc;
    doc.text = "A B C D";
    for (std::size_t i = 0; i < 4; ++i) {
        Mention mention;
        mention.span = {2 * i, 2 * i + 1};
        mention.entity = static_cast<int>(i);
        doc.mentions.push_back(mention);
        Entity entity;
        entity.name = std::string(1, static_cast<char>('A' + i));
        entity.mentions = {i};
        doc.entities.push_back(entity);
    }
    Mention unresolved;
    unresolved.span = {6, 7};
    doc.mentions.push_back(unresolved);
    Relation kept, dropped;
    kept.subject = 0;
    kept.object = 1;
    dropped.subject = 1;
    dropped.object = 3;
    doc.relations = {kept, dropped};

    CHECK(cap_entities(doc, 2) == 4);
    REQUIRE(doc.entities.size() == 2);
    CHECK(doc.entities[1].name == "B");
    REQUIRE(doc.mentions.size() == 3);  // A, B and the unresolved one
    CHECK(doc.mentions[2].entity == -1);
    CHECK(doc.entities[1].mentions == std::vector<std::size_t>{1});
    REQUIRE(doc.relations.size() == 1);
    CHECK(doc.relations[0].object == 1);
    CHECK(cap_entities(doc, 0) == 2);  // 0: no limit
    CHECK(doc.entities.size() == 2);
}
