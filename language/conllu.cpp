#include "language/conllu.hpp"

#include <charconv>
#include <fstream>
#include <iterator>
#include <string_view>

#include "core/error.hpp"

namespace newsgraph {

namespace {

// The ten tab-separated fields of a word line, or an empty vector when there are not ten.
std::vector<std::string_view> split_fields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    if (fields.size() != 10) fields.clear();
    return fields;
}

bool parse_int(std::string_view text, int& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

class ConlluReader {
public:
    explicit ConlluReader(const std::string& file_name) : file_name_(file_name) {}

    void line(std::string_view text, std::size_t number) {
        number_ = number;
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        if (text.empty()) return finish_sentence();
        if (text.front() == '#') return comment(text);
        word_line(text);
    }

    std::vector<TreebankSentence> finish() {
        finish_sentence();
        return std::move(sentences_);
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw Error(file_name_ + ":" + std::to_string(number_), what);
    }

    void comment(std::string_view text) {
        if (!current_.words.empty()) fail("comment line inside a sentence (a blank line must end the sentence first)");
        text.remove_prefix(1);
        if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
        current_.comments.emplace_back(text);
    }

    void word_line(std::string_view text) {
        std::vector<std::string_view> f = split_fields(text);
        if (f.empty()) fail("expected 10 tab-separated fields");
        std::string_view id = f[0];
        if (id.find('.') != std::string_view::npos) return;  // empty node of enhanced dependencies
        if (std::size_t dash = id.find('-'); dash != std::string_view::npos) return multiword(f, dash);
        int index = 0;
        if (!parse_int(id, index) || index != static_cast<int>(current_.words.size()) + 1)
            fail("word id '" + std::string(id) + "' is not the next word number");
        TreebankWord word{std::string(f[1]), std::string(f[2]), std::string(f[3]),
                          std::string(f[4]), std::string(f[5]), -1,
                          std::string(f[7]), std::string(f[8]), std::string(f[9])};
        if (f[6] != "_" && (!parse_int(f[6], word.head) || word.head < 0))
            fail("head '" + std::string(f[6]) + "' is not a word number");
        current_.words.push_back(std::move(word));
    }

    void multiword(const std::vector<std::string_view>& f, std::size_t dash) {
        MultiwordToken token;
        if (!parse_int(f[0].substr(0, dash), token.first) || !parse_int(f[0].substr(dash + 1), token.last) ||
            token.first != static_cast<int>(current_.words.size()) + 1 || token.last < token.first)
            fail("multiword token range '" + std::string(f[0]) + "' does not start at the next word");
        token.form = std::string(f[1]);
        token.misc = std::string(f[9]);
        current_.multiword_tokens.push_back(std::move(token));
    }

    void finish_sentence() {
        if (current_.words.empty() && current_.comments.empty()) return;
        if (current_.words.empty()) fail("sentence without words");
        int size = static_cast<int>(current_.words.size());
        for (const TreebankWord& word : current_.words)
            if (word.head > size) fail("head " + std::to_string(word.head) + " is beyond the sentence's last word");
        for (const MultiwordToken& token : current_.multiword_tokens)
            if (token.last > size) fail("multiword token ends beyond the sentence's last word");
        sentences_.push_back(std::move(current_));
        current_ = TreebankSentence{};
    }

    std::string file_name_;
    std::size_t number_ = 0;
    TreebankSentence current_;
    std::vector<TreebankSentence> sentences_;
};

}  // namespace

std::string TreebankSentence::comment(const std::string& key) const {
    for (const std::string& line : comments)
        if (line.size() > key.size() + 2 && line.compare(0, key.size(), key) == 0 &&
            line.compare(key.size(), 3, " = ") == 0)
            return line.substr(key.size() + 3);
    return {};
}

void TreebankSentence::set_comment(const std::string& key, const std::string& value) {
    for (std::string& line : comments)
        if (line.compare(0, key.size(), key) == 0 && line.compare(key.size(), 3, " = ") == 0) {
            line = key + " = " + value;
            return;
        }
    comments.push_back(key + " = " + value);
}

std::vector<TreebankSentence> read_conllu(std::istream& in, const std::string& file_name) {
    ConlluReader reader(file_name);
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) reader.line(line, ++number);
    if (in.bad()) throw Error(file_name, "read error");
    return reader.finish();
}

std::vector<TreebankSentence> read_conllu_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, "cannot open CoNLL-U file");
    return read_conllu(in, path);
}

std::vector<TreebankSentence> read_conllu_files(const std::vector<std::string>& paths) {
    std::vector<TreebankSentence> sentences;
    for (const std::string& path : paths) {
        std::vector<TreebankSentence> more = read_conllu_file(path);
        if (more.empty()) throw Error(path, "no sentence in this CoNLL-U file");
        sentences.insert(sentences.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return sentences;
}

void write_conllu(std::ostream& out, const TreebankSentence& sentence) {
    for (const std::string& comment : sentence.comments) out << "# " << comment << '\n';
    auto field = [](const std::string& value) -> const std::string& {
        static const std::string underscore = "_";
        return value.empty() ? underscore : value;
    };
    std::size_t next_multiword = 0;
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
        int id = static_cast<int>(i) + 1;
        while (next_multiword < sentence.multiword_tokens.size() &&
               sentence.multiword_tokens[next_multiword].first == id) {
            const MultiwordToken& token = sentence.multiword_tokens[next_multiword++];
            out << token.first << '-' << token.last << '\t' << token.form << "\t_\t_\t_\t_\t_\t_\t_\t"
                << field(token.misc) << '\n';
        }
        const TreebankWord& w = sentence.words[i];
        out << id << '\t' << field(w.form) << '\t' << field(w.lemma) << '\t' << field(w.upos) << '\t' << field(w.xpos)
            << '\t' << field(w.feats) << '\t';
        if (w.head < 0)
            out << '_';
        else
            out << w.head;
        out << '\t' << field(w.deprel) << '\t' << field(w.deps) << '\t' << field(w.misc) << '\n';
    }
    out << '\n';
}

}  // namespace newsgraph
