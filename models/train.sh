#!/bin/sh
# Rebuilds every shipped model from the open treebanks, in order: the tagger
# (models/train_tagger.sh), then the parser trained on that tagger's tags
# (models/train_parser.sh), then the name recognizer over both
# (models/train_ner.sh); prints the time each took. Deterministic: the same
# data give byte-identical models. Usage, from the project root:
#   models/train.sh [CORPORA_DIR]     (default ../shared/corpora; see models/README.md)
# Then rebuild (cmake --build build) to embed the new models in the program.
set -eu
cd "$(dirname "$0")/.."
corpora=${1:-../shared/corpora}
[ -d "$corpora/ud-english-ewt" ] && [ -d "$corpora/gum" ] && [ -d "$corpora/uner-ewt" ] || {
    echo "models/train.sh: $corpora must hold ud-english-ewt/, gum/ and uner-ewt/" >&2
    exit 2
}
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --target newsgraph >/dev/null
newsgraph=build/cli/newsgraph
start=$(date +%s)
models/train_tagger.sh "$corpora" "$newsgraph"
tagged=$(date +%s)
models/train_parser.sh "$corpora" "$newsgraph" models/tagger.ngm
parsed=$(date +%s)
models/train_ner.sh "$corpora" "$newsgraph"
done=$(date +%s)
echo "models/train.sh: tagger $((tagged - start)) s, parser $((parsed - tagged)) s, recognizer $((done - parsed)) s," \
    "total $((done - start)) s"
ls -l models/*.ngm
