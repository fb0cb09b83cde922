// Builds small Documents by hand for extractor unit tests: sentences split at
// ". " and blank lines, entities with a mention at every whole-word
// occurrence of their surface forms (as the resolver would leave them).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "core/document.hpp"

namespace newsgraph::testing {

class HandDocument {
public:
    // `headline`: the first line becomes a headline sentence.
    explicit HandDocument(std::string text, bool headline = false) {
        doc.id = "hand";
        doc.text = std::move(text);
        split(headline);
    }

    // Adds an entity and a mention for each whole-word occurrence of every surface form; returns its index.
    std::size_t entity(EntityClass cls, const std::string& name, std::vector<std::string> surfaces = {}) {
        if (surfaces.empty()) surfaces.push_back(name);
        std::sort(surfaces.begin(), surfaces.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
        std::size_t index = doc.entities.size();
        Entity e;
        e.cls = cls;
        e.name = name;
        for (const auto& s : surfaces)
            if (s != name) e.aliases.push_back(s);
        doc.entities.push_back(e);
        for (const auto& surface : surfaces) {
            for (std::size_t at = doc.text.find(surface); at != std::string::npos;
                 at = doc.text.find(surface, at + 1)) {
                std::size_t end = at + surface.size();
                bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(doc.text[at - 1]));
                bool right = end >= doc.text.size() || !std::isalnum(static_cast<unsigned char>(doc.text[end]));
                bool taken = std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
                    return m.span.overlaps(Span{at, end});
                });
                if (!left || !right || taken) continue;
                Mention m;
                m.span = Span{at, end};
                m.cls = cls;
                m.name = name;
                m.entity = static_cast<int>(index);
                doc.entities[index].mentions.push_back(doc.mentions.size());
                doc.mentions.push_back(m);
            }
        }
        std::sort(doc.mentions.begin(), doc.mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.span < b.span; });
        for (auto& ent : doc.entities) ent.mentions.clear();
        for (std::size_t m = 0; m < doc.mentions.size(); ++m)
            doc.entities[static_cast<std::size_t>(doc.mentions[m].entity)].mentions.push_back(m);
        return index;
    }

    Document doc;

private:
    void split(bool headline) {
        const std::string& t = doc.text;
        std::size_t start = 0;
        auto push = [&](std::size_t end) {
            while (start < end && (t[start] == ' ' || t[start] == '\n')) ++start;
            std::size_t stop = end;
            while (stop > start && (t[stop - 1] == ' ' || t[stop - 1] == '\n')) --stop;
            if (stop > start) {
                Sentence s;
                s.span = Span{start, stop};
                s.headline = headline && doc.sentences.empty();
                doc.sentences.push_back(s);
            }
            start = end;
        };
        for (std::size_t at = 0; at < t.size(); ++at) {
            if (headline && doc.sentences.empty() && t[at] == '\n') {
                push(at);
                continue;
            }
            if (t.compare(at, 2, "\n\n") == 0) {
                push(at);
                continue;
            }
            bool end_mark = t[at] == '.' || t[at] == '?' || t[at] == '!';
            if (!end_mark) continue;
            std::size_t after = at + 1;
            while (after < t.size() && (t[after] == '"')) ++after;
            if (after < t.size() && t[after] != ' ' && t[after] != '\n') continue;
            std::size_t word = at;
            while (word > 0 && std::isalpha(static_cast<unsigned char>(t[word - 1]))) --word;
            std::string before = t.substr(word, at - word);
            if (before == "Mr" || before == "Ms" || before == "Mrs" || before == "Dr") continue;
            push(after);
        }
        push(t.size());
    }
};

}  // namespace newsgraph::testing
