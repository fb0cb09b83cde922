// The tag-names command: the recognizer over a file's own words, written as IOB2.
#include "cli/tag_names_command.hpp"

#include <iostream>

#include "cli/command_support.hpp"
#include "core/resources.hpp"
#include "exporters/atomic_file.hpp"
#include "language/name_trainer.hpp"

namespace newsgraph {

int run_tag_names(const std::vector<std::string>& args) {
    std::string input, output, models_dir, ontology_dir;
    bool gold = false;
    po::options_description options("Options");
    options.add_options()("output,o", po::value(&output), "IOB2 output file, - for stdout")(
        "models", po::value(&models_dir), "tagger.ngm, parser.ngm and ner.ngm from DIR")(
        "ontology-dir", po::value(&ontology_dir), "lexicons from DIR instead of the built-in ones")(
        "gold", po::bool_switch(&gold), "write the input's own names (GUM CoNLL-U to IOB2) instead of predicting")(
        "input", po::value(&input), "IOB2 (or GUM .conllu) file whose words are tagged");
    po::positional_options_description positional;
    positional.add("input", 1);
    parse(args, options, positional);
    if (input.empty() || output.empty()) throw UsageError("tag-names needs INPUT.iob2 and -o OUT.iob2");
    if (!ontology_dir.empty()) set_resource_directory(ontology_dir);
    bool conllu = input.size() > 7 && input.compare(input.size() - 7, 7, ".conllu") == 0;
    std::vector<NameExample> examples = conllu ? read_gum_names_file(input) : read_iob2_names_file(input);
    std::vector<std::vector<NameSpan>> spans;
    if (gold) {
        for (const NameExample& example : examples) spans.push_back(example.names);
    } else {
        std::shared_ptr<const LanguageModels> models = LanguageModels::shared(models_dir);
        if (!models || !models->recognizer)
            throw Error(models_dir.empty() ? "built-in models" : models_dir, "no name recognizer model (ner.ngm)");
        annotate_examples(*models, examples);
        spans = recognize_examples(*models->recognizer, examples);
    }
    if (output == "-") {
        write_iob2_names(std::cout, examples, spans);
        std::cout.flush();
    } else {
        AtomicFile file(output);
        write_iob2_names(file.stream(), examples, spans);
        file.commit();
    }
    return kOk;
}

}  // namespace newsgraph
