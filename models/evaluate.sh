#!/bin/sh
# Scores the language models (built in, or --models DIR) on UD English-EWT dev and
# test and GUM dev, with gold tokenization (the treebank's words re-tagged and
# re-parsed) and from raw text (the "# text" lines through our tokenizer and
# sentence splitter), with the CoNLL 2018 evaluator; prints one row per run. Then the
# name recognizer on UNER English-EWT dev and test and GUM dev (tests/eval/iob2_eval.py).
# Usage: models/evaluate.sh [CORPORA_DIR] [--models DIR]   (CORPORA_DIR default ../shared/corpora)
set -eu
cd "$(dirname "$0")/.."
corpora=../shared/corpora
case "${1:-}" in --models | "") ;; *) corpora=$1; shift ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
newsgraph=build/cli/newsgraph
printf '%-10s %-6s %7s %7s %7s %7s %7s %7s %7s %7s\n' treebank input Tokens Sents Words UPOS XPOS Lemmas UAS LAS
for gold in "$corpora/ud-english-ewt/en_ewt-ud-dev.conllu" "$corpora/ud-english-ewt/en_ewt-ud-test.conllu" \
            "$corpora/gum/gum-permissive-dev.conllu"; do
  name=$(basename "$gold" .conllu | sed 's/en_ewt-ud-/ewt-/; s/gum-permissive-/gum-/')
  python3 tests/eval/conllu_text.py "$gold" "$work/$name.txt"
  "$newsgraph" parse "$gold" -o "$work/$name-gold.conllu" "$@"
  "$newsgraph" parse "$work/$name.txt" -o "$work/$name-raw.conllu" "$@"
  for input in gold raw; do
    python3 tests/eval/conllu_eval.py "$gold" "$work/$name-$input.conllu" --json | python3 -c '
import json, sys
s = json.load(sys.stdin)
print("%-10s %-6s" % (sys.argv[1], sys.argv[2]) + "".join(" %7.2f" % (100 * s[m]["f1"]) for m in
      ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS"]))' "$name" "$input"
  done
done
# The name recognizer: Universal NER English-EWT dev and test (strict spans, PER/ORG/LOC) and GUM dev
# (its named mentions as the recognizer learns them, with events), on the treebanks' own words.
printf '\n%-10s %7s %7s %7s %7s %7s %7s\n' names P R F1 PER ORG LOC
"$newsgraph" tag-names --gold "$corpora/gum/gum-permissive-dev.conllu" -o "$work/gum-dev-names.iob2"
for gold in "$corpora/uner-ewt/en_ewt-ud-dev.iob2" "$corpora/uner-ewt/en_ewt-ud-test.iob2" "$work/gum-dev-names.iob2"; do
  name=$(basename "$gold" .iob2 | sed 's/en_ewt-ud-/uner-/; s/-names//')
  "$newsgraph" tag-names "$gold" -o "$work/$name-pred.iob2" "$@"
  types=PER,ORG,LOC
  [ "$name" = gum-dev ] && types=PER,ORG,LOC,EVENT
  python3 tests/eval/iob2_eval.py "$gold" "$work/$name-pred.iob2" --types $types --json | python3 -c '
import json, sys
s = json.load(sys.stdin)
print("%-10s" % sys.argv[1] + "".join(" %7.2f" % (100 * s["micro"][m]) for m in ["precision", "recall", "f1"]) +
      "".join(" %7.2f" % (100 * s.get(t, {"f1": 0})["f1"]) for t in ["PER", "ORG", "LOC"]))' "$name"
done
