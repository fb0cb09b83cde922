#!/bin/sh
# Rebuilds models/tagger.ngm (part-of-speech tagger and lemmatizer) from the
# UD English-EWT and GUM treebanks. Usage, from the project root after a build:
#   models/train_tagger.sh CORPORA_DIR [NEWSGRAPH_BINARY]
# CORPORA_DIR holds ud-english-ewt/ and gum/ (see models/README.md for the data).
set -eu
corpora=${1:?usage: models/train_tagger.sh CORPORA_DIR [NEWSGRAPH_BINARY]}
newsgraph=${2:-build/cli/newsgraph}
"$newsgraph" train tagger \
    --train "$corpora/ud-english-ewt/en_ewt-ud-train.conllu" \
    --train "$corpora/gum/gum-permissive-train.conllu" \
    --dev "$corpora/ud-english-ewt/en_ewt-ud-dev.conllu" \
    --clusters models/word_clusters.tsv --epochs 12 --seed 1 \
    -o models/tagger.ngm
