#include "language/prepared_models.hpp"

#include "core/error.hpp"
#include "language/model_file.hpp"
#include "language/name_recognizer.hpp"
#include "language/parser.hpp"
#include "language/tagger_model.hpp"

namespace newsgraph {

std::string prepare_model(std::string_view bytes, const std::string& name) {
    const std::string kind = model_kind(bytes, name);
    if (kind == kTaggerKind) {
        ModelReader in(bytes, name, kTaggerKind, kTaggerVersion);
        TaggerModel model = TaggerModel::read(in);
        ModelWriter out(kTaggerKind, kTaggerVersion, ModelLayout::Prepared);
        model.write(out);
        return out.finish();
    }
    if (kind == kParserKind) {
        ModelReader in(bytes, name, kParserKind, kParserVersion);
        return write_parser_model(read_parser_model(in), ModelLayout::Prepared);
    }
    if (kind == kNameModelKind) {
        ModelReader in(bytes, name, kNameModelKind, kNameModelVersion);
        return write_name_model(read_name_model(in), ModelLayout::Prepared);
    }
    throw Error(name, "a " + kind + " model has no prepared layout");
}

}  // namespace newsgraph
