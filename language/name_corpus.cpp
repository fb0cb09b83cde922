// Readers of GUM entity annotation and Universal NER IOB2, and the IOB2 writer.
#include "language/name_corpus.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"

namespace newsgraph {

const std::vector<std::string>& gum_name_types() {
    static const std::vector<std::string> types = {"person", "organization", "place", "event"};
    return types;
}

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i)
        if (i == line.size() || line[i] == '\t') {
            fields.push_back(line.substr(start, i - start));
            start = i + 1;
        }
    return fields;
}

bool is_number(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

[[noreturn]] void fail(const std::string& file, std::size_t line, const std::string& what) {
    throw Error(file + ":" + std::to_string(line), what);
}

std::string comment_value(const std::string& line, const std::string& key) {
    std::string prefix = "# " + key + " = ";
    return line.compare(0, prefix.size(), prefix) == 0 ? line.substr(prefix.size()) : std::string();
}

// A GUM mention being read: where it starts and its type.
struct GumMention {
    std::size_t first = 0, end = 0;
    std::string type;
};

// The mentions one MISC Entity value opens and closes at word `index`.
void read_entity(const std::string& value, std::size_t index, std::map<std::string, std::vector<GumMention>>& open,
                 std::vector<GumMention>& done, const std::string& file, std::size_t line) {
    for (std::size_t i = 0; i < value.size();) {
        if (value[i] == '(') {
            std::size_t stop = value.find_first_of("()", i + 1);
            std::string body = value.substr(i + 1, stop == std::string::npos ? std::string::npos : stop - i - 1);
            std::size_t dash = body.find('-');
            if (dash == std::string::npos || !is_number(body.substr(0, dash)))
                fail(file, line, "malformed Entity bracket '" + value + "'");
            std::size_t type_end = body.find('-', dash + 1);
            GumMention mention{index, index + 1, body.substr(dash + 1, type_end - dash - 1)};
            if (stop != std::string::npos && value[stop] == ')') {
                done.push_back(mention);
                i = stop + 1;
            } else {
                open[body.substr(0, dash)].push_back(mention);
                i = stop == std::string::npos ? value.size() : stop;
            }
            continue;
        }
        std::size_t close = value.find(')', i);
        std::string id = value.substr(i, close == std::string::npos ? std::string::npos : close - i);
        auto found = open.find(id);
        if (close == std::string::npos || !is_number(id) || found == open.end() || found->second.empty())
            fail(file, line, "Entity closes a mention that is not open: '" + value + "'");
        GumMention mention = found->second.back();
        found->second.pop_back();
        mention.end = index + 1;
        done.push_back(mention);
        i = close + 1;
    }
}

std::string without_period(std::string_view word) {
    return std::string(word.size() > 1 && word.back() == '.' ? word.substr(0, word.size() - 1) : word);
}

// Lower-case words allowed between the proper nouns of one name.
const std::set<std::string>& connectors() {
    static const std::set<std::string> words = [] {
        std::set<std::string> out;
        for (const auto& row : tsv_resource("lexicons/name_connectors.tsv")) out.insert(row.at(0));
        return out;
    }();
    return words;
}

// Titles that introduce a person's name ("President", "Dr"), lower-case, without a final period.
const std::set<std::string>& titles() {
    static const std::set<std::string> words = [] {
        std::set<std::string> out;
        for (const auto& row : tsv_resource("lexicons/titles.tsv")) out.insert(ascii_lower(without_period(row.at(0))));
        return out;
    }();
    return words;
}

// `span` without the titles it starts with ("President Vladimir Putin" -> "Vladimir Putin"): Universal
// NER leaves them out of a person's name.
void drop_titles(const std::vector<Word>& words, NameSpan& span) {
    for (bool found = true; found && span.end - span.first > 1;) {
        found = false;
        std::string phrase;
        for (std::size_t i = span.first; i + 1 < span.end && i < span.first + 4; ++i) {
            phrase += (phrase.empty() ? "" : " ") + ascii_lower(without_period(words[i].form));
            if (titles().count(phrase)) {
                span.first = i + 1;
                found = true;
            }
        }
    }
}

// A word that belongs to a name around a PROPN: a PROPN, or a capitalized adjective, noun or verb
// ("United" of "United States").
bool in_name(const Word& word) {
    if (word.upos == "PROPN") return true;
    bool content = word.upos == "ADJ" || word.upos == "NOUN" || word.upos == "VERB";
    return content && !word.form.empty() && word.form[0] >= 'A' && word.form[0] <= 'Z';
}

// The name inside a mention: the PROPN run around its head (empty span when the head is not a PROPN).
NameSpan named_part(const std::vector<Word>& words, const GumMention& mention) {
    std::size_t head = mention.first;
    for (std::size_t i = mention.first; i < mention.end; ++i) {
        int h = words[i].head;
        if (h < static_cast<int>(mention.first) || h >= static_cast<int>(mention.end)) {
            head = i;
            break;
        }
    }
    bool person = mention.type == "person";
    if (words[head].upos != "PROPN" || (person && words[head].xpos == "NNPS")) return {};
    std::size_t first = head, end = head + 1;
    while (first > mention.first && in_name(words[first - 1])) --first;
    while (end < mention.end) {
        if (in_name(words[end]) || words[end].upos == "NUM") {
            ++end;
            continue;
        }
        std::size_t next = end;
        while (!person && next < mention.end && connectors().count(words[next].form)) ++next;
        if (next == end || next == mention.end || words[next].upos != "PROPN") break;
        end = next + 1;
    }
    NameSpan name{first, end, mention.type, 1.0};
    if (mention.type == "person") drop_titles(words, name);
    return name;
}

// The named mentions of one sentence, outermost first, not overlapping, in order.
std::vector<NameSpan> named_mentions(const std::vector<Word>& words, std::vector<GumMention> mentions) {
    std::stable_sort(mentions.begin(), mentions.end(), [](const GumMention& a, const GumMention& b) {
        return a.end - a.first != b.end - b.first ? a.end - a.first > b.end - b.first : a.first < b.first;
    });
    std::vector<NameSpan> names;
    const auto& types = gum_name_types();
    for (const GumMention& mention : mentions) {
        if (std::find(types.begin(), types.end(), mention.type) == types.end()) continue;
        NameSpan name = named_part(words, mention);
        if (name.end == 0) continue;
        bool overlaps = std::any_of(names.begin(), names.end(),
                                    [&](const NameSpan& n) { return n.first < name.end && name.first < n.end; });
        if (!overlaps) names.push_back(name);
    }
    std::sort(names.begin(), names.end(), [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
    return names;
}

}  // namespace

std::vector<NameExample> read_gum_names(std::istream& in, const std::string& file_name) {
    std::vector<NameExample> out;
    std::string document, line;
    NameExample current;
    std::map<std::string, std::vector<GumMention>> open;
    std::vector<GumMention> done;
    std::size_t number = 0;
    auto finish = [&]() {
        for (const auto& [id, list] : open)
            if (!list.empty()) fail(file_name, number, "mention " + id + " is not closed in its sentence");
        if (!current.words.empty()) {
            current.names = named_mentions(current.words, std::move(done));
            current.document = document;
            out.push_back(std::move(current));
        }
        current = NameExample();
        open.clear();
        done.clear();
    };
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            finish();
            continue;
        }
        if (line[0] == '#') {
            if (std::string id = comment_value(line, "newdoc id"); !id.empty()) document = id;
            if (std::string id = comment_value(line, "sent_id"); !id.empty()) current.sentence_id = id;
            continue;
        }
        std::vector<std::string> fields = split_tabs(line);
        if (fields.size() != 10) fail(file_name, number, "expected 10 tab-separated fields");
        if (!is_number(fields[0])) continue;  // multiword token or empty node
        if (!is_number(fields[6])) fail(file_name, number, "HEAD is not a number");
        Word& word = current.words.emplace_back();
        word.form = fields[1];
        word.upos = fields[3];
        word.xpos = fields[4];
        word.head = std::stoi(fields[6]) - 1;
        std::size_t at = fields[9].find("Entity=");
        if (at != std::string::npos && (at == 0 || fields[9][at - 1] == '|')) {
            std::size_t stop = fields[9].find('|', at);
            read_entity(fields[9].substr(at + 7, stop == std::string::npos ? std::string::npos : stop - at - 7),
                        current.words.size() - 1, open, done, file_name, number);
        }
    }
    ++number;
    finish();
    return out;
}

std::vector<NameExample> read_gum_names_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, "cannot read the file");
    return read_gum_names(in, path);
}

namespace {

std::string gum_type_of(const std::string& uner) {
    return uner == "PER" ? "person" : uner == "ORG" ? "organization" : uner == "LOC" ? "place" : ascii_lower(uner);
}

std::string uner_type_of(const std::string& gum) {
    if (gum == "person" || gum == "organization" || gum == "place")
        return gum == "person" ? "PER" : gum == "place" ? "LOC" : "ORG";
    std::string upper = gum;
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return upper;
}

}  // namespace

std::vector<NameExample> read_iob2_names(std::istream& in, const std::string& file_name) {
    std::vector<NameExample> out;
    std::string document, line, open_type;
    NameExample current;
    std::size_t number = 0;
    auto finish = [&]() {
        if (!current.words.empty()) {
            current.document = document;
            out.push_back(std::move(current));
        }
        current = NameExample();
        open_type.clear();
    };
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            finish();
            continue;
        }
        if (line[0] == '#') {
            if (std::string id = comment_value(line, "newdoc id"); !id.empty()) document = id;
            if (std::string id = comment_value(line, "sent_id"); !id.empty()) current.sentence_id = id;
            continue;
        }
        std::vector<std::string> fields = split_tabs(line);
        if (fields.size() < 3) fail(file_name, number, "expected at least 3 tab-separated fields (id, form, tag)");
        if (!is_number(fields[0])) fail(file_name, number, "word id is not a number");
        const std::string& tag = fields[2];
        bool outside = tag == "O";
        if (!outside && (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-'))
            fail(file_name, number, "tag '" + tag + "' is neither O nor B-TYPE or I-TYPE");
        std::size_t index = current.words.size();
        current.words.emplace_back().form = fields[1];
        std::string type = outside ? "" : gum_type_of(tag.substr(2));
        if (!type.empty() && tag[0] == 'I' && open_type == type)
            current.names.back().end = index + 1;
        else if (!type.empty())
            current.names.push_back({index, index + 1, type, 1.0});
        open_type = type;
    }
    finish();
    return out;
}

std::vector<NameExample> read_iob2_names_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, "cannot read the file");
    return read_iob2_names(in, path);
}

void add_lowercased_copies(std::vector<NameExample>& examples, std::size_t every) {
    if (every == 0) return;
    std::size_t count = examples.size();
    for (std::size_t i = every - 1; i < count; i += every) {
        NameExample copy = examples[i];
        for (Word& word : copy.words) word.form = ascii_lower(word.form);
        copy.lowered = true;
        examples.push_back(std::move(copy));
    }
}

void write_iob2_names(std::ostream& out, const std::vector<NameExample>& examples,
                      const std::vector<std::vector<NameSpan>>& spans) {
    for (std::size_t s = 0; s < examples.size(); ++s) {
        const NameExample& example = examples[s];
        if (!example.sentence_id.empty()) out << "# sent_id = " << example.sentence_id << '\n';
        std::vector<std::string> tags(example.words.size(), "O");
        for (const NameSpan& span : spans[s])
            for (std::size_t i = span.first; i < span.end && i < tags.size(); ++i)
                tags[i] = (i == span.first ? "B-" : "I-") + uner_type_of(span.type);
        for (std::size_t i = 0; i < example.words.size(); ++i)
            out << i + 1 << '\t' << example.words[i].form << '\t' << tags[i] << "\t-\t-\n";
        out << '\n';
    }
}

}  // namespace newsgraph
