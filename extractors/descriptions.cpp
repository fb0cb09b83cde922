// Finding "the PARENT NOUN" descriptions and the organization they refer to.
#include "extractors/descriptions.hpp"

#include <algorithm>

#include "core/resources.hpp"
#include "core/text.hpp"
#include "extractors/text_scan.hpp"

namespace newsgraph {

namespace {
constexpr std::size_t kMaxModifierWords = 2;  // "the UN refugee agency"

std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        if (comma > start) items.push_back(ascii_lower(list.substr(start, comma - start)));
        start = comma + 1;
    }
    return items;
}

// Position of the first mention of entity `e` (text size when it has none).
std::size_t first_offset(const Document& doc, std::size_t e) {
    std::size_t best = doc.text.size();
    for (std::size_t m : doc.entities[e].mentions)
        if (m < doc.mentions.size()) best = std::min(best, doc.mentions[m].span.begin);
    return best;
}
// True when the organization's own name starts with the parent's ("UN Office ..."): the text would name it.
bool names_parent(const Entity& unit, const Entity& parent) {
    auto parent_names = scan::folded_names(parent);
    std::string acronym = scan::acronym_of(parent.name);
    if (!acronym.empty()) parent_names.push_back(acronym);
    for (const auto& u : scan::folded_names(unit))
        for (const auto& p : parent_names)
            if (u.size() > p.size() && u.compare(0, p.size(), p) == 0 && u[p.size()] == ' ') return true;
    return false;
}
}  // namespace

DescriptionFinder::DescriptionFinder() {
    for (const auto& row : tsv_resource("patterns/part_of_descriptors.tsv")) {
        if (row.size() < 3 || row[0] != "partOf") continue;
        descriptors_.push_back({ascii_lower(row[2]), row.size() > 3 ? split_list(row[3]) : std::vector<std::string>{}});
        rule_ = row[1];
    }
}

const DescriptionFinder::Descriptor* DescriptionFinder::descriptor(const std::string& word) const {
    for (const auto& d : descriptors_)
        if (d.noun == word) return &d;
    return nullptr;
}

bool DescriptionFinder::is_descriptor(const std::string& word) const { return descriptor(word) != nullptr; }

std::vector<Description> DescriptionFinder::find(const Document& doc, const scan::ScannedSentences& scans) const {
    std::vector<Description> found;
    for (std::size_t index = 0; index < doc.sentences.size(); ++index) {
        const auto& tokens = scans[index].tokens;
        const auto& placed = scans[index].placed;
        for (const auto& parent : placed) {
            if (parent.cls != EntityClass::Organization || parent.first == 0) continue;
            if (!cues_->is(Cue::Definite, tokens[parent.first - 1].low)) continue;
            for (std::size_t at = parent.end; at < tokens.size() && at <= parent.end + kMaxModifierWords; ++at) {
                if (!tokens[at].word || scan::starting_at(placed, at)) break;
                const Descriptor* d = descriptor(tokens[at].low);
                if (!d) continue;
                // "the UN refugee agency UNHCR" names its referent: the apposition rules handle it.
                if (at + 1 < tokens.size() && scan::starting_at(placed, at + 1)) break;
                Description description;
                description.span = Span{tokens[parent.first - 1].span.begin, tokens[at].span.end};
                description.parent_mention = parent.mention;
                description.parent = parent.entity;
                description.referent = doc.entities.size();
                // The organization whose name holds a fitting head noun, nearest after the description first.
                std::size_t best_distance = doc.text.size() * 2 + 1;
                for (std::size_t e = 0; e < doc.entities.size(); ++e) {
                    if (e == parent.entity || doc.entities[e].cls != EntityClass::Organization) continue;
                    bool fits = false;
                    for (const auto& name : scan::folded_names(doc.entities[e])) {
                        auto words = scan::split_cue(name);
                        for (const auto& head : d->heads)
                            if (std::find(words.begin(), words.end(), head) != words.end()) fits = true;
                    }
                    if (!fits || names_parent(doc.entities[e], doc.entities[parent.entity])) continue;
                    std::size_t where = first_offset(doc, e);
                    std::size_t distance = where >= description.span.end
                                               ? where - description.span.end
                                               : doc.text.size() + description.span.begin - where;
                    if (distance < best_distance) {
                        best_distance = distance;
                        description.referent = e;
                    }
                }
                found.push_back(description);
                break;
            }
        }
    }
    return found;
}

}  // namespace newsgraph
