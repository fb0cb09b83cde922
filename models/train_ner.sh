#!/bin/sh
# Rebuilds models/ner.ngm (named-entity recognizer) from GUM's entity annotation
# and Universal NER English-EWT dev, with the words tagged and parsed by the
# tagger and parser in models/. Usage, from the project root after a build:
#   models/train_ner.sh CORPORA_DIR [NEWSGRAPH_BINARY] [extra train ner options, e.g. --exclude-docs ID,ID -o FILE]
# CORPORA_DIR holds gum/ and uner-ewt/ (see models/README.md for the data). UNER dev
# is given three times: it is the only data in UNER's conventions (no titles in names,
# web text), and weighting it so scored better on held-out halves of it; so did a
# lower-cased copy of every fourth sentence (web text often has no capitals).
set -eu
corpora=${1:?usage: models/train_ner.sh CORPORA_DIR [NEWSGRAPH_BINARY] [OPTIONS]}
newsgraph=${2:-build/cli/newsgraph}
shift
[ $# -gt 0 ] && shift
# The tagger and parser only: a stale ner.ngm beside them must not be read.
language=$(mktemp -d)
trap 'rm -rf "$language"' EXIT
cp models/tagger.ngm models/parser.ngm "$language/"
uner=$corpora/uner-ewt/en_ewt-ud-dev.iob2
output=models/ner.ngm
for arg in "$@"; do [ "$arg" = -o ] && output=; done
"$newsgraph" train ner \
    --train-gum "$corpora/gum/gum-permissive-train.conllu" \
    --train-iob2 "$uner" --train-iob2 "$uner" --train-iob2 "$uner" \
    --dev "$corpora/gum/gum-permissive-dev.conllu" \
    --models "$language" --clusters models/word_clusters.tsv --lowercase-every 4 --epochs 10 --seed 1 \
    ${output:+-o "$output"} "$@"
