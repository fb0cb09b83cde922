#include "tests/language/name_slice.hpp"

#include <string>

namespace newsgraph::test {

namespace {

// Made-up capitalized names, so nothing is known about them but their context.
const std::vector<std::string> kNames{"Talor", "Menvik", "Sorrel", "Quade", "Bastor", "Ilvane", "Corrow", "Dunmere"};
const std::vector<std::string> kNewNames{"Parvel", "Ostrin", "Weldan", "Krayle", "Fenmor", "Jassik"};

struct Builder {
    unsigned state;
    bool held_out;
    NameExample example;

    unsigned next() {
        state = state * 1103515245u + 12345u;
        return (state >> 16) & 0x7FFF;
    }
    const std::string& name() {
        const auto& pool = held_out ? kNewNames : kNames;
        return pool[next() % pool.size()];
    }
    void word(const std::string& form, const char* upos) {
        Word& w = example.words.emplace_back();
        w.form = form;
        w.lemma = form;
        w.upos = upos;
    }
    // A name of `words` made-up words (and `suffix`, "Corp" for an organization) typed `type`.
    void name(const char* type, int words, const char* suffix = nullptr) {
        std::size_t first = example.words.size();
        for (int i = 0; i < words; ++i) word(name(), "PROPN");
        if (suffix) word(suffix, "PROPN");
        example.names.push_back({first, example.words.size(), type, 1.0});
    }
    void words(std::initializer_list<std::pair<const char*, const char*>> list) {
        for (const auto& [form, upos] : list) word(form, upos);
    }
};

}  // namespace

std::vector<NameExample> name_slice(std::size_t count, unsigned seed, bool held_out) {
    Builder b{seed, held_out, {}};
    std::vector<NameExample> out;
    for (std::size_t s = 0; s < count; ++s) {
        b.example = NameExample();
        switch (b.next() % 4) {
            case 0:
                b.name("person", 2);
                b.words({{"visited", "VERB"}, {"the", "DET"}, {"office", "NOUN"}, {"in", "ADP"}});
                b.name("place", 1);
                break;
            case 1:
                b.words({{"Workers", "NOUN"}, {"at", "ADP"}});
                b.name("organization", 1, "Corp");
                b.words({{"met", "VERB"}, {"Mrs.", "PROPN"}});
                b.name("person", 1);
                break;
            case 2:
                b.words({{"She", "PRON"}, {"moved", "VERB"}, {"to", "ADP"}});
                b.name("place", 1);
                b.words({{"and", "CCONJ"}, {"joined", "VERB"}});
                b.name("organization", 1, "Group");
                break;
            default:
                b.words({{"Mr.", "PROPN"}});
                b.name("person", 1);
                b.words({{"lives", "VERB"}, {"near", "ADP"}});
                b.name("place", 1);
                break;
        }
        b.word(".", "PUNCT");
        out.push_back(std::move(b.example));
    }
    return out;
}

}  // namespace newsgraph::test
