// UD word segmentation driven by lexicons/ud_words.tsv.
#include "language/ud_words.hpp"

#include <mutex>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {

constexpr std::string_view kLexicon = "lexicons/ud_words.tsv";

std::string lower_ascii(std::string_view word) {
    std::string out(word);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The ending as written with a typographic apostrophe ("n’t").
std::string curly(std::string_view ending) {
    std::string out;
    for (char c : ending) out += c == '\'' ? std::string("\u2019") : std::string(1, c);
    return out;
}

bool is_possessive(std::string_view token) { return token == "'s" || token == "'S" || token == "\u2019s"; }

// True when the character ending at byte `end` (exclusive) is a letter or digit.
bool word_char_before(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t at = end;
    while (at > begin && (static_cast<unsigned char>(text[at - 1]) & 0xC0) == 0x80) --at;
    if (at <= begin) return false;
    std::size_t length = 0;
    char32_t c = decode_utf8(text, at - 1, length);
    return is_letter(c) || (c >= '0' && c <= '9');
}

bool letter_at(std::string_view text, std::size_t at, std::size_t end) {
    if (at >= end) return false;
    std::size_t length = 0;
    return is_letter(decode_utf8(text, at, length));
}

}  // namespace

UdSegmenter::UdSegmenter() {
    for (const auto& row : tsv_resource(kLexicon)) {
        if (row.size() >= 2 && row[0] == "suffix") {
            suffixes_.push_back(lower_ascii(row[1]));
        } else if (row.size() >= 3 && row[0] == "word") {
            std::vector<std::size_t> lengths;
            std::size_t total = 0, start = 0;
            for (std::size_t space = 0; start <= row[2].size(); start = space + 1) {
                space = row[2].find(' ', start);
                if (space == std::string::npos) space = row[2].size();
                lengths.push_back(space - start);
                total += space - start;
            }
            if (total != row[1].size()) throw Error(std::string(kLexicon), "words do not spell the token " + row[1]);
            words_[lower_ascii(row[1])] = std::move(lengths);
        } else if (row.size() >= 2 && row[0] == "prefix") {
            prefixes_.insert(lower_ascii(row[1]));
        } else {
            throw Error(std::string(kLexicon), "unknown row kind " + (row.empty() ? "" : row[0]));
        }
    }
}

std::shared_ptr<const UdSegmenter> UdSegmenter::shared() {
    static std::mutex mutex;
    static std::shared_ptr<const UdSegmenter> instance;
    static std::string built_from;
    std::lock_guard lock(mutex);
    if (!instance || built_from != resource_directory()) {
        instance = std::make_shared<const UdSegmenter>();
        built_from = resource_directory();
    }
    return instance;
}

void UdSegmenter::split_hyphens(std::string_view text, Span token, std::vector<Span>& out) const {
    std::size_t piece = token.begin;
    for (std::size_t i = token.begin + 1; i + 1 < token.end; ++i) {
        if (text[i] != '-' || !letter_at(text, i + 1, token.end) || !letter_at(text, piece, i)) continue;
        if (!word_char_before(text, piece, i) || prefixes_.count(lower_ascii(text.substr(piece, i - piece)))) continue;
        out.push_back({piece, i});
        out.push_back({i, i + 1});
        piece = i + 1;
    }
    out.push_back({piece, token.end});
}

void UdSegmenter::split_token(std::string_view text, Span token, std::vector<UdWord>& out) const {
    std::string_view form = token.of(text);
    auto found = words_.find(lower_ascii(form));
    if (found != words_.end()) {
        std::size_t at = 0;
        for (std::size_t length : found->second) {
            out.push_back({token, std::string(form.substr(at, length))});
            at += length;
        }
        return;
    }
    for (const std::string& suffix : suffixes_) {
        for (const std::string& ending : {suffix, curly(suffix)}) {
            if (form.size() <= ending.size()) continue;
            std::size_t cut = form.size() - ending.size();
            if (lower_ascii(form.substr(cut)) != ending || !word_char_before(form, 0, cut)) continue;
            out.push_back({token, std::string(form.substr(0, cut))});
            out.push_back({token, std::string(form.substr(cut))});
            return;
        }
    }
    out.push_back({token, std::string(form)});
}

std::vector<UdWord> UdSegmenter::segment(std::string_view text, const std::vector<Span>& tokens) const {
    std::vector<Span> pieces;
    pieces.reserve(tokens.size());
    for (const Span& token : tokens) split_hyphens(text, token, pieces);
    std::vector<UdWord> words;
    words.reserve(pieces.size() + pieces.size() / 8);
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const Span& piece = pieces[i];
        if (i + 1 < pieces.size() && pieces[i + 1].begin == piece.end && is_possessive(pieces[i + 1].of(text)) &&
            word_char_before(text, piece.begin, piece.end)) {
            Span joined{piece.begin, pieces[i + 1].end};
            std::size_t first = words.size();
            split_token(text, piece, words);
            for (std::size_t w = first; w < words.size(); ++w) words[w].span = joined;
            words.push_back({joined, std::string(pieces[i + 1].of(text))});
            ++i;
            continue;
        }
        split_token(text, piece, words);
    }
    return words;
}

std::vector<std::size_t> token_starts(const std::vector<UdWord>& words) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (i == 0 || words[i].span != words[i - 1].span) starts.push_back(i);
    starts.push_back(words.size());
    return starts;
}

}  // namespace newsgraph
