// The parse command: documents to CoNLL-U through the language layer.
#include "cli/parse_command.hpp"

#include <cstdio>
#include <iostream>

#include "cli/command_support.hpp"
#include "core/resource_formats.hpp"
#include "core/resources.hpp"
#include "exporters/atomic_file.hpp"
#include "language/conllu.hpp"
#include "language/language_annotator.hpp"
#include "language/sentence_splitter.hpp"
#include "readers/reader.hpp"

namespace newsgraph {

namespace {

bool is_conllu(const std::string& path) { return path.size() > 7 && path.compare(path.size() - 7, 7, ".conllu") == 0; }

// The sentence's text on one line (line breaks inside a sentence become spaces).
std::string one_line(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

// The field, or "_" when empty (assigned by count: GCC 12 misreports short literal assignments).
std::string or_none(const std::string& field) { return field.empty() ? std::string(1, '_') : field; }

bool space_follows(std::string_view text, std::size_t at) {
    return at >= text.size() || text[at] == ' ' || text[at] == '\n' || text[at] == '\t' || text[at] == '\r';
}

// One sentence's words as a treebank sentence: word lines, multiword token lines, SpaceAfter=No.
TreebankSentence to_treebank(std::string_view text, const std::vector<Word>& words) {
    TreebankSentence out;
    for (const Word& word : words) {
        TreebankWord& w = out.words.emplace_back();
        w.form = word.form;
        w.lemma = or_none(word.lemma);
        w.upos = or_none(word.upos);
        w.xpos = or_none(word.xpos);
        w.feats = w.deps = w.misc = or_none("");
        w.head = word.deprel.empty() ? -1 : word.head + 1;
        w.deprel = or_none(word.deprel);
    }
    for (std::size_t first = 0; first < words.size();) {
        std::size_t last = first;
        while (last + 1 < words.size() && words[last + 1].span == words[first].span) ++last;
        std::string misc = space_follows(text, words[first].span.end) ? or_none("") : std::string("SpaceAfter=No");
        if (last > first)
            out.multiword_tokens.push_back({static_cast<int>(first) + 1, static_cast<int>(last) + 1,
                                            std::string(words[first].span.of(text)), misc});
        else
            out.words[first].misc = misc;
        first = last + 1;
    }
    return out;
}

}  // namespace

std::vector<TreebankSentence> parse_document(const Document& doc, const LanguageModels& models) {
    SentenceSplitter splitter;
    LanguageAnnotator annotator(std::shared_ptr<const LanguageModels>(&models, [](const LanguageModels*) {}));
    std::vector<TreebankSentence> out;
    std::size_t number = 0;
    for (const Sentence& sentence : splitter.split(doc.text)) {
        TreebankSentence parsed = to_treebank(doc.text, annotator.annotate(doc.text, sentence));
        if (parsed.words.empty()) continue;
        parsed.set_comment("sent_id", doc.id + "-" + std::to_string(++number));
        parsed.set_comment("text", one_line(sentence.span.of(doc.text)));
        out.push_back(std::move(parsed));
    }
    return out;
}

std::vector<TreebankSentence> reparse_conllu(const std::string& path, const LanguageModels& models) {
    std::vector<TreebankSentence> sentences = read_conllu_file(path);
    for (TreebankSentence& sentence : sentences) {
        for (TreebankWord& word : sentence.words) {
            word.lemma = word.upos = word.xpos = word.deprel = word.feats = word.deps = or_none("");
            word.head = -1;
        }
        annotate_words(models, sentence.words);
    }
    return sentences;
}

std::size_t write_parses(const std::vector<std::string>& inputs, const LanguageModels& models, const ReadOptions& read,
                         std::ostream& out, const DiagnosticSink& diagnostics) {
    std::size_t failed = 0;
    for (const std::string& input : expand_inputs(inputs, diagnostics)) {
        try {
            std::vector<TreebankSentence> sentences;
            if (is_conllu(input)) {
                sentences = reparse_conllu(input, models);
            } else {
                read_input(
                    input,
                    [&](Document&& doc) {
                        for (TreebankSentence& s : parse_document(doc, models)) sentences.push_back(std::move(s));
                    },
                    diagnostics, read);
            }
            for (const TreebankSentence& sentence : sentences) write_conllu(out, sentence);
        } catch (const Error& error) {
            diagnostics({Severity::Error, error.file(), error.message()});
            ++failed;
        }
    }
    return failed;
}

void print_parse_evaluation(const ParseEvaluation& evaluation, std::ostream& out) {
    out << "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
        << "-----------+-----------+-----------+-----------+-----------\n";
    const std::pair<const char*, const ParseScore*> rows[] = {
        {"Tokens", &evaluation.tokens}, {"Sentences", &evaluation.sentences},
        {"Words", &evaluation.words},   {"UPOS", &evaluation.upos},
        {"XPOS", &evaluation.xpos},     {"Lemmas", &evaluation.lemmas},
        {"UAS", &evaluation.uas},       {"LAS", &evaluation.las}};
    for (const auto& [name, score] : rows) {
        char line[128];
        bool aligned = score != &evaluation.tokens && score != &evaluation.sentences && evaluation.words.correct;
        double accuracy =
            aligned ? 100.0 * static_cast<double>(score->correct) / static_cast<double>(evaluation.words.correct) : 0.0;
        std::snprintf(line, sizeof line, "%-11s|%10.2f |%10.2f |%10.2f |", name, 100 * score->precision(),
                      100 * score->recall(), 100 * score->f1());
        out << line;
        if (aligned) {
            std::snprintf(line, sizeof line, "%10.2f", accuracy);
            out << line;
        }
        out << '\n';
    }
}

int run_parse(const std::vector<std::string>& args) {
    CorpusOptions corpus;
    std::string ontology_dir, models_dir, output;
    bool quiet = false;
    std::vector<std::string> inputs;
    po::options_description options = common_options(corpus, ontology_dir, models_dir, quiet);
    options.add_options()("output,o", po::value<std::string>(&output), "CoNLL-U output file, - for stdout")(
        "input", po::value<std::vector<std::string>>(&inputs), "input files");
    po::positional_options_description positional;
    positional.add("input", -1);
    parse(args, options, positional);
    if (inputs.empty()) throw UsageError("parse needs at least one INPUT");
    if (output.empty()) throw UsageError("parse needs -o OUT.conllu (or -o - for stdout)");
    if (!ontology_dir.empty()) {
        set_resource_directory(ontology_dir);
        validate_resources();
    }
    std::shared_ptr<const LanguageModels> models = LanguageModels::shared(models_dir);
    if (!models)
        throw Error("no language model is available: this program was built without models/*.ngm (use --models DIR)");
    DiagnosticSink sink = [&](const Diagnostic& d) { print_diagnostic(d, quiet); };
    std::size_t failed = 0;
    if (output == "-") {
        failed = write_parses(inputs, *models, corpus.read, std::cout, sink);
        std::cout.flush();
    } else {
        AtomicFile file(output);
        failed = write_parses(inputs, *models, corpus.read, file.stream(), sink);
        file.commit();
    }
    return failed ? kError : kOk;
}

int run_evaluate_parse(const std::vector<std::string>& args) {
    if (args.size() != 2) throw UsageError("evaluate-parse needs GOLD.conllu and PRED.conllu");
    ParseEvaluation evaluation = evaluate_parse(read_conllu_file(args[0]), read_conllu_file(args[1]), args[0], args[1]);
    print_parse_evaluation(evaluation, std::cout);
    return kOk;
}

}  // namespace newsgraph
