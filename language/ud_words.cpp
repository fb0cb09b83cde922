// UD word segmentation driven by lexicons/ud_words.tsv.
#include "language/ud_words.hpp"

#include <cctype>

#include "core/error.hpp"
#include "core/resources.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {

constexpr std::string_view kLexicon = "lexicons/ud_words.tsv";

// The ending as written with a typographic apostrophe ("n’t").
std::string curly(std::string_view ending) {
    std::string out;
    for (char c : ending) out += c == '\'' ? std::string("\u2019") : std::string(1, c);
    return out;
}

// True when `text` with ASCII letters lower-cased is `folded`.
bool folded_equal(std::string_view text, std::string_view folded) {
    if (text.size() != folded.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != folded[i]) return false;
    }
    return true;
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

bool is_punctuation_token(std::string_view token) {
    for (char c : token)
        if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) || c == '\'')
            return false;
    return !token.empty();
}

// Two adjacent punctuation tokens UD writes as one: "!!", "?!", "...?", "--", "====".
bool joins_punctuation(std::string_view left, std::string_view right) {
    if (!is_punctuation_token(left) || !is_punctuation_token(right)) return false;
    auto terminal = [](std::string_view t) { return t.find_first_not_of("!?.") == std::string_view::npos; };
    auto repeated = [](std::string_view t, char c) { return t.find_first_not_of(c) == std::string_view::npos; };
    return (terminal(left) && terminal(right)) || (repeated(left, right[0]) && repeated(right, right[0]));
}

bool is_word_token(std::string_view token) { return !token.empty() && !is_punctuation_token(token); }

}  // namespace

UdSegmenter::UdSegmenter() {
    for (const auto& row : tsv_resource(kLexicon)) {
        if (row.size() >= 2 && row[0] == "suffix") {
            endings_.push_back(ascii_lower(row[1]));
            endings_.push_back(curly(endings_.back()));
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
            words_[ascii_lower(row[1])] = std::move(lengths);
        } else if (row.size() >= 2 && row[0] == "address") {
            address_endings_.insert(ascii_lower(row[1]));
        } else if (row.size() >= 2 && row[0] == "emoticon") {
            emoticons_.insert(row[1]);
        } else if (row.size() >= 2 && row[0] == "prefix") {
            prefixes_.insert(ascii_lower(row[1]));
        } else {
            throw Error(std::string(kLexicon), "unknown row kind " + (row.empty() ? "" : row[0]));
        }
    }
}

std::shared_ptr<const UdSegmenter> UdSegmenter::shared() { return shared_from_resources<UdSegmenter>(); }

std::size_t UdSegmenter::address_length(std::string_view text, const std::vector<Span>& tokens, std::size_t first,
                                        std::size_t end) const {
    // leave out the sentence punctuation that ends the run
    while (end > first + 1 && tokens[end - 1].size() == 1 &&
           std::string_view(".,;:!?)\"'").find(text[tokens[end - 1].begin]) != std::string_view::npos)
        --end;
    if (end - first < 2) return 0;
    std::string run = ascii_lower(text.substr(tokens[first].begin, tokens[end - 1].end - tokens[first].begin));
    std::size_t at = run.find('@');
    bool address = (at != std::string::npos && at > 0 && at + 1 < run.size()) || run.find("://") != std::string::npos ||
                   run.rfind("www.", 0) == 0;
    std::size_t dot = run.rfind('.');
    if (!address && dot != std::string::npos && dot > 0) address = address_endings_.count(run.substr(dot + 1)) > 0;
    return address ? end - first : 0;
}

std::vector<UdSegmenter::Piece> UdSegmenter::join_runs(std::string_view text, const std::vector<Span>& tokens) const {
    std::vector<Piece> pieces;
    pieces.reserve(tokens.size());
    std::size_t run_end = 0;
    for (std::size_t i = 0; i < tokens.size();) {
        if (run_end <= i) {
            run_end = i + 1;
            while (run_end < tokens.size() && tokens[run_end].begin == tokens[run_end - 1].end) ++run_end;
        }
        std::size_t take = run_end - i >= 2 ? address_length(text, tokens, i, run_end) : 0;
        for (std::size_t length = 2; !take && length <= 3 && i + length <= run_end; ++length)
            if (emoticons_.count(
                    std::string(text.substr(tokens[i].begin, tokens[i + length - 1].end - tokens[i].begin))))
                take = length;
        if (!take) {
            take = 1;
            while (i + take < run_end) {
                std::string_view last = tokens[i + take - 1].of(text), next = tokens[i + take].of(text);
                if (joins_punctuation(last, next)) {
                    take += 1;
                } else if (is_word_token(last) && next == "/" && i + take + 1 < run_end &&
                           is_word_token(tokens[i + take + 1].of(text))) {
                    take += 2;
                } else {
                    break;
                }
            }
        }
        pieces.push_back({{tokens[i].begin, tokens[i + take - 1].end}, take > 1});
        i += take;
    }
    return pieces;
}

void UdSegmenter::split_hyphens(std::string_view text, Span token, std::vector<Span>& out) const {
    std::size_t piece = token.begin;
    for (std::size_t i = token.begin + 1; i + 1 < token.end; ++i) {
        if (text[i] != '-' || !letter_at(text, i + 1, token.end) || !letter_at(text, piece, i)) continue;
        if (!word_char_before(text, piece, i) || prefixes_.count(ascii_lower(text.substr(piece, i - piece)))) continue;
        out.push_back({piece, i});
        out.push_back({i, i + 1});
        piece = i + 1;
    }
    out.push_back({piece, token.end});
}

void UdSegmenter::split_token(std::string_view text, Span token, std::vector<UdWord>& out) const {
    std::string_view form = token.of(text);
    auto found = words_.find(ascii_lower(form));
    if (found != words_.end()) {
        std::size_t at = 0;
        for (std::size_t length : found->second) {
            out.push_back({token, std::string(form.substr(at, length))});
            at += length;
        }
        return;
    }
    for (const std::string& ending : endings_) {
        if (form.size() <= ending.size()) continue;
        std::size_t cut = form.size() - ending.size();
        if (!folded_equal(form.substr(cut), ending) || !word_char_before(form, 0, cut)) continue;
        out.push_back({token, std::string(form.substr(0, cut))});
        out.push_back({token, std::string(form.substr(cut))});
        return;
    }
    out.push_back({token, std::string(form)});
}

std::vector<UdWord> UdSegmenter::segment(std::string_view text, const std::vector<Span>& tokens) const {
    std::vector<Span> pieces;
    pieces.reserve(tokens.size());
    for (const Piece& piece : join_runs(text, tokens)) {
        if (piece.whole)
            pieces.push_back(piece.span);
        else
            split_hyphens(text, piece.span, pieces);
    }
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
