#!/bin/sh
# Rebuilds models/parser.ngm (labelled dependency parser) from the UD English-EWT
# and GUM treebanks, choosing the epoch by EWT dev. Usage, from the project root
# after a build and after models/tagger.ngm exists (the parser is trained and
# chosen on the tags that tagger gives, as at run time; its training tags come
# from four fold taggers, so they are as wrong as tags at run time):
#   models/train_parser.sh CORPORA_DIR [NEWSGRAPH_BINARY] [TAGGER_MODEL]
# CORPORA_DIR holds ud-english-ewt/ and gum/ (see models/README.md for the data).
set -eu
corpora=${1:?usage: models/train_parser.sh CORPORA_DIR [NEWSGRAPH_BINARY] [TAGGER_MODEL]}
newsgraph=${2:-build/cli/newsgraph}
tagger=${3:-models/tagger.ngm}
"$newsgraph" train parser \
    --train "$corpora/ud-english-ewt/en_ewt-ud-train.conllu" \
    --train "$corpora/gum/gum-permissive-train.conllu" \
    --dev "$corpora/ud-english-ewt/en_ewt-ud-dev.conllu" \
    --tagger "$tagger" --jackknife 4 --max-model-mb 10 --clusters models/word_clusters.tsv \
    --epochs 12 --seed 1 \
    -o models/parser.ngm
