// Loading a parser model and greedy parsing.
#include "language/parser.hpp"

#include "core/error.hpp"
#include "language/model_file.hpp"
#include "language/projectivize.hpp"

namespace newsgraph {

std::string write_parser_model(const ParserModel& model, ModelLayout layout) {
    ModelWriter out(kParserKind, kParserVersion, layout);
    out.put_string(model.system);
    out.put_strings(model.labels);
    out.put_strings(model.templates);
    model.weights.write(out);
    model.clusters.write(out);
    return out.finish();
}

ParserModel read_parser_model(ModelReader& in) {
    ParserModel model;
    model.system = in.get_string();
    model.labels = in.get_strings();
    model.templates = in.get_strings();
    model.weights = SparseWeights::read(in);
    model.clusters = WordClusters::read(in);
    in.expect_end();
    if (model.labels.empty() || model.labels.size() > 10000) in.fail("bad label count");
    return model;
}

Parser Parser::from_bytes(std::string_view bytes, const std::string& name, ModelIntegrity integrity) {
    ModelReader in(bytes, name, kParserKind, kParserVersion, integrity);
    ParserModel model = read_parser_model(in);
    try {
        return Parser(std::move(model), name);
    } catch (const Error& error) {
        throw Error(name, "corrupt model file: " + error.message());
    }
}

Parser Parser::load(const std::string& path) { return from_bytes(read_model_bytes(path), path); }

Parser::Parser(ParserModel model, const std::string& name)
    : system_(make_transition_system(model.system, static_cast<int>(model.labels.size()))),
      labels_(std::move(model.labels)),
      templates_(std::move(model.templates)),
      weights_(std::move(model.weights)),
      clusters_(std::move(model.clusters)) {
    if (weights_.class_bound() > static_cast<std::size_t>(system_->action_count()))
        throw Error(name, "corrupt model file: weights for more actions than the transition system has");
}

int Parser::best_action(const ParseState& state, const std::vector<std::uint64_t>& keys,
                        std::vector<std::int32_t>& scores) const {
    std::fill(scores.begin(), scores.end(), 0);
    weights_.add_scores(keys.data(), keys.size(), scores.data());
    int labels = system_->label_count();
    int best = -1;
    std::int32_t best_score = 0;
    // Applicability depends on the move only: test one action of each move.
    for (int first : {0, 1, 1 + labels}) {
        if (!system_->applicable(state, first)) continue;
        int last = first == 0 ? 0 : first + labels - 1;
        for (int a = first; a <= last; ++a) {
            if (best >= 0 && scores[a] <= best_score) continue;
            best = a;
            best_score = scores[a];
        }
    }
    return best;
}

void Parser::parse(std::vector<TreebankWord>& words) const {
    if (words.empty()) return;
    // Scratch space of this thread, reused from sentence to sentence (the parser itself stays immutable).
    thread_local Scratch scratch;
    std::vector<WordCodes>& codes = scratch.codes;
    ParseState& state = scratch.state;
    std::vector<std::uint64_t>& keys = scratch.keys;
    std::vector<std::int32_t>& scores = scratch.scores;
    word_codes(words, clusters_, codes);
    state.reset(static_cast<int>(words.size()));
    scores.resize(static_cast<std::size_t>(system_->action_count()));
    while (!state.terminal()) {
        if (!system_->applicable(state, 1) && !system_->applicable(state, 1 + system_->label_count())) {
            system_->perform(state, 0);  // shift is the one move: no need to score
            continue;
        }
        templates_.extract(state, codes, keys);
        system_->perform(state, best_action(state, keys, scores));
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        words[i].head = state.head[i + 1];
        words[i].deprel = labels_[static_cast<std::size_t>(state.label[i + 1])];
    }
    deprojectivize(words);
}

}  // namespace newsgraph
